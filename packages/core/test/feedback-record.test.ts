import { describe, expect, it } from 'vitest';
import { FEEDBACK_LIMITS, formatIssue, validateFeedback, validateFeedbackJson } from '../src/index.js';

const record = (over: Record<string, unknown> = {}) => ({
  id: '3f1c2a4e-8b7d-4c2a-9e1f-0a1b2c3d4e5f',
  unit: 'xa-lai-hoa-2025',
  rating: 4,
  lang: 'km',
  createdAt: '2026-11-27T08:30:00+07:00',
  ...over,
});
const problems = (input: unknown) => {
  const r = validateFeedback(input);
  return r.ok ? [] : r.issues.map((i) => formatIssue(i, 'en'));
};

describe('validateFeedback', () => {
  it('accepts a minimal record and a full one', () => {
    expect(problems(record())).toEqual([]);
    expect(
      problems(
        record({
          service: 'khai-sinh',
          dimension: 'd5',
          comment: 'Cán bộ hướng dẫn tận tình',
          contact: '0912 345 678',
          consent: true,
          page: 'https://vinhchau.cantho.gov.vn/',
        }),
      ),
    ).toEqual([]);
  });

  it('rejects ratings outside the 5-level scale', () => {
    expect(problems(record({ rating: 0 }))).toEqual(['rating: value 0 is outside 1–5']);
    expect(problems(record({ rating: 6 }))).toEqual(['rating: value 6 is outside 1–5']);
    expect(problems(record({ rating: 3.5 }))).toEqual(['rating: 3.5 must be a whole number']);
    expect(problems(record({ rating: '5' }))).toEqual(['rating: must be a whole number, but is a string']);
  });

  it('takes a dossier code (mã hồ sơ) from the counter as free text, up to its cap, and never empty', () => {
    expect(problems(record({ dossier: '000.00.30.H51-260127-0001' }))).toEqual([]);
    expect(problems(record({ dossier: 'x'.repeat(FEEDBACK_LIMITS.dossier) }))).toEqual([]);
    expect(problems(record({ dossier: 'x'.repeat(FEEDBACK_LIMITS.dossier + 1) }))).toEqual([
      `dossier: is ${FEEDBACK_LIMITS.dossier + 1} characters long, at most ${FEEDBACK_LIMITS.dossier}`,
    ]);
    expect(problems(record({ dossier: '  ' }))).toEqual(['dossier: must not be empty']);
    expect(problems(record({ dossier: 12345 }))).toEqual(['dossier: must be a string, but is a number']);
  });

  it('requires consent for a contact', () => {
    expect(problems(record({ contact: 'a@b.vn' }))).toEqual(['consent: a contact was given without ticking consent']);
    expect(problems(record({ contact: 'a@b.vn', consent: false }))).toEqual([
      'consent: a contact was given without ticking consent',
    ]);
    expect(problems(record({ contact: '', consent: false }))).toEqual([]);
  });

  it('checks the id, unit, language, time, page and limits', () => {
    expect(problems(record({ id: 'abc' }))).toEqual(['id: "abc" is not a UUID']);
    expect(problems(record({ unit: 'phuong-9' }))).toEqual(['unit: unknown unit "phuong-9"']);
    expect(problems(record({ lang: 'fr' }))).toEqual(['lang: "fr" is not allowed; use one of: vi, en, km']);
    expect(problems(record({ createdAt: '27/11/2026' }))).toEqual([
      'createdAt: "27/11/2026" is not a valid time (ISO 8601 with a zone)',
    ]);
    expect(problems(record({ createdAt: '2026-11-27T08:30:00' }))).toHaveLength(1);
    expect(problems(record({ page: 'javascript:alert(1)' }))).toEqual([
      'page: "javascript:alert(1)" is not an http(s) address',
    ]);
    expect(problems(record({ comment: 'x'.repeat(FEEDBACK_LIMITS.comment + 1) }))).toEqual([
      `comment: is ${FEEDBACK_LIMITS.comment + 1} characters long, at most ${FEEDBACK_LIMITS.comment}`,
    ]);
    expect(problems(record({ dimension: 'd0' }))).toEqual(['dimension: unknown PAPI dimension "d0" (d1–d8)']);
    expect(problems(record({ ip: '1.2.3.4' }))).toEqual(['ip: field "ip" is not supported (misspelt?)']);
    expect(
      problems(
        JSON.parse(
          '{"id":"3f1c2a4e-8b7d-4c2a-9e1f-0a1b2c3d4e5f","unit":"xa-lai-hoa-2025","rating":4,"lang":"km","createdAt":"2026-11-27T08:30:00+07:00","__proto__":{"x":1},"toString":"y"}',
        ),
      ),
    ).toEqual([
      '__proto__: field "__proto__" is not supported (misspelt?)',
      'toString: field "toString" is not supported (misspelt?)',
    ]);
    expect(problems(record({ service: '<script>' }))).toEqual([
      'service: "<script>" has the wrong format (use only a-z, 0-9, -)',
    ]);
  });

  it('lets a receiver restrict the units it accepts', () => {
    expect(validateFeedback(record(), { units: new Set(['xa-vinh-hai-2025']) }).ok).toBe(false);
  });

  it('reports malformed JSON as an issue', () => {
    expect(validateFeedbackJson('{').issues[0]?.code).toBe('invalid-json');
    expect(validateFeedbackJson(JSON.stringify(record())).ok).toBe(true);
  });
});
