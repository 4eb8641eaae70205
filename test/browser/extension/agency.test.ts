import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getView, launchWithExtension, settled, walkBudget, walkGuide, type Harness } from './support.js';

const overlayText = (page: Page): Promise<string> =>
  page.locator('[data-papi-overlay]').evaluate((host) => host.shadowRoot?.textContent ?? '');
const KHAI_SINH = { id: '3f2a1c52-0001-4c1e-9a10-000000000001', caseId: 'c0a80101-0001-4b1e-9a10-0000000000a1' };

// The service list shows a department's card before the ward's. The dossier must go to the office the clerk chose
// under "Chọn cơ quan thực hiện": with no unit set in the options, and when that choice is not known.
describe('"Nộp trực tuyến" on the office the clerk chose (no unit set)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchWithExtension('normal');
  });
  afterAll(async () => {
    await h?.close();
  });

  it(
    'outlines the card of the ward chosen on the procedure page, and the dossier goes there',
    { timeout: walkBudget('khai-sinh') },
    async () => {
      const page = await h.context.newPage();
      await page.goto('https://dichvucong.gov.vn/#papi-guide=khai-sinh');
      await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('khai-sinh');
      // No unit in the options: the guide cannot point at the ward, so the clerk picks Phường Khánh Hòa themselves.
      const steps = await walkGuide(page, h.panel, { ward: 'Phường Khánh Hòa', until: 'nop-truc-tuyen' });
      expect(steps.find((s) => s.id === 'chon-don-vi')?.outcome).toBe('fallback');
      const v = await settled(h.panel);
      expect(v).toMatchObject({
        step: { id: 'nop-truc-tuyen' },
        agencyName: 'Phường Khánh Hòa',
        state: { stepStatus: 'found' },
      });
      const card = page.locator('[data-papi-target]').locator('xpath=..');
      expect(await card.textContent()).toContain('Cơ quan thực hiện: Ủy ban nhân dân Phường Khánh Hòa');
      await expect
        .poll(() => overlayText(page))
        .toContain('Cơ quan đã chọn ở “Chọn cơ quan thực hiện”: Phường Khánh Hòa');
      await page.locator('[data-papi-target]').click();
      await expect.poll(async () => (await getView(h.panel))?.step.id).not.toBe('nop-truc-tuyen');
      // The e-form is addressed to the office whose card was pressed.
      await expect
        .poll(() => page.locator('[data-name^="citizenKinhGui__"] input').inputValue())
        .toBe('Ủy ban nhân dân Phường Khánh Hòa');
      await page.close();
    },
  );

  it('outlines no card when the chosen office is not known, and says which card to use', async () => {
    // Another resident: the first case is set aside, so the deep link starts a new one.
    const open = await getView(h.panel);
    if (open)
      await h.panel.evaluate(
        (caseId) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage({ type: 'discard', caseId }),
        open.caseId,
      );
    const page = await h.context.newPage();
    await page.goto('https://dichvucong.gov.vn/cau-hoi-thuong-gap');
    await page.evaluate(() => sessionStorage.clear()); // nothing chosen under "Chọn cơ quan thực hiện"
    await page.goto(
      `https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?formalityId=${KHAI_SINH.id}&formalityCaseId=${KHAI_SINH.caseId}#papi-guide=khai-sinh`,
    );
    await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('nop-truc-tuyen');
    const v = await settled(h.panel);
    expect(v.agencyName).toBeUndefined();
    expect(v.state.stepStatus).toBe('fallback');
    // Both cards are on the page, the department's first; neither is outlined.
    expect(await page.getByRole('button', { name: 'Nộp trực tuyến' }).count()).toBe(2);
    expect(await page.locator('[data-papi-target]').count()).toBe(0);
    await expect.poll(() => overlayText(page)).toContain('không dùng thẻ của sở (thẻ đứng trước)');
    await page.close();
  });
});
