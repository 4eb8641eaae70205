import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  KHMER_REVIEW,
  fallsBack,
  formatDate,
  formatDateTime,
  interpolate,
  localize,
  resolveLocale,
  todayIso,
  translate,
} from '../src/index.js';
import { isIsoDate, isIsoDateTime, addDays, daysBetween } from '../src/index.js';

const { vi, en } = CATALOGUES;

describe('message catalogues', () => {
  it('has an English text for every Vietnamese key', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [k, v] of Object.entries(en)) expect(v, k).not.toBe('');
  });

  it('has Khmer for every resident-facing status, and falls back to Vietnamese for the rest', () => {
    for (const key of [
      'status.done',
      'status.in-progress',
      'status.not-started',
      'task.overdue',
      'disclosure.on-display',
      'disclosure.missing',
    ] as const) {
      expect(fallsBack('km', key), key).toBe(false);
    }
    expect(fallsBack('km', 'issue.unknown-unit')).toBe(true);
    expect(translate('km', 'issue.unknown-unit', { value: 'x' })).toBe(
      translate('vi', 'issue.unknown-unit', { value: 'x' }),
    );
    expect(KHMER_REVIEW.status).toBe('needs-review');
    expect(Object.keys(CATALOGUES)).toEqual(['vi', 'en', 'km']);
  });

  it('fills placeholders and formats numbers the vi-VN way', () => {
    expect(translate('vi', 'progress.count', { done: 3, total: 12 })).toBe('3/12 nhiệm vụ hoàn thành');
    expect(translate('vi', 'progress.count', { done: 12345, total: 20000 })).toBe('12.345/20.000 nhiệm vụ hoàn thành');
    expect(translate('en', 'progress.count', { done: 12345, total: 20000 })).toBe('12,345/20,000 tasks done');
    expect(translate('vi', 'progress.count', { done: 3 })).toBe('3/{total} nhiệm vụ hoàn thành');
  });

  it('formats dates day first (dd/mm/yyyy), with the month in words in English', () => {
    expect(formatDate('2023-12-31', 'vi')).toBe('31/12/2023');
    expect(formatDate('2023-01-05', 'en')).toBe('5 January 2023');
    expect(formatDate('2025-07-01', 'en')).toBe('1 July 2025');
    expect(formatDate('2026-07-01', 'km')).toBe('01/07/2026');
  });

  it('formats a moment as 24-hour time and date in the town’s time zone', () => {
    const at = Date.UTC(2026, 10, 27, 7, 5); // 14:05 in Vĩnh Châu (UTC+7)
    expect(formatDateTime(at, 'vi')).toBe('14:05 27/11/2026');
    expect(formatDateTime(at, 'en')).toBe('14:05 27 November 2026');
    expect(formatDateTime(Date.UTC(2026, 10, 27, 17, 30), 'km')).toBe('00:30 28/11/2026');
  });

  it('gives the date in a time zone exactly as ICU does, across daylight-saving changes and odd offsets', () => {
    const zones = ['Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe'];
    const from = Date.UTC(2024, 0, 1);
    const wrong: string[] = [];
    for (const timeZone of zones) {
      const icu = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      // Every 37 minutes and 11 seconds over two years: every quarter hour's start, end and middle get tried somewhere.
      // (One expect at the end: 100,000 expect calls are what made this slow, not the dates.)
      for (let ms = from; ms < from + 2 * 366 * 86_400_000; ms += 2_231_000) {
        const ours = todayIso(new Date(ms), timeZone);
        if (ours !== icu.format(ms) && wrong.length < 5)
          wrong.push(`${timeZone} ${new Date(ms).toISOString()}: ${ours}, ICU ${icu.format(ms)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(todayIso(new Date(Date.UTC(1999, 11, 31, 17, 0, 0)))).toBe('2000-01-01'); // outside the cached span: ICU
  }, 30_000); // ICU's own formatting of 100,000 instants is the cost: seconds on a busy 2-core machine

  it('chooses the English singular or plural by the count, and leaves Vietnamese as it is', () => {
    expect(translate('en', 'progress.count', { done: 1, total: 1 })).toBe('1/1 task done');
    expect(translate('en', 'progress.count', { done: 0, total: 1200 })).toBe('0/1,200 tasks done');
    expect(translate('vi', 'progress.count', { done: 1, total: 1 })).toBe('1/1 nhiệm vụ hoàn thành');
    expect(interpolate('{n, plural, one {# item} other {# items}}', 'en', { n: '2–3' })).toBe('2–3 items');
    expect(interpolate('{n, plural, one {# item} other {# items}}', 'en', {})).toBe(
      '{n, plural, one {# item} other {# items}}',
    );
  });
});

describe('locales', () => {
  it('resolves language tags, defaulting to Vietnamese', () => {
    expect(resolveLocale('km-KH')).toBe('km');
    expect(resolveLocale('EN_gb')).toBe('en');
    expect(resolveLocale('fr')).toBe('vi');
    expect(resolveLocale(null)).toBe('vi');
  });

  it('localizes texts with a fallback to Vietnamese', () => {
    expect(localize({ vi: 'Hoàn thành', en: 'Done', km: '' }, 'km')).toBe('Hoàn thành');
    expect(localize('Chỉ tiếng Việt', 'en')).toBe('Chỉ tiếng Việt');
    expect(localize({ vi: 'A', en: 'B' }, 'en')).toBe('B');
    expect(localize(undefined, 'vi')).toBe('');
  });
});

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
    expect(isIsoDateTime('2026-11-27T01:02:03.456Z')).toBe(true);
    expect(isIsoDateTime('2026-11-31T01:02:03Z')).toBe(false);
  });

  it('counts days across months and adds them', () => {
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });

  it("takes today in Vietnam's time zone", () => {
    // 20:00 UTC on 26 Nov is already 27 Nov in Vĩnh Châu (UTC+7).
    expect(todayIso(new Date('2026-11-26T20:00:00Z'))).toBe('2026-11-27');
    expect(todayIso(new Date('2026-11-26T16:59:00Z'))).toBe('2026-11-26');
  });
});
