import { validateGuide } from '@papi/core';
import { describe, expect, it } from 'vitest';
import {
  appendStep,
  deleteStep,
  type Draft,
  EMPTY_DRAFT,
  exportDraft,
  insertManualStep,
  moveStep,
  setStepAdvance,
  setStepText,
  setStepUrl,
} from './draft.js';
import { type DraftStep, EMPTY_TEXT } from './draft-step.js';

const step = (key: string, label: string, kind: 'click' | 'filled' = 'click'): DraftStep => ({
  key,
  url: ['dichvucong.gov.vn/nop-ho-so?formalityCaseId'],
  title: EMPTY_TEXT,
  tip: EMPTY_TEXT,
  instructions: EMPTY_TEXT,
  target: { label },
  advance: { kind },
  alternatives: [{ strategy: 'label', target: { label } }],
  strategy: 'label',
});

const three = (): Draft => [step('a', 'A'), step('b', 'B'), step('c', 'C', 'filled')].reduce(appendStep, EMPTY_DRAFT);
const keys = (d: Draft): string[] => d.steps.map((s) => s.key);

const META = {
  id: 'dang-ky-thu',
  procedure: 'khai-sinh',
  title: { vi: 'Thử', en: 'Try', km: 'សាកល្បង' },
  summary: { vi: 'Hướng dẫn ghi lại', en: 'A recorded guide', km: 'មគ្គុទ្ទេសក៍' },
  startUrl: 'https://dichvucong.gov.vn/#papi-guide=dang-ky-thu',
};

const written = (d: Draft): Draft =>
  d.steps.reduce(
    (acc, _, i) =>
      (['title', 'tip', 'instructions'] as const).reduce(
        (a, field) =>
          (['vi', 'en', 'km'] as const).reduce((b, loc) => setStepText(b, i, field, loc, `${field} ${loc} ${i}`), a),
        acc,
      ),
    d,
  );

describe('draft editing', () => {
  it('one step for the same target twice in a row (a focus, then a click on the field)', () => {
    expect(keys(appendStep(three(), step('d', 'C', 'filled')))).toEqual(['a', 'b', 'c']);
    expect(keys(appendStep(three(), step('d', 'A')))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reorders, deletes and inserts a manual step, leaving the draft it was given as it was', () => {
    const d = three();
    expect(keys(moveStep(d, 2, 0))).toEqual(['c', 'a', 'b']);
    expect(keys(moveStep(d, 0, 5))).toEqual(['a', 'b', 'c']);
    expect(keys(deleteStep(d, 1))).toEqual(['a', 'c']);
    const withManual = insertManualStep(d, 1);
    expect(withManual.steps).toHaveLength(4);
    expect(withManual.steps[1]).toMatchObject({ advance: { kind: 'manual' }, url: d.steps[0]!.url });
    expect(withManual.steps[1]!.target).toBeUndefined();
    expect(keys(d)).toEqual(['a', 'b', 'c']);
  });

  it('sets the advance condition a step can have, and its URL patterns', () => {
    const d = insertManualStep(three(), 3);
    expect(setStepAdvance(d, 0, 'filled').steps[0]!.advance).toEqual({ kind: 'filled' });
    expect(setStepAdvance(d, 0, 'manual').steps[0]!.advance).toEqual({ kind: 'manual' });
    // A text-only step cannot wait for a click on nothing.
    expect(setStepAdvance(d, 3, 'click')).toBe(d);
    expect(setStepUrl(d, 1, ['dichvucong.gov.vn/', 'dichvucong.gov.vn/sso']).steps[1]!.url).toEqual([
      'dichvucong.gov.vn/',
      'dichvucong.gov.vn/sso',
    ]);
    expect(setStepUrl(d, 9, [])).toBe(d);
  });

  it('sets one text in one language', () => {
    const d = setStepText(three(), 1, 'tip', 'km', 'ចុច');
    expect(d.steps[1]!.tip).toEqual({ vi: '', en: '', km: 'ចុច' });
    expect(d.steps[0]!.tip).toEqual(EMPTY_TEXT);
  });
});

describe('exportDraft', () => {
  it('writes a guide that core’s validateGuide accepts, without the editor’s own fields', () => {
    const d = written(insertManualStep(three(), 3));
    const out = exportDraft(d, META);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const parsed: unknown = JSON.parse(out.json);
    expect(validateGuide(parsed).ok).toBe(true);
    const steps = (parsed as { steps: Record<string, unknown>[] }).steps;
    expect(steps.map((s) => s.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4']);
    expect(steps[0]).not.toHaveProperty('alternatives');
    expect(steps[0]).not.toHaveProperty('key');
    expect(steps[3]).toMatchObject({ advance: { kind: 'manual' } });
    expect(steps[2]).toMatchObject({ title: { vi: 'title vi 2', en: 'title en 2', km: 'title km 2' } });
  });

  it('refuses a draft with texts left empty, naming each place', () => {
    const d = setStepText(written(three()), 1, 'title', 'km', '');
    const out = exportDraft(d, META);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues).toEqual([{ path: 'steps[1].title.km', code: 'empty' }]);
    const blank = exportDraft(three(), META);
    expect(blank.ok).toBe(false);
    if (blank.ok) return;
    expect(blank.issues.map((i) => i.path)).toContain('steps[0].title.vi');
    expect(blank.issues.map((i) => i.path)).toContain('steps[2].instructions.km');
  });

  it('refuses an empty draft and a bad id', () => {
    const out = exportDraft(EMPTY_DRAFT, { ...META, id: 'Not A Slug' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues.map((i) => i.path).sort()).toEqual(['id', 'steps']);
  });
});
