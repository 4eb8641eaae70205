// The portal is a single-page app: its views switch by history.pushState and draw their content late (page chunks
// load on demand). The replica holds each view's content until the test releases it, so what the clerk sees while
// the page is still drawing is held open here rather than caught in passing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideById } from '../../../extension/src/guides/index.js';
import { command, formUrl, getView, launchWithExtension, setUnit, walkGuide, type Harness } from './support.js';

declare global {
  interface Window {
    replicaHeld(): number;
    replicaRelease(): number;
    spaMarker?: string;
  }
}

interface TipSeen {
  state: string | undefined;
  text: string;
  /** An element on the page is outlined. */
  outlined: boolean;
}

/** The tip as the clerk sees it: null when there is none on screen. */
const tipOf = (page: Page): Promise<TipSeen | null> =>
  page.evaluate(() => {
    const tip = document.querySelector('[data-papi-overlay]')?.shadowRoot?.querySelector<HTMLElement>('.tip');
    if (!tip || tip.classList.contains('hidden')) return null;
    const r = tip.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight) return null;
    return {
      state: tip.dataset.state,
      text: tip.textContent ?? '',
      outlined: document.querySelector('[data-papi-target]') !== null,
    };
  });

const stepOf = async (h: Harness): Promise<string | undefined> => (await getView(h.panel))?.step.id;
const instructions = (stepId: string): string =>
  guideById('khai-sinh')!.steps.find((s) => s.id === stepId)!.instructions.vi;
const LOOKING = 'Đang tìm phần này trên trang';

/**
 * The view is held (its content not drawn): the tip is on screen already, with the step's instructions and
 * "looking for it", nothing outlined; released, the content is drawn and the tip moves to the step's element.
 */
async function lateView(h: Harness, page: Page, stepId: string): Promise<void> {
  await expect.poll(() => stepOf(h)).toBe(stepId);
  expect(await page.evaluate(() => window.replicaHeld())).toBeGreaterThan(0);
  await expect.poll(async () => (await tipOf(page))?.state).toBe('looking');
  const tip = (await tipOf(page))!;
  expect(tip.text).toContain(instructions(stepId));
  expect(tip.text).toContain(LOOKING);
  expect(tip.outlined).toBe(false);
  expect(await page.evaluate(() => window.replicaRelease())).toBe(1);
  await expect.poll(async () => (await tipOf(page))?.state).toBe('found');
  expect((await tipOf(page))!.text).not.toContain(LOOKING);
  expect(await page.locator('[data-papi-target]').count()).toBe(1);
}

describe('khai-sinh on the replica as a single-page app, its views drawn late', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchWithExtension('normal');
    await setUnit(h.panel, 'phuong-vinh-phuoc-2025');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a deep link shows its tip before the form is drawn, looking for the field, then moves to it', async () => {
    const page = await h.context.newPage();
    await page.addInitScript(() => sessionStorage.setItem('replica-hold', '1'));
    await page.goto(formUrl('khai-sinh'));
    await lateView(h, page, 'quan-he');
    expect(await page.locator('[data-papi-target]').getAttribute('data-name')).toMatch(
      /^citizenQuanhevoinguoiduockhaisinh__/,
    );
    // Set aside, so that the next deep link starts a case of its own rather than resuming this one.
    await command(h.panel, { type: 'discard', caseId: (await getView(h.panel))!.caseId });
    await page.close();
  });

  it('follows the guide through views switched by pushState, each drawn after the guide has looked for its step', async () => {
    const page = await h.context.newPage();
    // Signed in (the sign-on is a page load on another host), and every view's content held until released.
    await page.addInitScript(() => {
      localStorage.setItem('dvc-login', '1');
      sessionStorage.setItem('replica-hold', '1');
    });
    await page.goto('https://dichvucong.gov.vn/#papi-guide=khai-sinh');
    await expect.poll(() => stepOf(h)).toBe('dang-nhap');
    expect(await page.evaluate(() => window.replicaRelease())).toBe(1);
    // Already signed in: the clerk says so, and the guide comes to the search box.
    await h.panel.getByRole('button', { name: 'Tôi đã làm xong bước này' }).click();
    await expect.poll(() => stepOf(h)).toBe('tim-thu-tuc');
    await expect.poll(async () => (await tipOf(page))?.state).toBe('found');
    // From here on no page load may happen: a mark left in the page's own world would be lost with one.
    await page.evaluate(() => {
      window.spaMarker = 'same document';
    });

    const search = page.locator('[data-papi-target]');
    await search.fill('đăng ký khai sinh');
    await search.press('Enter');
    await lateView(h, page, 'chon-thu-tuc');
    expect(page.url()).toContain('/dvc-ket-qua-thu-tuc?keyword=');
    await page.locator('[data-papi-target]').click();

    await lateView(h, page, 'chon-tinh');
    expect(page.url()).toContain('/thu-tuc-hanh-chinh/');
    // On the procedure page: the province and the ward, as the steps ask, up to "Nộp hồ sơ".
    await walkGuide(page, h.panel, { until: 'nop-ho-so' });
    await expect.poll(async () => (await tipOf(page))?.state).toBe('found');
    await page.locator('[data-papi-target]').click();

    await lateView(h, page, 'nop-truc-tuyen');
    expect(page.url()).toContain('/tim-kiem-thu-tuc-hanh-chinh?');
    // The office chosen on the procedure page: its card's button, not the department's.
    expect(await page.locator('[data-papi-target]').evaluate((el) => el.parentElement?.textContent ?? '')).toContain(
      'Phường Vĩnh Phước',
    );
    await page.locator('[data-papi-target]').click();

    await lateView(h, page, 'quan-he');
    expect(page.url()).toContain('/nop-ho-so?formalityCaseId=');
    const question = page.locator('[data-papi-target]');
    await question.locator('.sd-dropdown').click();
    await question.locator('.sv-list__item', { hasText: 'Mẹ' }).click();
    await expect.poll(() => stepOf(h)).toBe('loai-dang-ky');

    expect(await page.evaluate(() => window.spaMarker)).toBe('same document');
    await page.close();
  });
});
