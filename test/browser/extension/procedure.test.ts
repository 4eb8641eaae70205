import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getView, gotoStep, launchWithExtension, PROCS, setUnit, walkGuide, type Harness } from './support.js';

const stepId = async (h: Harness): Promise<string | undefined> => (await getView(h.panel))?.step.id;

// The procedure page's "Chọn cơ quan thực hiện" as PORTAL.md describes it.
describe('"Chọn cơ quan thực hiện" on the replica procedure page', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchWithExtension('normal');
    await setUnit(h.panel, 'phuong-vinh-phuoc-2025');
    page = await h.context.newPage();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('after the province is chosen its combo is an input with a clear (×): "Chọn tỉnh" then outlines nothing, not the ward’s combo', async () => {
    await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCS['khai-sinh'].id}#papi-guide=khai-sinh`);
    await expect.poll(() => stepId(h), { timeout: 10_000 }).toBe('chon-tinh');
    await walkGuide(page, h.panel, { until: 'chon-xa' });
    await expect.poll(() => page.locator('input.combo-input').first().inputValue()).toBe('Thành phố Cần Thơ');
    expect(await page.getByRole('button', { name: 'Xóa lựa chọn' }).count()).toBe(1);
    // The ward's combo is still a button with aria-haspopup="listbox": the province step must not take it.
    const v = await gotoStep(h.panel, 'chon-tinh');
    expect(v.state.stepStatus).toBe('fallback');
    expect(await page.locator('[data-papi-target]').count()).toBe(0);
    expect(await page.getByRole('button', { name: '-- Chọn Phường/ Xã --' }).getAttribute('aria-haspopup')).toBe('listbox');
  });
});
