import { describe, expect, it } from 'vitest';
import {
  API_CATALOGUES,
  type ApiErrorCode,
  LOCALES,
  formatApiError,
  formatApiIssue,
  translateApi,
} from '../src/index.js';

const codes = Object.keys(API_CATALOGUES.vi).filter((k) => !k.startsWith('issue.')) as ApiErrorCode[];

describe('the collector’s API error messages', () => {
  it('have a text of their own in every language for every code, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(API_CATALOGUES.vi) as (keyof typeof API_CATALOGUES.vi)[])
      for (const locale of LOCALES) {
        const text = API_CATALOGUES[locale][key];
        expect(text, `${locale} ${key}`).toBeTruthy();
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(API_CATALOGUES.vi[key]));
      }
    expect(codes).toContain('storage-failed');
    expect(codes.length).toBe(22);
  });

  it('speak Khmer to a Khmer reader, not Vietnamese', () => {
    for (const code of codes) expect(formatApiError(code, 'km'), code).not.toBe(formatApiError(code, 'vi'));
    expect(formatApiError('unknown-receipt', 'km', { receipt: 'K7MQ-3XPD' })).toBe(
      'គ្មានមតិយោបល់ណាដែលមានលេខកូដបង្កាន់ដៃ K7MQ-3XPD ទេ។ សូមពិនិត្យលេខកូដម្តងទៀត។ មតិយោបល់ដែលផ្ញើនៅពេលគ្មានអ៊ីនធឺណិត ទទួលបានលេខកូដតែនៅពេលវាទៅដល់ប៉ុណ្ណោះ។',
    );
  });

  it('quote limits as the configuration has them, unformatted', () => {
    expect(formatApiError('body-too-large', 'en', { max: 1048576 })).toBe(
      'The request body is larger than 1048576 bytes.',
    );
    expect(formatApiError('body-too-large', 'vi', { max: 16384 })).toBe('Nội dung gửi lên vượt quá 16384 byte.');
    expect(translateApi('en', 'too-deep', { max: 64 })).toBe('The JSON is nested more than 64 levels deep.');
  });

  it('list the first five issues of a body in the message, and say there are more', () => {
    const texts = ['a: x', 'b: x', 'c: x', 'd: x', 'e: x', 'f: x'];
    expect(formatApiError('invalid-body', 'en', {}, texts.slice(0, 2))).toBe(
      'The request body has 2 problems: a: x; b: x',
    );
    expect(formatApiError('invalid-body', 'en', {}, texts.slice(0, 1))).toBe('The request body has 1 problem: a: x');
    expect(formatApiError('invalid-query', 'vi', {}, texts)).toBe(
      'Tham số truy vấn có 6 lỗi: a: x; b: x; c: x; d: x; e: x; …',
    );
    // Any other code ignores issue texts: its own message stands.
    expect(formatApiError('invalid-json', 'en', {}, texts)).toBe('The request body is not valid JSON.');
  });

  it('format the collector’s text issues and the validator’s alike, with their path', () => {
    expect(formatApiIssue({ path: 'comment', code: 'control-character', params: { code: '0007' } }, 'en')).toBe(
      'comment: contains the control character U+0007',
    );
    expect(formatApiIssue({ path: '', code: 'unpaired-surrogate' }, 'km')).toBe(
      'មានអត្ថបទ Unicode ខូច (surrogate ដាច់តែឯង)',
    );
    expect(formatApiIssue({ path: 'rating', code: 'out-of-range', params: { value: 7, min: 1, max: 5 } }, 'en')).toBe(
      'rating: value 7 is outside 1–5',
    );
  });
});
