import type { FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideById } from '../../../extension/src/guides/index.js';
import {
  command,
  fillQuestion,
  formUrl,
  getView,
  gotoStep,
  interceptChoosers,
  launchWithExtension,
  SCAN,
  searchWard,
  setUnit,
  uploadOn,
  type Harness,
  tipText,
} from './support.js';

const stepId = async (h: Harness): Promise<string | undefined> => (await getView(h.panel))?.step.id;
const target = (page: Page) => page.locator('[data-papi-target]');
/** The step is current and its target outlined. */
async function settledOn(h: Harness, id: string): Promise<void> {
  await expect.poll(() => stepId(h)).toBe(id);
  await expect.poll(async () => (await getView(h.panel))?.state.stepStatus).toBe('found');
}
/** Holds the state open: the step must not pass within the time its condition takes to be checked several times. */
async function stays(h: Harness, id: string, ms = 1500): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    expect(await stepId(h)).toBe(id);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// The e-form as PORTAL.md describes it, step by step, on the replica: what makes each step done.
describe('khai-sinh on the replica e-form', () => {
  let h: Harness;
  let page: Page;
  let choosers: FileChooser[];
  beforeAll(async () => {
    h = await launchWithExtension('normal');
    await setUnit(h.panel, 'phuong-vinh-phuoc-2025');
    page = await h.context.newPage();
    choosers = interceptChoosers(page).choosers;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('starts on the form at its first step', async () => {
    await page.goto(formUrl('khai-sinh'));
    await expect.poll(() => stepId(h)).toBe('quan-he');
  });

  it('a SurveyJS dropdown step waits for a choice: `.sd-dropdown__value` is there before one', async () => {
    await settledOn(h, 'quan-he');
    const question = target(page);
    expect(await question.locator('.sd-dropdown__value').count()).toBe(1);
    // Opened and closed again without a choice: not done.
    await question.locator('.sd-dropdown').click();
    await question.locator('.sv-list__item', { hasText: 'Mẹ' }).waitFor();
    await question.locator('.sd-dropdown').click();
    await stays(h, 'quan-he');
    // A choice (SurveyJS fires no input or change event for it): done, while the focus is still in the filter
    // input, which then holds the choice (SurveyJS shows it as `.sv-string-viewer` once the focus leaves).
    const asked = page.locator('.sd-root-modern [data-name^="citizenQuanhevoinguoiduockhaisinh__"]');
    await question.locator('.sd-dropdown').click();
    await question.locator('.sv-list__item', { hasText: 'Mẹ' }).click();
    await expect.poll(() => stepId(h)).not.toBe('quan-he');
    const filter = asked.locator('.sd-dropdown__filter-string-input');
    expect(await filter.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await filter.inputValue()).toBe('Mẹ');
    expect(await asked.locator('.sd-dropdown__value .sv-string-viewer').count()).toBe(0);
    await filter.blur();
    expect(await asked.locator('.sd-dropdown__value .sv-string-viewer').textContent()).toBe('Mẹ');
  });

  it('a text typed and cleared again is not filled (empty placeholder, aria-required only)', async () => {
    await gotoStep(h.panel, 'ho-ten-tre');
    const input = target(page).locator('input');
    expect(await input.getAttribute('placeholder')).toBe('');
    expect(await input.getAttribute('required')).toBeNull();
    await input.fill('Thạch');
    await input.fill('');
    await input.press('Tab');
    await stays(h, 'ho-ten-tre');
    await input.fill('Thạch Thị Riêng Tư');
    await input.press('Tab');
    await expect.poll(() => stepId(h)).toBe('ngay-sinh-tre');
  });

  it('a date is picked in flatpickr’s calendar: the field is read-only, and the tip says to pick, not to type', async () => {
    await settledOn(h, 'ngay-sinh-tre');
    expect(await target(page).getAttribute('data-name')).toMatch(/^citizenNgaythangnamsinh_NgdcKS__/);
    // The question itself, not the outline: once a day is picked the outline moves on to the next step.
    const input = page.locator('.sd-root-modern [data-name^="citizenNgaythangnamsinh_NgdcKS__"] input');
    expect(await input.evaluate((el) => (el as HTMLInputElement).readOnly)).toBe(true);
    await expect.poll(() => tipText(page)).toContain('trong lịch');
    // The calendar opened and closed again without a day: not done.
    await input.click();
    await page.locator('.flatpickr-calendar.open').waitFor();
    await input.press('Escape');
    await stays(h, 'ngay-sinh-tre', 1000);
    await input.click();
    await page.locator('.flatpickr-calendar.open .flatpickr-day', { hasText: /^15$/ }).click();
    expect(await input.inputValue()).toBe('15/03/2026');
    await expect.poll(() => stepId(h)).toBe('gioi-tinh-tre');
  });

  it('a radiogroup step (gender, as SurveyJS renders it) is done once an item is ticked', async () => {
    await gotoStep(h.panel, 'gioi-tinh-tre');
    expect(await target(page).getAttribute('data-name')).toMatch(/^citizenGioitinh_NgdcKS__/);
    expect(await target(page).locator('fieldset[role=radiogroup]').count()).toBe(1);
    await target(page).getByText('Nữ', { exact: true }).click();
    await expect.poll(() => stepId(h)).toBe('loai-khai-sinh');
  });

  it('"Trong nước" is not the whole answer: the step waits for the required fields it reveals', async () => {
    await gotoStep(h.panel, 'noi-sinh');
    await target(page).getByText('Trong nước', { exact: true }).click();
    const province = page.locator('[data-name^="citizenNoisinhTinh__"]');
    await province.waitFor();
    await stays(h, 'noi-sinh');
    await fillQuestion(page, province);
    await fillQuestion(page, page.locator('[data-name^="citizenNoisinhXa__"]'));
    await stays(h, 'noi-sinh');
    await fillQuestion(page, page.locator('[data-name^="citizenNoisinhChiTiet__"]'));
    await expect.poll(() => stepId(h)).toBe('que-quan');
  });

  it('the required fields still empty are listed and outlined one by one; the portal refuses an empty required list', async () => {
    await gotoStep(h.panel, 'con-trong');
    // Left empty so far: "Loại đăng ký" (a dropdown), the child's "Loại khai sinh", "Quốc tịch", "Dân tộc", "Quê quán"
    // (required by its "*" alone), the mother's fields, the number of copies.
    const tip = () =>
      page
        .locator('[data-papi-overlay]')
        .evaluate((host) => Array.from(host.shadowRoot!.querySelectorAll('.items li'), (li) => li.textContent));
    await expect.poll(tip).toEqual(expect.arrayContaining(['Loại đăng ký', 'Loại khai sinh', 'Quốc tịch', 'Quê quán']));
    expect((await tip()).at(-1)).toMatch(/^… và \d+ ô khác$/); // a few at most, then how many more
    expect(await target(page).getAttribute('data-name')).toMatch(/^citizenLoaiDangKy__/);
    // The portal refuses to submit while a required list is empty.
    await page.getByRole('button', { name: 'Lưu và nộp hồ sơ' }).click();
    await page.getByText('Vui lòng chọn Loại đăng ký').waitFor();
    expect(await stepId(h)).toBe('con-trong');
    // Answered: the outline moves to the next one left.
    await fillQuestion(page, target(page));
    await expect.poll(() => target(page).getAttribute('data-name')).toMatch(/^citizenLoaikhaisinh_NgdcKS__/); // the next one left, in page order
    expect(await tip()).not.toContain('Loại đăng ký');
  });

  it('an upload is done when the file’s name shows in its row, not on the click that opens the picker', async () => {
    await gotoStep(h.panel, 'tai-giay-to');
    const birthRow = page.locator('tr', { hasText: 'Giấy chứng sinh' });
    await expect
      .poll(() => target(page).evaluate((el) => el.closest('tr')?.textContent ?? ''))
      .toContain('Giấy chứng sinh');
    // The clerk cancels the picker: still this step.
    await uploadOn(page, target(page), null, choosers);
    // A file over 2 MB is refused by the portal: still this step, once the portal has said so.
    await uploadOn(
      page,
      target(page),
      { name: 'to-qua-lon.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2 * 1024 * 1024 + 1) },
      choosers,
    );
    await page.getByText('Vui lòng chọn tệp nhỏ hơn 2MB!').waitFor();
    expect(await stepId(h)).toBe('tai-giay-to');
    expect(await birthRow.textContent()).not.toContain('.pdf');
    // An accepted file: its name shows in the row, and the guide goes on to the next row that needs a file.
    await uploadOn(page, target(page), SCAN, choosers);
    await expect.poll(() => stepId(h)).toBe('tai-giay-to-khac');
    const v = await getView(h.panel);
    expect(v?.state.done[v.state.step - 1]).toBe('auto');
    await expect
      .poll(() => target(page).evaluate((el) => el.closest('tr')?.textContent ?? ''))
      .toContain('Giấy tờ chứng minh nơi cư trú');
    await uploadOn(page, target(page), { ...SCAN, name: 'xac-nhan-cu-tru.jpg', mimeType: 'image/jpeg' }, choosers);
    await expect.poll(() => stepId(h)).toBe('nhan-ket-qua');
  });

  it('an upload step whose rows all show their files is done at once', async () => {
    const guide = guideById('khai-sinh')!;
    await command(h.panel, { type: 'goto', step: guide.steps.findIndex((s) => s.id === 'tai-giay-to-khac') });
    await expect.poll(() => stepId(h)).toBe('nhan-ket-qua');
    expect((await getView(h.panel))?.state.done[guide.steps.findIndex((s) => s.id === 'tai-giay-to-khac')]).toBe(
      'auto',
    );
  });

  it('"Trả kết quả qua đường bưu điện" reveals required recipient, phone, address and fee fields: the tip names them, and the dossier goes only once they are filled', async () => {
    // What the form still needs first: the mother's identity (the portal's lookup then fills and locks the rest of
    // her block), then what "the required fields still empty" outlines, one by one.
    for (const name of ['citizenNDK_HoVaTen', 'citizenNDK_SoDinhDanh', 'citizenNDK_NgaySinh'])
      await fillQuestion(page, page.locator(`#mother [data-name^="${name}__"]`));
    await page.locator('#mother [data-name^="citizenDanToc_me__"].sd-question--readonly').waitFor();
    await gotoStep(h.panel, 'con-trong');
    for (let n = 0; n < 30 && (await stepId(h)) === 'con-trong'; n++) {
      const marked = await page.evaluate(() => {
        document.querySelectorAll('[data-test-q]').forEach((e) => e.removeAttribute('data-test-q'));
        const t = document.querySelector('[data-papi-target]');
        t?.setAttribute('data-test-q', '');
        return t?.getAttribute('data-name') ?? null;
      });
      if (!marked) {
        await new Promise((r) => setTimeout(r, 150));
        continue;
      }
      await fillQuestion(page, page.locator('[data-test-q]'));
      await expect
        .poll(
          async () =>
            (await stepId(h)) !== 'con-trong' ||
            (await page
              .locator('[data-papi-target]')
              .getAttribute('data-name')
              .catch(() => null)) !== marked,
        )
        .toBe(true);
    }
    // Every upload row shows its file already: the guide comes to the result choice by itself.
    await settledOn(h, 'nhan-ket-qua');
    await expect.poll(() => tipText(page)).toContain('Trả kết quả qua đường bưu điện');
    for (const field of ['Tên người nhận', 'Số điện thoại', 'Thanh toán lệ phí'])
      expect(await tipText(page)).toContain(field);
    // By post: "THÔNG TIN NHẬN KẾT QUẢ" appears with its required fields.
    const postal = page.locator('.postal');
    expect(await postal.isVisible()).toBe(false);
    // The dropdown itself is outlined, not its caption.
    const result = page.locator('.cc-select-wrapper').first();
    expect(await target(page).evaluate((el) => el.classList.contains('cc-select-wrapper'))).toBe(true);
    expect(await target(page).textContent()).toContain('Trả kết quả tại bộ phận tiếp nhận và trả kết quả');
    await result.click();
    await result.getByText('Trả kết quả qua đường bưu điện').click();
    await postal.getByText('THÔNG TIN NHẬN KẾT QUẢ').waitFor();
    expect(await postal.getByLabel('Tên người nhận').getAttribute('aria-required')).toBe('true');
    await h.panel.getByRole('button', { name: 'Tôi đã làm xong bước này' }).click();
    await settledOn(h, 'luu-va-nop');
    // Left empty, the portal refuses the dossier, and the guide stays on "Lưu và nộp hồ sơ".
    await target(page).click();
    await page.getByText('Vui lòng nhập Tên người nhận').waitFor();
    await stays(h, 'luu-va-nop');
    // Filled as the tip says: the dossier goes, and the guide moves on.
    await postal.evaluate((el) => el.scrollIntoView({ block: 'start' })); // the lists open below their buttons
    await postal.getByLabel('Tên người nhận').fill('Lâm Thị Bí Mật');
    await postal.getByLabel('Số điện thoại').fill('0912345678');
    await postal.getByRole('button', { name: '-- Chọn Tỉnh/ Thành phố --' }).click();
    await page.locator('[role=listbox] li', { hasText: 'Thành phố Cần Thơ' }).filter({ visible: true }).click();
    await postal.getByRole('button', { name: '-- Chọn Phường/ Xã --' }).click();
    await searchWard(page, 'Vĩnh Phước');
    await page.locator('[role=listbox] li', { hasText: 'Phường Vĩnh Phước' }).filter({ visible: true }).click();
    await postal.getByLabel('Địa chỉ chi tiết').fill('12 đường 30/4');
    await postal.getByRole('button', { name: '-- Chọn hình thức thanh toán --' }).click();
    await postal.getByText('Thanh toán khi nhận kết quả').click();
    await target(page).click();
    await expect.poll(() => stepId(h)).toBe('ma-ho-so');
  });
});
