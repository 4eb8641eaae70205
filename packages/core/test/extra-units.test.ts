import { describe, expect, it } from 'vitest';
import { formatExtraUnitsIssue, validateExtraUnits, validateExtraUnitsJson } from '../src/units/extra.js';
import { isUnitIdFormat } from '../src/units/registry.js';
import { validateFeedback } from '../src/feedback/record.js';
import { validateReport } from '../src/report/record.js';

const messages = (input: unknown, locale: 'vi' | 'en' | 'km' = 'en'): string[] => {
  const v = validateExtraUnits(input);
  return v.ok ? [] : v.issues.map((i) => formatExtraUnitsIssue(i, locale));
};

describe('a list of units added to the registry (PAPI_UNITS)', () => {
  it('accepts units of another town, plain or in three languages, with a parent from the registry or the list', () => {
    const units = [
      { id: 'phuong-an-binh', name: 'Phường An Bình', parent: 'ubnd-thanh-pho-can-tho' },
      { id: 'khom-1-an-binh', name: { vi: 'Khóm 1', en: 'Hamlet 1', km: 'ភូមិ 1' }, parent: 'phuong-an-binh' },
      { id: 'xa-thoi-lai-2025', name: 'Xã Thới Lai' },
    ];
    const v = validateExtraUnits(units);
    expect(v).toEqual({ ok: true, units, issues: [] });
    expect(validateExtraUnits([])).toEqual({ ok: true, units: [], issues: [] });
  });

  it('names the entry of every problem: its number, its id and what is wrong', () => {
    expect(
      messages([
        { id: 'phuong-an-binh', name: 'Phường An Bình' },
        { id: 'Phuong An Binh', name: 'Phường An Bình' },
        { id: 'xa-truong-long', name: '' },
        { id: 'phuong-an-binh', name: 'Phường An Bình (lần 2)' },
        { id: 'xa-lai-hoa-2025', name: 'Xã Lai Hòa' },
        { name: 'Xã không mã' },
        { id: 'xa-tan-phu', name: 'Xã Tân Phú', parent: 'huyen-khong-co' },
        { id: 'xa-a', name: 'A', parent: 'xa-b' },
        { id: 'xa-b', name: 'B', parent: 'xa-a' },
        { id: 'xa-c', name: 'C', parent: 'xa-c' },
        { id: 'xa-d', name: 'D', kind: 'commune' },
        'xa-e',
      ]),
    ).toEqual([
      'entry 2 (id "Phuong An Binh"): [1].id: "Phuong An Binh" has the wrong format (use only a-z, 0-9, -)',
      'entry 3 (id "xa-truong-long"): [2].name: must not be empty',
      'entry 6: [5].id: is required',
      'entry 11 (id "xa-d"): [10].kind: field "kind" is not supported (misspelt?)',
      'entry 12: [11]: must be an object, but is a string',
      'entry 4 (id "phuong-an-binh"): [3].id: id "phuong-an-binh" repeats [0]',
      'entry 5 (id "xa-lai-hoa-2025"): [4].id: unit "xa-lai-hoa-2025" is already in the units registry: leave this entry out, or give the new unit an id of its own',
      'entry 7 (id "xa-tan-phu"): [6].parent: unknown unit "huyen-khong-co"',
      'entry 8 (id "xa-a"): [7].parent: the parent "xa-b" leads back to this unit',
      'entry 9 (id "xa-b"): [8].parent: the parent "xa-a" leads back to this unit',
      'entry 10 (id "xa-c"): [9].parent: the parent "xa-c" leads back to this unit',
    ]);
  });

  it('says what is wrong with the whole file, in Vietnamese too', () => {
    expect(messages({ units: [] })).toEqual(['must be a list, but is an object']);
    expect(messages([{ id: 'xa-lai-hoa-2025', name: 'Xã Lai Hòa' }], 'vi')).toEqual([
      'mục thứ 1 (mã "xa-lai-hoa-2025"): [0].id: đơn vị "xa-lai-hoa-2025" đã có trong danh mục đơn vị: hãy bỏ mục này, hoặc đặt cho đơn vị mới một mã riêng',
    ]);
    // Like the validator's other messages, for those who write the file: Khmer readers get the Vietnamese.
    expect(messages([{ id: 'xa-lai-hoa-2025', name: 'Xã Lai Hòa' }], 'km')).toEqual(
      messages([{ id: 'xa-lai-hoa-2025', name: 'Xã Lai Hòa' }], 'vi'),
    );
    const bad = validateExtraUnitsJson('[{"id": "xa-a",}]');
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]?.code).toBe('invalid-json');
  });

  it('tells a malformed id from a well-formed one the registry does not know', () => {
    expect(isUnitIdFormat('xa-truong-long-2025')).toBe(true);
    for (const id of ['Xa-Truong-Long', 'xa truong long', 'xã-trường-long', '-xa', 'xa--a', 'x'.repeat(65), ''])
      expect(isUnitIdFormat(id), id).toBe(false);
  });
});

describe('the unit of a feedback record or a report', () => {
  const feedback = (unit: string) => ({
    id: '5b0b7c0e-0a4e-4c36-9b7c-1f2a3b4c5d6e',
    unit,
    rating: 4,
    lang: 'vi',
    createdAt: '2026-11-27T09:00:00+07:00',
  });
  it('is checked for its form before it is looked up', () => {
    const malformed = validateFeedback(feedback('Xã Trường Long'));
    expect(malformed.ok ? [] : malformed.issues.map((i) => i.code)).toEqual(['invalid-format']);
    const unknown = validateFeedback(feedback('xa-truong-long'));
    expect(unknown.ok ? [] : unknown.issues.map((i) => i.code)).toEqual(['unknown-unit']);
    expect(validateFeedback(feedback('xa-truong-long'), { units: new Set(['xa-truong-long']) }).ok).toBe(true);
    const report = {
      id: '5b0b7c0e-0a4e-4c36-9b7c-1f2a3b4c5d6e',
      planId: 'ke-hoach-papi-2026',
      unit: 'XA-1',
      period: '2026-H2',
      tasks: [{ taskId: '1.1', status: 'done' }],
      submittedAt: '2026-11-27T09:00:00+07:00',
    };
    const r = validateReport(report, { units: new Set(['XA-1']) });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['invalid-format']);
  });
});
