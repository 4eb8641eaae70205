// A Khmer reader on the Vietnamese commune page: chooses ភាសាខ្មែរ in the feedback dialog, reads it in Khmer, sends,
// and the collector stores the feedback as Khmer; the choice is still there after a reload.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, watchCspViolations } from '../../support/browser.js';
import { queryDemoDb } from '../../support/demo-db.js';
import { chromiumPerTest } from './harness.js';

const demoUrl = inject('demoUrl');
const demoDb = inject('demoDb');
const browser = chromiumPerTest();

describe('the feedback dialog’s choice of language, in Chromium', () => {
  it('lets a Khmer reader on a Vietnamese page send feedback in Khmer, and remembers the choice', async () => {
    const page = await (await browser.newContext()).newPage();
    const csp = await watchCspViolations(page);
    await page.goto(new URL('/xa-lai-hoa/', demoUrl).href);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const button = page.locator('#feedback');
    await button.locator('[part~="button"]').click();
    const khmer = button.locator('[part~="language"][lang="km"]');
    expect(await khmer.innerText()).toBe('ភាសាខ្មែរ');
    // By keyboard: the choice is a button like any other.
    await khmer.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.locator('#title').innerText()).toBe('មតិយោបល់របស់អ្នក');
    expect(await button.locator('dialog').getAttribute('lang')).toBe('km');
    expect(await khmer.getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await button.locator('input[name="rating"][value="5"]').check();
    const comment = `ល្អណាស់ ${Date.now()}`;
    await button.locator('textarea').fill(comment);
    await button.locator('[part~="send"]').click();
    await expect.poll(() => button.locator('[part~="status"]').innerText()).toBe('ផ្ញើជូនដោយជោគជ័យ');
    await expect
      .poll(() =>
        queryDemoDb<{ lang: string }>(demoDb, 'SELECT lang FROM feedback WHERE comment = ?', comment).map(
          (r) => r.lang,
        ),
      )
      .toEqual(['km']);

    await page.reload();
    await expect.poll(() => button.locator('[part~="button"]').innerText()).toBe('ផ្តល់មតិយោបល់');
    expect(await button.locator('[part~="button"]').getAttribute('lang')).toBe('km');
    expect(csp).toEqual([]);
  });
});
