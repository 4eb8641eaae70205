import { describe, expect, it } from 'vitest';
import { chosenWardOnPage, pressedOption, wardName } from './agency.js';

const page = (html: string): Document => {
  document.body.innerHTML = html; // test fixture markup, not page data
  return document;
};

describe('the office the clerk chose', () => {
  it('takes ward and commune names only, as the portal writes them', () => {
    expect(wardName('  Phường Vĩnh Phước ')).toBe('Phường Vĩnh Phước');
    expect(wardName('Xã Vĩnh Hải')).toBe('Xã Vĩnh Hải');
    expect(wardName('Thành phố Cần Thơ')).toBeUndefined();
    expect(wardName('-- Chọn Phường/ Xã --')).toBeUndefined();
    expect(wardName('x'.repeat(200))).toBeUndefined();
  });

  it('reads the ward shown by "Chọn cơ quan thực hiện": a combo button, or the input it turned into', () => {
    expect(
      chosenWardOnPage(
        page(`<form><h4>Chọn cơ quan thực hiện</h4>
      <button aria-haspopup="listbox">Thành phố Cần Thơ</button><button aria-haspopup="listbox">-- Chọn Phường/ Xã --</button></form>`),
      ),
    ).toBeUndefined();
    expect(
      chosenWardOnPage(
        page(`<form><h4>Chọn cơ quan thực hiện</h4>
      <button aria-haspopup="listbox"><span>Thành phố Cần Thơ</span></button><button aria-haspopup="listbox"><span>Xã Lai Hòa</span></button></form>`),
      ),
    ).toBe('Xã Lai Hòa');
    const doc =
      page(`<aside><div><h4>Chọn cơ quan thực hiện</h4><div><input type="text" id="p" readonly><button aria-label="Xóa">×</button></div>
      <div><input id="w" readonly><button aria-label="Xóa">×</button></div></div></aside>`);
    (doc.getElementById('p') as HTMLInputElement).value = 'Thành phố Cần Thơ';
    (doc.getElementById('w') as HTMLInputElement).value = 'Phường Khánh Hòa';
    expect(chosenWardOnPage(doc)).toBe('Phường Khánh Hòa');
  });

  it('finds the option a press landed on, with or without role="option"', () => {
    const doc = page(
      '<ul role="listbox"><li role="option" id="a"><span>Phường Vĩnh Phước</span></li></ul><div><ul><li id="b">Xã Vĩnh Hải</li></ul></div><p id="c">Phường X</p>',
    );
    expect(pressedOption(doc.querySelector('#a span'))?.id).toBe('a');
    expect(pressedOption(doc.getElementById('b'))?.id).toBe('b');
    expect(pressedOption(doc.getElementById('c'))).toBeNull();
  });
});
