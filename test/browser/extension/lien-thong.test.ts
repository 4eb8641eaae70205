import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { command, getView, withPortalTab, settled, walkGuide, type Harness } from './support.js';

const REAL_NAME =
  'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi';

/** Signed in already, on the portal's home page, with a new liên thông case. */
async function home(h: Harness, page: Page): Promise<void> {
  const open = await getView(h.panel);
  if (open) await command(h.panel, { type: 'discard', caseId: open.caseId });
  await page.goto('https://dichvucong.gov.vn/cau-hoi-thuong-gap');
  await page.evaluate(() => localStorage.setItem('dvc-login', '1'));
  await page.goto('https://dichvucong.gov.vn/#papi-guide=lien-thong-khai-sinh');
  await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('lien-thong-khai-sinh');
}

// The joint procedure's real name begins "Liên thông thủ tục hành chính về đăng ký khai sinh…"; the home page has
// an entry of its own for the joint services.
describe('the liên thông guide finds the joint procedure by its real name', () => {
  let h: Harness;
  let page: Page;
  withPortalTab((opened) => ({ h, page } = opened));

  it('from the home page’s "Dịch vụ công liên thông: Khai sinh, Khai tử"', async () => {
    await home(h, page);
    const seen: Record<string, string> = {};
    const steps = await walkGuide(page, h.panel, {
      until: 'chon-tinh',
      onStep: async (v) => {
        if (v.state.stepStatus === 'found')
          seen[v.step.id] = (await page.locator('[data-papi-target]').textContent()) ?? '';
      },
    });
    expect(steps.find((s) => s.id === 'tim-thu-tuc')).toMatchObject({ outcome: 'found' });
    expect(seen['tim-thu-tuc']).toBe('Dịch vụ công liên thông: Khai sinh, Khai tử');
    expect(steps.find((s) => s.id === 'chon-thu-tuc')).toMatchObject({ outcome: 'found' });
    expect(seen['chon-thu-tuc']).toBe(REAL_NAME);
    await expect.poll(() => page.locator('h3').textContent()).toBe(REAL_NAME);
  });

  it('from the search, as the tip offers too', async () => {
    await home(h, page);
    await settled(h.panel);
    await page.getByPlaceholder('Nhập từ khoá tìm kiếm thủ tục hành chính').fill('liên thông khai sinh');
    await page.getByPlaceholder('Nhập từ khoá tìm kiếm thủ tục hành chính').press('Enter');
    await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('chon-thu-tuc');
    await expect.poll(async () => (await getView(h.panel))?.state.stepStatus).toBe('found');
    expect(await page.locator('[data-papi-target]').textContent()).toBe(REAL_NAME);
  });
});
