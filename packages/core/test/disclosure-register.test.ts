import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  missingMandatoryCategories,
  validateDisclosureRegister,
  validateDisclosureRegisterJson,
} from '../src/index.js';

const good = {
  unit: 'xa-lai-hoa-2025',
  period: { from: '2026-07-01', to: '2026-12-31' },
  entries: [
    {
      category: 'ho-ngheo',
      title: 'Danh sách hộ nghèo năm 2026',
      posted: '2026-11-16',
      href: '/van-ban/ho-ngheo.pdf',
      location: 'Trụ sở UBND xã',
    },
    {
      category: 'ngan-sach-xa',
      title: 'Dự toán ngân sách 2026',
      posted: '2026-01-05',
      removed: '2026-02-10',
      href: 'https://xalaihoa.cantho.gov.vn/ns.pdf',
    },
    { category: 'ngan-sach-xa', title: 'Thực hiện ngân sách 6 tháng', posted: '2026-07-15', days: 45 },
  ],
};

describe('validateDisclosureRegister', () => {
  it('accepts a well-formed register', () => {
    const r = validateDisclosureRegister(good);
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('reports every problem with its path', () => {
    const r = validateDisclosureRegister({
      unit: '',
      period: { from: '2026-12-31', to: '2026-07-01' },
      entries: [
        { category: 'khong-co', title: 'x', posted: '16/11/2026' },
        {
          category: 'ho-ngheo',
          title: 'y',
          posted: '2026-11-16',
          removed: '2026-11-01',
          href: 'javascript:alert(1)',
          extra: 1,
        },
      ],
    });
    expect(r.ok).toBe(false);
    const text = r.issues.map((i) => formatIssue(i, 'en'));
    expect(text).toEqual(
      expect.arrayContaining([
        'unit: must not be empty',
        expect.stringMatching(/^period\.to: /),
        expect.stringMatching(/^entries\[0\]\.category: "khong-co"/),
        expect.stringMatching(/^entries\[0\]\.posted: "16\/11\/2026" is not a valid date/),
        expect.stringMatching(/^entries\[1\]\.href: "javascript:alert\(1\)"/),
        expect.stringMatching(/^entries\[1\]\.extra: /),
        expect.stringMatching(/^entries\[1\]\.removed: /),
      ]),
    );
    expect(r.issues.map((i) => formatIssue(i, 'vi')).join('\n')).toContain(
      'entries[0].posted: "16/11/2026" không phải ngày hợp lệ',
    );
  });

  it('refuses protocol-relative and other-scheme links but accepts site paths', () => {
    for (const href of ['//evil.example/x', 'data:text/html,x', ' https://a.vn']) {
      expect(validateDisclosureRegister({ ...good, entries: [{ ...good.entries[0], href }] }).ok, href).toBe(false);
    }
    expect(validateDisclosureRegister({ ...good, entries: [{ ...good.entries[0], href: '/a/b.pdf?x=1' }] }).ok).toBe(
      true,
    );
  });

  it('reports bad JSON as an issue', () => {
    const r = validateDisclosureRegisterJson('{');
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.code).toBe('invalid-json');
  });
});

describe('missingMandatoryCategories', () => {
  it('lists every mandatory category with nothing up during the period', () => {
    const r = validateDisclosureRegister(good);
    if (!r.ok) throw new Error('invalid');
    // The budget estimate came down before the period, but the six-month report is in it.
    expect(missingMandatoryCategories(r.register)).toEqual([
      'ke-hoach-kinh-te-xa-hoi',
      'du-an-dau-tu-quy-hoach',
      'quy-hoach-su-dung-dat',
      'boi-thuong-thu-hoi-dat',
    ]);
    expect(missingMandatoryCategories({ ...r.register, entries: [] })).toHaveLength(6);
  });
});
