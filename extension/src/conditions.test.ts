import { afterEach, describe, expect, it, vi } from 'vitest';
import { isAnswered, isLocked, isRequired, titleOf } from './answers.js';
import { watchClick, watchFilled, watchGone, watchToast } from './conditions.js';
import { trusted } from './testing/events.js';

/** Moves the page's clock (the test's own): a "not yet" is held for this long, several of the conditions' checks. */
const hold = (ms = 1000) => vi.advanceTimersByTimeAsync(ms);
const q = (name: string, inner: string, cls = ''): string =>
  `<div class="sd-question ${cls}" data-name="${name}__1761724625529">${inner}</div>`;
const title = (text: string, required = true): string =>
  `<h5 class="sd-title"><span class="sv-string-viewer">${text}</span>${required ? '<span class="sd-question__required-text">*</span>' : ''}</h5>`;
// SurveyJS's editable dropdown, before a choice: `.sd-dropdown__value` already exists, wrapping the filter input.
const dropdown = (chosen?: string): string => `<div class="sd-selectbase"><div class="sv-dropdown_select-wrapper">
  <div class="sd-dropdown ${chosen ? '' : 'sd-dropdown--empty '}sd-input"><div class="sd-dropdown__value">${chosen ? `<span class="sv-string-viewer">${chosen}</span>` : ''}
  <input class="sd-dropdown__filter-string-input" role="combobox" aria-required="true" placeholder="${chosen ? '' : 'Chọn...'}" readonly type="text"></div></div></div></div>`;
const radios = (name: string, items: string[]): string =>
  `<fieldset class="sd-selectbase" role="radiogroup" aria-required="true">${items
    .map(
      (i) =>
        `<div class="sd-item sd-radio"><label class="sd-selectbase__label"><input class="sd-item__control sd-radio__control sd-visuallyhidden" type="radio" name="${name}" value="${i}"><span class="sd-item__control-label"><span class="sv-string-viewer">${i}</span></span></label></div>`,
    )
    .join('')}</fieldset>`;

const page = (html: string): Document => {
  document.body.innerHTML = html; // test fixture markup, not page data
  return document;
};

