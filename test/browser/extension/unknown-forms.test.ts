import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { guideById } from '../../../extension/src/guides/index.js';
import { formUrl, getView, withPortalTab, settled, type Harness } from './support.js';

const GUIDE = guideById('thuong-tru')!;

// PORTAL.md: the thường trú (and kết hôn, tạm trú) forms on the new portal are unknown, and a guide may meet the
// older four-step wizard. The replica shows thường trú that way: the guide's assumed steps outline nothing they
// would have to guess, fall back to their instructions, and the clerk finishes with "I did this".
describe('thuong-tru on a form nobody has recorded (the replica: the older four-step wizard)', () => {
  let h: Harness;
  let page: Page;
  withPortalTab((opened) => ({ h, page } = opened));

  const didThis = async (from: string): Promise<void> => {
    await h.panel.getByRole('button', { name: 'Tôi đã làm xong bước này' }).click();
    await expect.poll(async () => (await getView(h.panel))?.step.id).not.toBe(from);
  };
  const outlined = () => page.locator('[data-papi-target]').count();

  it('falls back to text on the assumed steps, even beside a control of the portal’s kind, and still completes', async () => {
    await page.goto(formUrl('thuong-tru'));
    await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('ke-khai');
    expect((await settled(h.panel)).state.stepStatus).toBe('text');
    // The clerk goes through the wizard as the instructions say: "Xác nhận" on "Thông tin chung", then on.
    await page.locator('[data-e2e="confirm-button-information"]').click();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Kê khai thông tin' }).waitFor();
    await didThis('ke-khai');
    expect((await settled(h.panel)).state.stepStatus).toBe('text'); // tai-giay-to: text only
    await didThis('tai-giay-to');

    // "Hình thức nhận kết quả" is not on this form; the portal's kind of dropdown is, for something else.
    let v = await settled(h.panel);
    expect(v.step.id).toBe('nhan-ket-qua');
    expect(v.state.stepStatus).toBe('fallback');
    expect(await page.locator('.cc-select-wrapper').isVisible()).toBe(true);
    expect(await outlined()).toBe(0);
    // The panel tells the clerk that the form is not recorded and what to do instead.
    await h.panel.getByText('chưa được ghi nhận', { exact: false }).first().waitFor();
    await didThis('nhan-ket-qua');

    // The wizard ends with "Gửi hồ sơ", not "Lưu và nộp hồ sơ": nothing is outlined, and the instructions name it.
    v = await settled(h.panel);
    expect(v.step.id).toBe('luu-va-nop');
    expect(v.state.stepStatus).toBe('fallback');
    expect(v.step.instructions.vi).toContain('Gửi hồ sơ');
    for (let n = 0; n < 2; n++) await page.getByRole('button', { name: 'Tiếp tục' }).click(); // on to "Thông tin nhận kết quả"
    await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
    await page.getByText('Gửi hồ sơ thành công').waitFor();
    expect(await outlined()).toBe(0);
    // With no button to watch, the portal's sign of success ("… thành công") alone moves the guide on.
    await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('ma-ho-so');
    v = await settled(h.panel);
    expect(v.state.done[GUIDE.steps.findIndex((s) => s.id === 'luu-va-nop')]).toBe('auto');
    expect(v.state.stepStatus).toBe('fallback'); // "Mã hồ sơ": the page after submission is unknown too
    await h.panel.getByRole('button', { name: 'Tôi đã làm xong bước này' }).click();
    await expect.poll(async () => (await getView(h.panel))?.state.status).toBe('completed');
    const done = (await getView(h.panel))!.state.done;
    for (const id of ['ke-khai', 'tai-giay-to', 'nhan-ket-qua', 'ma-ho-so'])
      expect(done[GUIDE.steps.findIndex((s) => s.id === id)], id).toBe('manual');
  });
});
