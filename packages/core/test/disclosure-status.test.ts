import { describe, expect, it } from 'vitest';
import { disclosureStatus, formatIssue, translate } from '../src/index.js';

const status = (posted: string, today: string, removed?: string, days = 30) => {
  const r = disclosureStatus({ days, posted, removed, today });
  if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i, 'en')).join('; '));
  return r.status;
};

describe('disclosureStatus', () => {
  it('is scheduled before the posting day', () => {
    expect(status('2026-12-01', '2026-11-27')).toEqual({ kind: 'scheduled', startsIn: 4, of: 30 });
  });

  it('counts the posting day as day 1', () => {
    expect(status('2026-11-27', '2026-11-27')).toEqual({ kind: 'on-display', day: 1, of: 30, daysLeft: 29 });
    expect(status('2026-11-16', '2026-11-27')).toMatchObject({ kind: 'on-display', day: 12 });
    expect(status('2026-10-29', '2026-11-27')).toMatchObject({ kind: 'on-display', day: 30, daysLeft: 0 });
  });

  it('is completed after the full period, whether or not it is still up', () => {
    expect(status('2026-10-28', '2026-11-27')).toEqual({
      kind: 'completed',
      of: 30,
      daysPosted: 31,
      stillPosted: true,
    });
    expect(status('2026-10-01', '2026-11-27', '2026-10-31')).toEqual({
      kind: 'completed',
      of: 30,
      daysPosted: 30,
      stillPosted: false,
    });
  });

  it('is taken down early when removed before the period ends', () => {
    expect(status('2026-10-01', '2026-11-27', '2026-10-30')).toEqual({
      kind: 'taken-down-early',
      of: 30,
      daysPosted: 29,
      daysMissing: 1,
    });
  });

  it('ignores a removal date that lies in the future', () => {
    expect(status('2026-11-20', '2026-11-27', '2026-12-31')).toMatchObject({ kind: 'on-display', day: 8 });
  });

  it('crosses month and leap-year boundaries by calendar days', () => {
    expect(status('2024-02-28', '2024-03-01', undefined, 3)).toMatchObject({ kind: 'on-display', day: 3 });
    expect(status('2023-02-28', '2023-03-01', undefined, 3)).toMatchObject({ kind: 'on-display', day: 2 });
  });

  it('explains impossible input instead of guessing', () => {
    const r = disclosureStatus({ days: 0, posted: '2026-13-01', removed: 'hôm qua', today: '2026-11-27' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => formatIssue(i, 'en'))).toEqual([
        'days: value 0 is outside 1–3650',
        'posted: "2026-13-01" is not a valid date (YYYY-MM-DD)',
        'removed: "hôm qua" is not a valid date (YYYY-MM-DD)',
      ]);
    }
    const order = disclosureStatus({ days: 30, posted: '2026-11-10', removed: '2026-11-01', today: '2026-11-27' });
    expect(order.ok ? [] : order.issues.map((i) => formatIssue(i, 'vi'))).toEqual([
      'removed: ngày 2026-11-01 phải sau ngày 2026-11-10',
    ]);
  });

  it('reads as the badge shows it', () => {
    const s = status('2026-11-16', '2026-11-27');
    expect(translate('vi', `disclosure.${s.kind}`, s as never)).toBe('Đang niêm yết — ngày 12/30');
    expect(translate('en', `disclosure.${s.kind}`, s as never)).toBe('On display — day 12 of 30');
  });
});