describe('questions of the e-form, as SurveyJS renders them', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('a dropdown is answered when a choice shows, not because `.sd-dropdown__value` exists', () => {
    const doc = page(
      q('citizenGioitinh_NgdcKS', title('Giới tính') + dropdown()) +
        q('citizenQuanhe', title('Quan hệ') + dropdown('Mẹ')),
    );
    const [empty, chosen] = Array.from(doc.querySelectorAll('[data-name]'));
    expect(empty!.querySelector('.sd-dropdown__value')).not.toBeNull();
    expect(isAnswered(empty!)).toBe(false);
    expect(isAnswered(chosen!)).toBe(true);
    expect(isRequired(empty!)).toBe(true);
    expect(titleOf(empty!)).toBe('Giới tính');
  });

  it('a radiogroup is answered once an item is ticked', () => {
    const doc = page(
      q('citizenLoaigiaybaotu', title('Loại giấy báo tử') + radios('b', ['Giấy báo tử', 'Giấy tờ thay thế'])),
    );
    const question = doc.querySelector('[data-name]')!;
    expect(isAnswered(question)).toBe(false);
    doc.querySelector<HTMLInputElement>('input[value="Giấy tờ thay thế"]')!.checked = true;
    expect(isAnswered(question)).toBe(true);
  });

  it('required from aria-required or from a "*" in the title alone; locked when read-only', () => {
    const doc = page(
      q('a', '<h5 class="sd-title">Nơi sinh</h5><input class="sd-input" placeholder="" aria-required="true">') +
        q('b', '<h5 class="sd-title">Quê quán *</h5><input class="sd-input" placeholder="">') +
        q('c', title('Ghi chú', false) + '<input class="sd-input" placeholder="">') +
        q(
          'd',
          title('Họ, chữ đệm, tên') + '<input class="sd-input sd-input--readonly" readonly value="NGUYỄN VĂN A">',
          'sd-question--readonly',
        ) +
        q('e', title('Ngày, tháng, năm sinh') + '<input class="sd-input flatpickr-input" readonly placeholder="">'),
    );
    const [a, b, c, d, e] = Array.from(doc.querySelectorAll('[data-name]'));
    expect([a, b, c].map((x) => isRequired(x!))).toEqual([true, true, false]);
    expect(isLocked(d!)).toBe(true);
    expect(isLocked(e!)).toBe(false); // a date picker keeps its input read-only; the clerk still picks a date
    expect(isAnswered(d!)).toBe(true);
    expect(isAnswered(e!)).toBe(false);
  });

  it('"filled" waits for a SurveyJS dropdown’s choice, which fires no input or change event', async () => {
    vi.useFakeTimers();
    const doc = page(q('citizenGioitinh_NgdcKS', title('Giới tính') + dropdown()));
    let met = 0;
    const stop = watchFilled(doc, doc.querySelector('[data-name]')!, () => met++);
    await hold();
    expect(met).toBe(0);
    // The clerk picks an item; SurveyJS re-renders the value: no input or change event reaches the page's listeners.
    doc.querySelector('.sd-dropdown')!.dispatchEvent(trusted(new MouseEvent('mousedown', { bubbles: true })));
    await hold();
    expect(met).toBe(0);
    const box = doc.querySelector('.sd-dropdown')!;
    box.classList.remove('sd-dropdown--empty');
    box
      .querySelector('.sd-dropdown__value')!
      .insertAdjacentHTML('afterbegin', '<span class="sv-string-viewer">Nữ</span>');
    await hold();
    expect(met).toBe(1);
    stop();
  });

  it('"filled" is not done by the portal’s scripts alone: a value and events they make do not count', async () => {
    vi.useFakeTimers();
    const doc = page(q('citizenHoVaTen', title('Họ, chữ đệm, tên') + '<input class="sd-input" aria-required="true">'));
    let met = 0;
    const stop = watchFilled(doc, doc.querySelector('[data-name]')!, () => met++);
    const input = doc.querySelector('input')!;
    input.value = 'NGUYỄN VĂN A';
    for (const type of ['input', 'change', 'focusout', 'keyup'])
      input.dispatchEvent(new Event(type, { bubbles: true }));
    await hold();
    expect(met).toBe(0);
    // The clerk's own keystroke (outside the field, then leaving it): the answer there now counts.
    doc.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true })));
    await hold();
    expect(met).toBe(1);
    stop();
  });

  it('"filled" on a radio waits for the required fields its answer reveals ("Trong nước")', async () => {
    vi.useFakeTimers();
    const doc = page(
      q('citizenNoisinhnks', title('Nơi sinh') + radios('n', ['Trong nước', 'Nước ngoài'])) +
        q(
          'citizenSoluongbansao',
          title('Số lượng bản sao') + '<input class="sd-input" placeholder="" aria-required="true">',
        ),
    );
    let met = 0;
    const stop = watchFilled(doc, doc.querySelector('[data-name]')!, () => met++);
    // Ticking "Trong nước" reveals the province and the address, right after the question.
    doc.querySelector<HTMLInputElement>('input[value="Trong nước"]')!.checked = true;
    doc.querySelector('input[value="Trong nước"]')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    doc
      .querySelector('[data-name]')!
      .insertAdjacentHTML(
        'afterend',
        q('citizenNoisinh_Tinh', title('Tỉnh/ Thành phố') + dropdown()) +
          q(
            'citizenNoisinh_ChiTiet',
            title('Địa chỉ chi tiết') + '<input class="sd-input" placeholder="" aria-required="true">',
          ),
      );
    doc.dispatchEvent(new Event('change'));
    await hold();
    expect(met).toBe(0);
    const box = doc.querySelector('[data-name^="citizenNoisinh_Tinh"] .sd-dropdown')!;
    box.classList.remove('sd-dropdown--empty');
    box
      .querySelector('.sd-dropdown__value')!
      .insertAdjacentHTML('afterbegin', '<span class="sv-string-viewer">Thành phố Cần Thơ</span>');
    await hold();
    expect(met).toBe(0);
    doc.querySelector<HTMLInputElement>('[data-name^="citizenNoisinh_ChiTiet"] input')!.value = 'Bệnh viện';
    doc.dispatchEvent(new Event('change'));
    // The copies question was there before: not part of it, and still empty.
    await hold();
    expect(met).toBe(1);
    stop();
  });

  it('a click step counts only the clerk’s own press, not one the portal’s scripts dispatch (isTrusted)', () => {
    const doc = page('<button id="next">Tiếp tục</button><button id="other">Khác</button>');
    const next = doc.getElementById('next')!;
    let met = 0;
    const stop = watchClick(doc, next, () => met++);
    next.click();
    next.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    next.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(met).toBe(0);
    doc.getElementById('other')!.dispatchEvent(trusted(new MouseEvent('mousedown', { bubbles: true })));
    next.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true })));
    expect(met).toBe(0);
    next.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(met).toBe(1);
    stop();
  });

  it('a toast after a press the portal’s scripts dispatched does not count', async () => {
    vi.useFakeTimers();
    const doc = page('<div class="Toastify" aria-live="polite"></div><button id="submit">Lưu và nộp hồ sơ</button>');
    let met = 0;
    const stop = watchToast(doc, doc.getElementById('submit'), 'thành công', () => met++);
    doc.getElementById('submit')!.click();
    doc.querySelector('.Toastify')!.insertAdjacentHTML('beforeend', '<div role="alert">Nộp hồ sơ thành công</div>');
    await hold(100);
    expect(met).toBe(0);
    stop();
  });

  it('a "thành công" toast counts only after the press on the target, and not one left from before', async () => {
    vi.useFakeTimers();
    const doc = page(
      '<div class="Toastify" aria-live="polite"><div class="Toastify__toast" role="alert">Tải lên file thành công</div></div><button id="submit">Lưu và nộp hồ sơ</button>',
    );
    let met = 0;
    const stop = watchToast(doc, doc.getElementById('submit'), 'thành công', () => met++);
    const box = doc.querySelector('.Toastify')!;
    box.insertAdjacentHTML('beforeend', '<div class="Toastify__toast" role="alert">Lưu nháp thành công</div>'); // not after the press
    await hold(100);
    expect(met).toBe(0);
    doc.getElementById('submit')!.dispatchEvent(trusted(new MouseEvent('mousedown', { bubbles: true })));
    box.insertAdjacentHTML(
      'beforeend',
      '<div class="Toastify__toast" role="alert">Vui lòng nhập Họ, chữ đệm, tên</div>',
    ); // an error
    await hold(100);
    expect(met).toBe(0);
    box.insertAdjacentHTML(
      'beforeend',
      '<div class="Toastify__toast" role="alert"><div>Nộp hồ sơ THÀNH CÔNG</div></div>',
    );
    await hold(100);
    expect(met).toBe(1);
    stop();
  });

  it('a question whose answer revealed required fields inside it is answered once they are', () => {
    const doc = page(
      q(
        'citizenNoisinhnks',
        title('Nơi sinh') +
          radios('n', ['Trong nước', 'Nước ngoài']) +
          q(
            'citizenNoisinhChiTiet',
            title('Nơi sinh chi tiết') + '<input class="sd-input" placeholder="" aria-required="true">',
          ),
        'sd-question--answered',
      ),
    );
    const question = doc.querySelector('[data-name^="citizenNoisinhnks"]')!;
    doc.querySelector<HTMLInputElement>('input[value="Trong nước"]')!.checked = true;
    expect(isAnswered(question)).toBe(false);
    doc.querySelector<HTMLInputElement>('.sd-input')!.value = 'Bệnh viện Đa khoa';
    expect(isAnswered(question)).toBe(true);
  });

  it('"gone" is met when a found target can no longer be found', async () => {
    vi.useFakeTimers();
    const doc = page('<button id="b">x</button>');
    let met = 0;
    const stop = watchGone(
      doc,
      () => doc.getElementById('b'),
      () => met++,
    );
    await hold();
    expect(met).toBe(0);
    doc.getElementById('b')!.remove();
    await hold();
    expect(met).toBe(1);
    stop();
  });
});
