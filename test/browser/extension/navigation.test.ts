import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActiveView } from '../../../extension/src/messages.js';
import {
  extensionStorageDump,
  getView,
  launchWithExtension,
  setUnit,
  walkBudget,
  walkGuide,
  type Harness,
} from './support.js';

/** The cases in the extension's IndexedDB: status and step only. */
async function storedCases(h: Harness): Promise<{ id: string; status: string; step: number; guideId: string }[]> {
  const dump = JSON.parse(await extensionStorageDump(h.panel)) as Record<string, unknown>;
  return (
    (dump['papi-extension/cases'] as { id: string; status: string; step: number; guideId: string }[] | undefined) ?? []
  );
}

const overlayText = (page: Page): Promise<string> =>
  page.locator('[data-papi-overlay]').evaluate((host) => host.shadowRoot?.textContent ?? '');

// QA (Chromium 1366×768, Vietnamese UI): mid-guide, the portal's "Tra cứu hồ sơ" menu link opened the last
// step's page; the guide jumped to "Mã hồ sơ" and "Tôi đã làm" filed a case that was never submitted.
describe('khai-sinh on the portal replica: ordinary navigation mid-guide', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchWithExtension('normal');
    await h.panel.setViewportSize({ width: 1366, height: 768 });
    await setUnit(h.panel, 'phuong-vinh-phuoc-2025');
  });
  afterAll(async () => {
    await h?.close();
  });

  it(
    'neither jumps nor files on "Tra cứu hồ sơ", nor rewinds on the home page; the deep link is used once',
    { timeout: walkBudget('khai-sinh') },
    async () => {
      const page = await h.context.newPage();
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto('https://dichvucong.gov.vn/#papi-guide=khai-sinh');
      await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('khai-sinh');
      // The deep link is taken out of the address bar.
      await expect.poll(() => page.url()).toBe('https://dichvucong.gov.vn/');

      // Walk the guide to "Họ tên của trẻ" on the e-form (the QA's step 15; one more since "Loại đăng ký" is guided).
      const reached = new Error('reached');
      await walkGuide(page, h.panel, {
        onStep: async (v) => {
          if (v.step.id === 'ho-ten-tre') throw reached;
        },
      }).catch((e: unknown) => {
        if (e !== reached) throw e;
      });
      let view = (await getView(h.panel)) as ActiveView;
      expect(view.step.id).toBe('ho-ten-tre');
      expect(view.state.step + 1).toBe(16);
      await page.locator('[data-papi-target]').waitFor({ state: 'attached' });
      const formUrl = page.url();

      // The portal's menu link "Tra cứu hồ sơ" (the last step's page): the guide stays there, off its page.
      await page.getByRole('navigation', { name: 'Menu dịch vụ' }).getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
      await expect.poll(() => page.url()).toContain('/tra-cuu-ho-so');
      await expect.poll(async () => (await getView(h.panel))?.state.onStepPage).toBe(false);
      view = (await getView(h.panel)) as ActiveView;
      expect(view.step.id).toBe('ho-ten-tre');
      expect(view.state.status).toBe('running');
      await expect.poll(() => overlayText(page)).toContain('Trang này không phải trang của bước này');

      // Choosing "Mã hồ sơ" in the panel and pressing "Tôi đã làm" does not file the case either.
      await h.panel.getByRole('button', { name: 'Hướng dẫn', exact: true }).click();
      await h.panel.getByRole('button', { name: 'Mã hồ sơ', exact: true }).click();
      await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('ma-ho-so');
      await h.panel.getByRole('button', { name: 'Tôi đã làm xong bước này' }).click();
      await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('ho-ten-tre');
      expect((await getView(h.panel))?.state.status).toBe('running');
      await h.panel.getByTestId('missing-steps').waitFor();

      // The portal home does not rewind the guide to "Tìm thủ tục" …
      await page.goto('https://dichvucong.gov.vn/');
      await expect.poll(async () => (await getView(h.panel))?.state.url).toBe('https://dichvucong.gov.vn/');
      expect((await getView(h.panel))?.step.id).toBe('ho-ten-tre');
      // … and back on the form the clerk is where they were, the field outlined again.
      await page.goto(formUrl);
      await expect.poll(async () => (await getView(h.panel))?.state.onStepPage).toBe(true);
      expect((await getView(h.panel))?.step.id).toBe('ho-ten-tre');
      await page.locator('[data-papi-target]').waitFor({ state: 'attached' });

      // Nothing was filed: no "Đã nộp" case, and the tallies stay empty.
      let cases = await storedCases(h);
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ status: 'active', guideId: 'khai-sinh' });
      await h.panel.getByRole('button', { name: 'Hồ sơ đang làm' }).click();
      expect(await h.panel.getByText('Đã nộp').count()).toBe(0);
      await h.panel.getByRole('button', { name: 'Báo cáo' }).click();
      expect(await h.panel.locator('table td', { hasText: 'Đăng ký khai sinh' }).count()).toBe(0);

      // Following the deep link again (another tab, or a bookmark) resumes the case: no duplicate at step 1.
      const again = await h.context.newPage();
      await again.goto('https://dichvucong.gov.vn/#papi-guide=khai-sinh');
      await expect.poll(() => again.url()).toBe('https://dichvucong.gov.vn/');
      await again.reload();
      await expect.poll(async () => (await getView(h.panel))?.state.url).toBe('https://dichvucong.gov.vn/');
      cases = await storedCases(h);
      expect(cases).toHaveLength(1);
      expect((await getView(h.panel))?.step.id).toBe('ho-ten-tre');
      await again.close();

      // Back to the form tab: the guide follows it and outlines the field again. (Headless Chromium does not
      // change a page's visibility on bringToFront, so the visibilitychange of a real tab switch is dispatched.)
      await page.bringToFront();
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await expect.poll(async () => (await getView(h.panel))?.state.onStepPage).toBe(true);
      await page.locator('[data-papi-target]').waitFor({ state: 'attached' });
      await expect.poll(() => overlayText(page)).not.toContain('Trang này không phải trang của bước này');
      await page.close();
    },
  );
});
