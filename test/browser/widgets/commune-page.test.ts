import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VINH_CHAU_PLAN_2023, tasksForUnit } from '@papi/core';
import { PHONE, axeViolations, launchBrowser, sidewaysScroll, watchCspViolations } from '../../support/browser.js';
import { enterUnitToken } from '../../support/demo-tokens.js';

const demoUrl = inject('demoUrl');
let browser: Browser;
let page: Page;
let csp: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const describeAxe = (v: Awaited<ReturnType<typeof axeViolations>>) =>
  v.map((x) => `${x.id}: ${x.help} ${JSON.stringify(x.nodes.slice(0, 3).map((n) => n.target))}`);

describe('the commune portal page (hostile CMS CSS, strict CSP)', () => {
  it('uses every element under the demo’s strict CSP with no violation', async () => {
    page = await browser.newPage();
    csp = await watchCspViolations(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(new URL('/xa-lai-hoa/', demoUrl).href);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await expect(page.locator('h1').innerText()).resolves.toMatch(/xã Lai Hòa/i);
    const unitTasks = tasksForUnit(VINH_CHAU_PLAN_2023, 'xa-lai-hoa-2025').length;
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document
              .querySelector('#checklist-unit')
              ?.shadowRoot?.querySelector('[part~="overall"] [part~="progress-text"]')?.textContent,
        ),
      )
      .toMatch(new RegExp(`^\\d+ / ${unitTasks}$`));
    // With an endpoint, the checklist says whose report its statuses come from (or that there is none yet).
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector('#checklist-unit')?.shadowRoot?.querySelector('[part~="message"]')?.textContent ??
            '',
        ),
      )
      .toMatch(/^(Tình trạng theo báo cáo tự đánh giá kỳ|Đơn vị chưa gửi báo cáo tự đánh giá)/);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector('#register')?.shadowRoot?.querySelectorAll('papi-disclosure-badge').length,
        ),
      )
      .toBeGreaterThan(0);
    expect(
      await page
        .locator('main > ul.cms-badges papi-disclosure-badge, section ul.cms-badges papi-disclosure-badge')
        .count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    // The collector answers on the demo's own origin, which the strict CSP allows.
    expect(await page.getAttribute('#self-assessment', 'endpoint')).toBe('/');
    if (await page.evaluate(() => customElements.get('papi-feedback-button') !== undefined)) {
      expect(await page.locator('papi-feedback-button').count()).toBe(1);
    }
    // The CMS's !important line-height does not reach into the checklist.
    const lineHeight = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('#checklist-unit')!.shadowRoot!.querySelector('.activity')!).lineHeight,
    );
    expect(parseFloat(lineHeight) / 17).toBeLessThan(2);
    const badgeLineHeight = await page.evaluate(
      () =>
        getComputedStyle(
          document.querySelector('.cms-badges papi-disclosure-badge')!.shadowRoot!.querySelector('[part~="meta"]')!,
        ).lineHeight,
    );
    expect(parseFloat(badgeLineHeight) / 17).toBeLessThan(2);
    expect(errors).toEqual([]);
    expect(csp).toEqual([]);
  });

  it('fits a phone despite the CMS CSS: nothing scrolls sideways, and the feedback dialog stays on screen', async () => {
    const phone = await browser.newPage(PHONE);
    await phone.goto(new URL('/xa-lai-hoa/', demoUrl).href);
    await expect
      .poll(() =>
        phone.evaluate(() => document.querySelector('#checklist-all')?.shadowRoot?.querySelector('select') !== null),
      )
      .toBe(true);
    await expect
      .poll(() =>
        phone.evaluate(
          () => document.querySelector('#register')?.shadowRoot?.querySelectorAll('papi-disclosure-badge').length ?? 0,
        ),
      )
      .toBeGreaterThan(0);
    expect(await sidewaysScroll(phone)).toEqual([]);
    await phone.locator('papi-feedback-button').first().getByRole('button').first().click();
    const dialog = phone.locator('papi-feedback-button dialog');
    await dialog.waitFor();
    expect(await sidewaysScroll(phone)).toEqual([]);
    // The CMS forces content-box on every element; the fields still end inside the dialog.
    const inside = await phone.evaluate(() => {
      const root = document.querySelector('papi-feedback-button')!.shadowRoot!;
      const edge = root.querySelector('dialog')!.getBoundingClientRect().right;
      return [
        ...root.querySelectorAll(
          'textarea, input:not([type="radio"]):not([type="checkbox"]):not([name="website"]), button',
        ),
      ]
        .filter((e) => e.getBoundingClientRect().right > edge + 0.5)
        .map((e) => e.localName);
    });
    expect(inside).toEqual([]);
    await phone.close();
  });

  it('has no accessibility violations that axe-core can find', async () => {
    expect(describeAxe(await axeViolations(page))).toEqual([]);
  });

  it('submits the commune’s self-assessment to the collector with the demo token shown on the page, and says it was sent', async () => {
    const sa = page.locator('#self-assessment');
    const first = sa.locator('select[data-task]').first();
    await first.selectOption('in-progress');
    await sa.getByRole('button', { name: /Gửi báo cáo/ }).click();
    // The demo's box, marked as the demo's, shows the unit's token; the officer copies it into the field.
    const box = page.locator('#demo-token-box');
    expect(await box.locator('h3').textContent()).toBe('Mã xác thực dùng thử (chỉ cho bản demo)');
    await expect.poll(() => page.locator('#demo-token').innerText()).toMatch(/^papi_[a-z2-7]{10}_[a-z2-7]{52}$/);
    await enterUnitToken(sa, await page.locator('#demo-token').innerText());
    await expect
      .poll(() => sa.evaluate((el) => el.shadowRoot!.querySelector('[part~="message"]')!.textContent))
      .toMatch(/Đã gửi báo cáo đến/);
    expect(csp).toEqual([]);
  });

  it('can be used with the keyboard alone: the unit filter of the whole plan', async () => {
    const select = page.locator('#checklist-all select');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => select.evaluate((s) => (s as HTMLSelectElement).value)).not.toBe('');
    expect(csp).toEqual([]);
  });
});
