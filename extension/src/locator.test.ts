import { describe, expect, it } from 'vitest';
import { resolveTarget, waitForTarget } from './locator.js';

const page = (html: string): Document => {
  document.body.innerHTML = html; // test fixture markup, not page data
  return document;
};

describe('locator', () => {
  it('finds a field by its label, folded for case and Vietnamese diacritics (đ too)', () => {
    const doc = page(`
      <div class="sd-question" data-name="citizenHoVaTen_NgdcKS__1761724625529">
        <h5 class="sd-title"><span>Họ, chữ ĐỆM, tên</span><span> *</span></h5>
        <input class="sd-input" placeholder="Nhập">
      </div>`);
    const found = resolveTarget(doc, { label: 'ho, chu dem, ten' });
    expect(found?.strategy).toBe('label');
    expect(found?.element.getAttribute('data-name')).toMatch(/^citizenHoVaTen_NgdcKS__/);
  });

  it('outlines the question a step names, never the same title in the applicant’s or the father’s block', () => {
    // As on the portal: the applicant's block (pre-filled from VNeID, read-only) comes first and repeats the
    // child's titles; so does the father's block after it.
    const q = (name: string, title: string, readOnly = false): string => `
      <div class="sd-question${readOnly ? ' sd-question--readonly' : ''}" data-name="${name}__1761724625529">
        <h5 class="sd-title"><span class="sv-string-viewer">${title}</span></h5>
        <input class="sd-input" placeholder=""${readOnly ? ' readonly' : ''}>
      </div>`;
    const doc = page(`
      <div class="sd-panel">${q('citizenNguoiNop_HoVaTen', 'Họ, chữ đệm, tên', true)}${q('citizenNguoiNop_NgaySinh', 'Ngày, tháng, năm sinh', true)}</div>
      <div class="sd-panel">${q('citizenHoVaTen_NgdcKS', 'Họ, chữ đệm, tên')}${q('citizenNgaythangnamsinh_NgdcKS', 'Ngày, tháng, năm sinh')}</div>
      <div class="sd-panel">${q('citizenHoVaTenCha', 'Họ, chữ đệm, tên')}</div>`);
    const child = resolveTarget(doc, { label: 'Họ, chữ đệm, tên', dataName: 'citizenHoVaTen_NgdcKS' });
    expect(child).toMatchObject({ strategy: 'data-name', failed: [] });
    expect(child?.element.getAttribute('data-name')).toMatch(/^citizenHoVaTen_NgdcKS__/);
    expect(
      resolveTarget(doc, {
        label: 'Ngày, tháng, năm sinh',
        dataName: 'citizenNgaythangnamsinh_NgdcKS',
      })?.element.getAttribute('data-name'),
    ).toMatch(/^citizenNgaythangnamsinh_NgdcKS__/);
    // The question renamed by a new template: the title alone would find the applicant's locked field, so nothing
    // is outlined (the step falls back to its text) rather than the wrong field.
    expect(resolveTarget(doc, { label: 'Họ, chữ đệm, tên', dataName: 'citizenHoTen_NgdcKS' })).toBeNull();
    // A label, role or selector given with a question name only counts within that question.
    expect(resolveTarget(doc, { dataName: 'citizenKhong', role: 'textbox', css: 'input' })).toBeNull();
    expect(resolveTarget(doc, { label: 'Họ, chữ đệm, tên' })?.element.getAttribute('data-name')).toMatch(
      /^citizenNguoiNop_HoVaTen__/,
    );
  });

  it('maps a <label> to its control', () => {
    const doc = page(
      '<label for="x">Mật khẩu</label><input id="x" type="password"><label>Số định danh <input id="y"></label>',
    );
    expect(resolveTarget(doc, { label: 'mat khau' })?.element.id).toBe('x');
    expect(resolveTarget(doc, { label: 'Số định danh' })?.element.id).toBe('y');
  });

  it('prefers an exact text over a longer one, and takes the button around the text', () => {
    const doc = page(
      '<button id="save"><span>Lưu và nộp hồ sơ</span></button><button id="submit"><span>Nộp hồ sơ</span></button>',
    );
    expect(resolveTarget(doc, { label: 'Nộp hồ sơ' })?.element.id).toBe('submit');
  });

  it('skips hidden copies and picks the visible element', () => {
    const doc = page(`
      <div style="display:none"><div data-name="citizenNDK_HoVaTen__1" id="hidden"></div></div>
      <div data-name="citizenNDK_HoVaTen__2" id="shown"></div>
      <div data-name="citizenNDK_HoVaTenCha__2" id="father"></div>`);
    const found = resolveTarget(doc, { dataName: 'citizenNDK_HoVaTen' });
    expect(found).toMatchObject({ strategy: 'data-name' });
    expect(found?.element.id).toBe('shown');
  });

  it('matches role and accessible name (aria-label, title, text), and reports the strategies that failed first', () => {
    const doc = page(
      '<table><tr><td>Giấy chứng sinh</td><td><button title="Tải lên file" id="up"><span aria-hidden="true">⬆</span></button></td></tr></table>',
    );
    const found = resolveTarget(doc, { label: 'Không có nhãn này', role: 'button', name: 'Tải lên file' });
    expect(found?.element.id).toBe('up');
    expect(found?.strategy).toBe('role');
    expect(found?.failed).toEqual(['label']);
  });

  it('uses `near` for the one card that holds a text: the office the clerk chose, never a guess', () => {
    // As on the portal's service list: a department's card comes before the ward's.
    const doc = page(`
      <form><h4>Chọn cơ quan thực hiện</h4><button aria-haspopup="listbox">Phường Vĩnh Phước</button></form>
      <div class="list">
        <div class="card"><p>Cơ quan thực hiện: Sở Tư pháp Thành phố Cần Thơ</p><button id="dept">Nộp trực tuyến</button></div>
        <div class="card"><p>Cơ quan thực hiện: Ủy ban nhân dân Phường Vĩnh Phước</p><button id="ward">Nộp trực tuyến</button></div>
      </div>`);
    const card = { label: 'Nộp trực tuyến', role: 'button', name: 'Nộp trực tuyến', near: '{agency}' } as const;
    expect(resolveTarget(doc, card, { agency: () => 'Phường Vĩnh Phước' })?.element.id).toBe('ward');
    expect(resolveTarget(doc, { ...card, near: '{unit}' }, { unit: 'Phường Vĩnh Phước' })?.element.id).toBe('ward');
    // Without the office, nothing is outlined: the first card (the department's) would send the dossier astray.
    expect(resolveTarget(doc, card)).toBeNull();
    expect(resolveTarget(doc, card, { agency: () => undefined, unit: 'Phường Vĩnh Phước' })).toBeNull();
    // An office with no card of its own: the department's card, whose nearest holder of the name is the whole
    // page, does not qualify.
    expect(resolveTarget(doc, card, { agency: () => 'Phường Khánh Hòa' })).toBeNull();
    expect(resolveTarget(doc, { label: '{unit}', css: '#ward' })).toMatchObject({ strategy: 'css', failed: ['label'] });
  });

  it('outlines nothing when two cards hold the office, and matches whole words only', () => {
    const doc = page(`
      <div class="card"><p>Cơ quan thực hiện: UBND Phường Vĩnh Phước</p><button id="a">Nộp trực tuyến</button></div>
      <div class="card"><p>Cơ quan thực hiện: UBND phường Vĩnh Phước (bộ phận một cửa)</p><button id="b">Nộp trực tuyến</button></div>
      <div class="card"><p>Cơ quan thực hiện: UBND Phường 10</p><button id="c">Nộp trực tuyến</button></div>`);
    const card = { role: 'button', name: 'Nộp trực tuyến', near: '{agency}' } as const;
    expect(resolveTarget(doc, card, { agency: () => 'Phường Vĩnh Phước' })).toBeNull();
    expect(resolveTarget(doc, card, { agency: () => 'Phường 1' })).toBeNull();
    expect(resolveTarget(doc, card, { agency: () => 'Phường 10' })?.element.id).toBe('c');
  });

  it('with `pending: "file"`, takes only an upload row whose file name has not appeared yet', () => {
    const doc = page(`<table><tbody>
      <tr><td>Giấy chứng sinh; trường hợp không có Giấy chứng sinh…</td><td class="f"></td><td><button title="Tải lên file" id="a"><span aria-hidden="true">⬆</span></button></td></tr>
      <tr><td>Giấy tờ chứng minh nơi cư trú</td><td class="f"></td><td><button title="Tải lên file" id="b"><span aria-hidden="true">⬆</span></button></td></tr>
    </tbody></table>`);
    const row = { role: 'button', name: 'Tải lên file', near: 'Giấy chứng sinh', pending: 'file' } as const;
    const any = { role: 'button', name: 'Tải lên file', pending: 'file' } as const;
    expect(resolveTarget(doc, row)?.element.id).toBe('a');
    expect(resolveTarget(doc, any)?.element.id).toBe('a');
    doc.querySelector('.f')!.textContent = 'giay-chung-sinh.pdf';
    // Done: the birth certificate's row is no target any more, and the other row is not taken for it.
    expect(resolveTarget(doc, row)).toBeNull();
    expect(resolveTarget(doc, any)?.element.id).toBe('b');
    doc.querySelectorAll('.f')[1]!.textContent = 'Xem  scan 01.JPEG';
    expect(resolveTarget(doc, any)).toBeNull();
  });

  it('the province step outlines nothing once its combo turned into an input with a clear (×), never the ward’s', async () => {
    const { guideById } = await import('./guides/index.js');
    const target = guideById('khai-sinh')!.steps.find((s) => s.id === 'chon-tinh')!.target!;
    const doc = page(`<form><h4>Chọn cơ quan thực hiện</h4>
      <div><button type="button" aria-haspopup="listbox" aria-expanded="false" id="p"><span>-- Chọn Tỉnh/ Thành phố --</span></button></div>
      <div><button type="button" aria-haspopup="listbox" aria-expanded="false" id="w"><span>-- Chọn Phường/ Xã --</span></button></div></form>`);
    expect(resolveTarget(doc, target)?.element.id).toBe('p');
    doc.getElementById('p')!.outerHTML =
      '<input type="text" readonly value="Thành phố Cần Thơ"><button type="button" aria-label="Xóa lựa chọn">×</button>';
    expect(resolveTarget(doc, target)).toBeNull();
  });

  it('with `pending: "required"`, takes the first required question still unanswered, however it is marked required', () => {
    const doc = page(`
      <div class="sd-question sd-question--readonly" data-name="citizenNguoiYeuCau_HoVaTen__1"><h5 class="sd-title">Họ, chữ đệm, tên<span class="sd-question__required-text">*</span></h5><input class="sd-input" readonly aria-required="true" value="NGUYỄN VĂN A"></div>
      <div class="sd-question" data-name="citizenGhiChu__1"><h5 class="sd-title">Ghi chú</h5><input class="sd-input" placeholder=""></div>
      <div class="sd-question" data-name="citizenLoaiDangKy__1"><h5 class="sd-title">Loại đăng ký</h5><div class="sd-dropdown sd-dropdown--empty"><div class="sd-dropdown__value"><input class="sd-dropdown__filter-string-input" role="combobox" aria-required="true" readonly></div></div></div>
      <div class="sd-question" data-name="citizenQuequannks__1"><h5 class="sd-title">Quê quán *</h5><input class="sd-input" placeholder=""></div>`);
    const catchAll = { css: '[data-name]', pending: 'required' } as const;
    expect(resolveTarget(doc, catchAll)?.element.getAttribute('data-name')).toMatch(/^citizenLoaiDangKy__/);
    const box = doc.querySelector('.sd-dropdown')!;
    box.classList.remove('sd-dropdown--empty');
    box
      .querySelector('.sd-dropdown__value')!
      .insertAdjacentHTML('afterbegin', '<span class="sv-string-viewer">Đăng ký đúng hạn</span>');
    // Required by the "*" of its title alone.
    expect(resolveTarget(doc, catchAll)?.element.getAttribute('data-name')).toMatch(/^citizenQuequannks__/);
    doc.querySelector<HTMLInputElement>('[data-name^="citizenQuequannks"] input')!.value = 'Vĩnh Châu';
    expect(resolveTarget(doc, catchAll)).toBeNull();
  });

  it('outlines the custom dropdown a caption names, not the caption, and not a dropdown of another caption', () => {
    // As PORTAL.md describes "Hình thức nhận kết quả": a caption, then the portal's own dropdown outside SurveyJS.
    const doc = page(`
      <div><div>Loại chỗ ở</div><div class="cc-select-wrapper" id="other">-- Chọn --</div></div>
      <div><div class="result-label">Hình thức nhận kết quả</div>
        <div class="cc-select-wrapper" id="result" role="button"><span class="cc-select-selected-label">Trả kết quả tại bộ phận tiếp nhận và trả kết quả</span></div></div>`);
    const found = resolveTarget(doc, { label: 'Hình thức nhận kết quả', css: '.cc-select-wrapper' });
    expect(found).toMatchObject({ strategy: 'label', failed: [] });
    expect(found?.element.id).toBe('result');
    // Without a selector to pair with, the caption itself is what the label finds.
    expect(resolveTarget(doc, { label: 'Hình thức nhận kết quả' })?.element.className).toBe('result-label');
  });

  it('falls back to CSS last and survives a bad selector', () => {
    const doc = page('<div class="cc-select-wrapper" id="w"></div>');
    expect(resolveTarget(doc, { label: 'Không thấy', css: '.cc-select-wrapper' })?.strategy).toBe('css');
    expect(resolveTarget(doc, { css: '[[[' })).toBeNull();
  });

  it('waits for late elements with a MutationObserver, and gives up after the timeout', async () => {
    const doc = page('<div id="root"></div>');
    const later = waitForTarget(doc, { role: 'button', name: 'Đồng ý' }, { timeoutMs: 2000 });
    setTimeout(() => {
      const b = doc.createElement('button');
      b.textContent = 'Đồng ý';
      doc.getElementById('root')!.append(b);
    }, 50);
    expect((await later)?.element.textContent).toBe('Đồng ý');
    expect(await waitForTarget(doc, { label: 'Không bao giờ' }, { timeoutMs: 120 })).toBeNull();
  });

  it('never takes its own overlay as a target', () => {
    const doc = page('<div data-papi-overlay><button>Nộp hồ sơ</button></div>');
    expect(resolveTarget(doc, { label: 'Nộp hồ sơ' })).toBeNull();
  });
});
