import { afterEach, describe, expect, it } from 'vitest';
import { resolveTarget } from '../locator.js';
import { draftStep } from './draft-step.js';
import { proposeTarget } from './propose.js';

const URL = 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=8812345';

const page = (html: string): Document => {
  document.body.innerHTML = html; // test fixture markup, not page data
  return document;
};
afterEach(() => {
  document.body.innerHTML = '';
});

/** Two questions with the same title, as the portal has (the applicant's, read-only, then the child's). */
const FORM = `
  <div class="sd-question" data-name="citizenNguoiNop_HoVaTen__1761724625529">
    <h5 class="sd-title"><span class="sv-string-viewer">Họ, chữ đệm, tên</span></h5>
    <input class="sd-input" readonly value="NGUYỄN VĂN AN">
  </div>
  <div class="sd-question" data-name="citizenHoVaTen_NgdcKS__1761724625529">
    <h5 class="sd-title"><span class="sv-string-viewer">Họ, chữ đệm, tên</span><span> *</span></h5>
    <input class="sd-input" id="child-name">
  </div>
  <div class="sd-question" data-name="citizenGioitinh_NgdcKS__1761724625529">
    <h5 class="sd-title"><span class="sv-string-viewer">Giới tính</span></h5>
    <div class="sd-dropdown" role="combobox" aria-label="Giới tính">
      <div class="sd-dropdown__value"><span class="sv-string-viewer">Nữ giới</span>
        <input class="sd-dropdown__filter-string-input"></div>
      <div class="sv-popup"><ul class="sv-list">
        <li class="sv-list__item" role="option" aria-selected="false"><span>Nam giới</span></li>
        <li class="sv-list__item" role="option" aria-selected="true"><span>Nữ giới</span></li>
      </ul></div>
    </div>
  </div>
  <label for="sel">Dân tộc</label>
  <select id="sel"><option value="01">Kinh</option><option value="05" selected>Khơ-me</option></select>
  <button type="button" class="btn btn-primary jsx-3812">Lưu và tiếp tục</button>`;

describe('proposeTarget', () => {
  it('proposes a SurveyJS question by its name prefix first, and checks it finds that question again', () => {
    const doc = page(FORM);
    const input = doc.querySelector('#child-name')!;
    const p = proposeTarget(input)!;
    const question = doc.querySelector('[data-name^="citizenHoVaTen_NgdcKS"]');
    expect(p.element).toBe(question);
    expect(p.target.dataName).toBe('citizenHoVaTen_NgdcKS');
    expect(p.alternatives[0]).toEqual({ strategy: 'data-name', target: { dataName: 'citizenHoVaTen_NgdcKS' } });
    expect(resolveTarget(doc, p.target)?.element).toBe(question);
    // The title alone finds the applicant's question first: not offered as an alternative on its own.
    expect(p.alternatives.some((a) => a.strategy === 'label')).toBe(false);
  });

  it('proposes a button by label and role and name, and CSS only as an alternative', () => {
    const doc = page(FORM);
    const button = doc.querySelector('button')!;
    const p = proposeTarget(button.appendChild(doc.createElement('span')))!;
    expect(p.element).toBe(button);
    expect(p.target).toEqual({ label: 'Lưu và tiếp tục', role: 'button', name: 'Lưu và tiếp tục' });
    expect(p.alternatives.map((a) => a.strategy)).toEqual(['label', 'role', 'css']);
    // The build's made-up class is left out of the selector.
    expect(p.alternatives[2]!.target.css).toBe('button.btn.btn-primary');
    for (const a of p.alternatives) expect(resolveTarget(doc, a.target)?.element).toBe(button);
  });

  it('falls back to CSS only when nothing sturdier finds the element, and leaves out ids the build makes up', () => {
    const doc = page(`
      <button type="button" class="btn-icon" id="ctl00_x123"><i class="icon-search"></i></button>
      <button type="button" class="btn-icon" id="btn-menu"><i class="icon-menu"></i></button>`);
    const [search, menu] = Array.from(doc.querySelectorAll('button'));
    expect(proposeTarget(search!)).toMatchObject({ target: { css: 'button.btn-icon' } });
    expect(proposeTarget(menu!)).toMatchObject({ target: { css: '#btn-menu' } });
    // A stable id comes before classes (which here would find the first button).
    expect(proposeTarget(menu!)!.alternatives).toEqual([{ strategy: 'css', target: { css: '#btn-menu' } }]);
  });

  it('never proposes a dossier code or a number the page shows as a label', () => {
    const doc = page(`
      <table><tr><td><a href="/chi-tiet" class="code-link">000.00.30.H51-260127-0001</a></td></tr></table>
      <button type="button">Gọi 0912 345 678</button>`);
    const code = proposeTarget(doc.querySelector('a')!)!;
    expect(code.target).toEqual({ css: 'a.code-link' });
    expect(JSON.stringify(code)).not.toContain('260127');
    expect(JSON.stringify(proposeTarget(doc.querySelector('button')!) ?? null)).not.toContain('345');
  });

  it('proposes nothing for our own overlay', () => {
    const doc = page(`<div data-papi-overlay><button>Tôi đã làm</button></div>`);
    expect(proposeTarget(doc.querySelector('button')!)).toBeUndefined();
  });
});

