import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getView, gotoStep, withPortalTab, PROCS, walkGuide, type Harness } from './support.js';

const stepId = async (h: Harness): Promise<string | undefined> => (await getView(h.panel))?.step.id;

// The procedure page's "Chọn cơ quan thực hiện" as PORTAL.md describes it.
describe('"Chọn cơ quan thực hiện" on the replica procedure page', () => {
  let h: Harness;
  let page: Page;
  withPortalTab((opened) => ({ h, page } = opened));

  it('after the province is chosen its combo is an input with a clear (×): "Chọn tỉnh" then outlines nothing, not the ward’s combo', async () => {
    await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCS['khai-sinh'].id}#papi-guide=khai-sinh`);
    await expect.poll(() => stepId(h)).toBe('chon-tinh');
    await walkGuide(page, h.panel, { until: 'chon-xa' });
    await expect.poll(() => page.locator('input.combo-input').first().inputValue()).toBe('Thành phố Cần Thơ');
    expect(await page.getByRole('button', { name: 'Xóa lựa chọn' }).count()).toBe(1);
    // The ward's combo is still a button with aria-haspopup="listbox": the province step must not take it.
    const v = await gotoStep(h.panel, 'chon-tinh');
    expect(v.state.stepStatus).toBe('fallback');
    expect(await page.locator('[data-papi-target]').count()).toBe(0);
    expect(await page.getByRole('button', { name: '-- Chọn Phường/ Xã --' }).getAttribute('aria-haspopup')).toBe(
      'listbox',
    );
  });

  it('in a list of ~100 wards, outlines the unit’s option only once it shows: typed in the search box, or scrolled to', async () => {
    await gotoStep(h.panel, 'chon-xa');
    await page.locator('[data-papi-target]').click();
    await expect.poll(() => stepId(h)).toBe('chon-don-vi');
    const options = page.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(90);
    // "Phường Vĩnh Phước" is in the list, scrolled out of its panel: not outlined there, and the tip says to type.
    const unit = page.getByRole('option', { name: 'Phường Vĩnh Phước', exact: true });
    expect(await unit.count()).toBe(1);
    expect(
      await unit.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const p = el.closest('.combo-panel')!.getBoundingClientRect();
        return r.top >= p.bottom;
      }),
    ).toBe(true);
    await expect.poll(async () => (await getView(h.panel))?.state.stepStatus).toBe('fallback');
    expect(await page.locator('[data-papi-target]').count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-papi-overlay]').evaluate((host) => host.shadowRoot?.textContent ?? ''))
      .toContain('ô tìm kiếm');
    // Scrolled into view: outlined (the guide keeps looking while the clerk scrolls).
    await unit.scrollIntoViewIfNeeded();
    await expect.poll(() => unit.getAttribute('data-papi-target')).toBe('');
    // Scrolled away again, then found by the search box: outlined again, and picked.
    await page.locator('.combo-panel').evaluate((p) => p.scrollTo(0, 0));
    await expect.poll(() => page.locator('[data-papi-target]').count()).toBe(0);
    await page.getByRole('textbox', { name: 'Tìm kiếm' }).last().fill('vinh phuoc');
    await expect.poll(() => unit.getAttribute('data-papi-target')).toBe('');
    await unit.click();
    await expect.poll(() => stepId(h)).toBe('nop-ho-so');
    expect((await getView(h.panel))?.agencyName).toBe('Phường Vĩnh Phước');
  });
});