describe('draftStep', () => {
  it('a click: the click condition, the URL pattern and empty texts in vi, en and km', () => {
    const doc = page(FORM);
    const step = draftStep({ kind: 'click', element: doc.querySelector('button')!, url: URL })!;
    expect(step).toMatchObject({
      url: ['dichvucong.gov.vn/nop-ho-so?formalityCaseId'],
      advance: { kind: 'click' },
      title: { vi: '', en: '', km: '' },
      tip: { vi: '', en: '', km: '' },
      instructions: { vi: '', en: '', km: '' },
      strategy: 'label',
    });
  });

  it('a focused field: filled, on its question', () => {
    const doc = page(FORM);
    const step = draftStep({ kind: 'focus', element: doc.querySelector('#child-name')!, url: URL })!;
    expect(step.advance).toEqual({ kind: 'filled' });
    expect(step.target?.dataName).toBe('citizenHoVaTen_NgdcKS');
  });

  it('a choice in a SurveyJS dropdown: filled on the question, not the item chosen', () => {
    const doc = page(FORM);
    const item = doc.querySelectorAll('.sv-list__item')[1]!;
    const step = draftStep({ kind: 'choice', element: item, url: URL })!;
    expect(step.advance).toEqual({ kind: 'filled' });
    expect(step.target).toEqual({ dataName: 'citizenGioitinh_NgdcKS', label: 'Giới tính' });
  });

  it('a choice in a list drawn apart from its question goes to the question last used', () => {
    const doc = page(`${FORM}<div class="sv-popup"><div class="sv-list__item" role="option">Nam giới</div></div>`);
    const owner = doc.querySelector('[data-name^="citizenGioitinh"]')!;
    const step = draftStep({
      kind: 'choice',
      element: doc.querySelector('body > .sv-popup [role=option]')!,
      url: URL,
      owner,
    })!;
    expect(step.target?.dataName).toBe('citizenGioitinh_NgdcKS');
    expect(
      draftStep({ kind: 'choice', element: doc.querySelector('body > .sv-popup [role=option]')!, url: URL }),
    ).toBeUndefined();
  });

  it('a choice in a select: filled on the select, by its label', () => {
    const doc = page(FORM);
    const step = draftStep({ kind: 'choice', element: doc.querySelector('#sel')!, url: URL })!;
    expect(step.advance).toEqual({ kind: 'filled' });
    expect(step.target).toMatchObject({ label: 'Dân tộc', role: 'combobox', name: 'Dân tộc' });
  });

  it('never holds what was typed, chosen or shown in a field', () => {
    // Values that would be the likeliest to slip in: a typed name, the dropdown's chosen text, a select's choice,
    // a field whose label is absent so that only its content could name it.
    const doc = page(`${FORM}
      <div class="box"><input id="bare" value="TRẦN THỊ BÌNH"></div>
      <div role="combobox" class="cc-select">Phường Vĩnh Phước</div>
      <div contenteditable="true" class="note">079123456789</div>`);
    (doc.querySelector('#child-name') as HTMLInputElement).value = 'LÊ MINH CHÂU';
    const secrets = [
      'LÊ MINH CHÂU',
      'NGUYỄN VĂN AN',
      'Nữ giới',
      'Nam giới',
      'Khơ-me',
      '05',
      'TRẦN THỊ BÌNH',
      'Vĩnh Phước',
      '079123456789',
      '8812345',
    ];
    const events = [
      { kind: 'focus' as const, element: doc.querySelector('#child-name')! },
      { kind: 'focus' as const, element: doc.querySelector('[data-name^="citizenNguoiNop"] input')! },
      { kind: 'choice' as const, element: doc.querySelectorAll('.sv-list__item')[1]! },
      { kind: 'choice' as const, element: doc.querySelector('.sv-list__item span')! },
      { kind: 'click' as const, element: doc.querySelector('.sd-dropdown__value .sv-string-viewer')! },
      { kind: 'choice' as const, element: doc.querySelector('#sel')! },
      { kind: 'focus' as const, element: doc.querySelector('#bare')! },
      { kind: 'click' as const, element: doc.querySelector('.cc-select')! },
      { kind: 'focus' as const, element: doc.querySelector('.note')! },
    ];
    let drafted = 0;
    for (const e of events) {
      const step = draftStep({ ...e, url: URL });
      if (!step) continue;
      drafted++;
      // The key is the panel's own (from the clock and a counter), never the page's: it may hold "05" by chance.
      const { key: _key, ...fromPage } = step;
      const json = JSON.stringify(fromPage).normalize('NFC').toLowerCase();
      for (const s of secrets)
        expect(json, `${e.kind} on ${e.element.outerHTML.slice(0, 60)}`).not.toContain(s.toLowerCase());
    }
    expect(drafted).toBeGreaterThanOrEqual(6);
  });
});
