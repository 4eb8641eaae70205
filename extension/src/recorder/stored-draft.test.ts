import { validateGuide } from '@papi/core';
import { describe, expect, it } from 'vitest';
import { type DraftStep, EMPTY_TEXT } from './draft-step.js';
import { setStepTarget, setStepText } from './draft.js';
import { TRIAL_ID } from './session.js';
import {
  exportStored,
  NEW_DRAFT,
  parseStoredDraft,
  type StoredDraft,
  takeRecorded,
  trialGuide,
} from './stored-draft.js';

const step = (key: string, label: string, extra: Partial<DraftStep> = {}): DraftStep => ({
  key,
  url: ['dichvucong.gov.vn/nop-ho-so?formalityCaseId'],
  title: EMPTY_TEXT,
  tip: EMPTY_TEXT,
  instructions: EMPTY_TEXT,
  target: { label, role: 'button', name: label },
  advance: { kind: 'click' },
  alternatives: [
    { strategy: 'label', target: { label } },
    { strategy: 'role', target: { role: 'button', name: label } },
  ],
  strategy: 'label',
  ...extra,
});

const named: StoredDraft = {
  ...NEW_DRAFT,
  info: { ...NEW_DRAFT.info, id: 'ghi-lai', title: { vi: 'Ghi lại', en: '', km: '' } },
};

describe('the stored draft', () => {
  it('takes the recording’s new steps once, with the proposed target first among the choices', () => {
    const inbox = { run: 'r1', steps: [step('a', 'A'), step('b', 'B')] };
    const d1 = takeRecorded(named, inbox);
    expect(d1.steps.map((s) => s.key)).toEqual(['a', 'b']);
    expect(d1.steps[0]!.alternatives.map((a) => a.target)).toEqual([
      { label: 'A', role: 'button', name: 'A' },
      { label: 'A' },
      { role: 'button', name: 'A' },
    ]);
    // Taken already: nothing twice; the next step of the run, and a new run's from its first.
    expect(takeRecorded(d1, inbox)).toBe(d1);
    const d2 = takeRecorded(d1, { run: 'r1', steps: [...inbox.steps, step('c', 'C')] });
    expect(d2.steps.map((s) => s.key)).toEqual(['a', 'b', 'c']);
    expect(takeRecorded(d2, { run: 'r2', steps: [step('d', 'D')] }).steps.map((s) => s.key)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    // A target chosen among them, and the proposed one again.
    const chosen = setStepTarget(d1, 0, 2);
    expect(chosen.steps[0]).toMatchObject({ target: { role: 'button', name: 'A' }, strategy: 'role' });
    expect(setStepTarget(chosen, 0, 0).steps[0]!.target).toEqual({ label: 'A', role: 'button', name: 'A' });
  });

  it('reads back what it stored, and nothing else', () => {
    const d = takeRecorded(named, { run: 'r1', steps: [step('a', 'A')] });
    expect(parseStoredDraft(structuredClone(d))).toEqual(d);
    expect(parseStoredDraft(undefined)).toEqual(NEW_DRAFT);
    expect(parseStoredDraft({ info: {}, steps: [{ key: 1 }, 'x', step('b', 'B')] }).steps.map((s) => s.key)).toEqual([
      'b',
    ]);
    const long = parseStoredDraft({ info: { id: 'x'.repeat(500), title: { vi: 7 } }, steps: [] });
    expect(long.info.id).toHaveLength(60);
    expect(long.info.title).toEqual(EMPTY_TEXT);
  });

  it('exports with Vietnamese required: English and Khmer left empty take it, an empty summary the title', () => {
    let d = takeRecorded(named, { run: 'r1', steps: [step('a', 'A')] });
    const refused = exportStored(d);
    expect(refused.ok ? [] : refused.issues.map((i) => i.path)).toEqual([
      'steps[0].title.vi',
      'steps[0].tip.vi',
      'steps[0].instructions.vi',
    ]);
    for (const f of ['title', 'tip', 'instructions'] as const) d = { ...d, ...setStepText(d, 0, f, 'vi', `${f} vi`) };
    d = { ...d, ...setStepText(d, 0, 'title', 'km', 'ចុច') };
    const out = exportStored(d);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(validateGuide(JSON.parse(out.json)).ok).toBe(true);
    expect(out.guide).toMatchObject({
      id: 'ghi-lai',
      startUrl: 'https://dichvucong.gov.vn/#papi-guide=ghi-lai',
      title: { vi: 'Ghi lại', en: 'Ghi lại', km: 'Ghi lại' },
      summary: { vi: 'Ghi lại', en: 'Ghi lại', km: 'Ghi lại' },
    });
    expect(out.guide.steps[0]!.title).toEqual({ vi: 'title vi', en: 'title vi', km: 'ចុច' });
    expect(out.json).not.toContain('alternatives');
  });

  it('tries an unfinished draft under its own id, unwritten texts showing the step’s number', () => {
    const d = takeRecorded(NEW_DRAFT, { run: 'r1', steps: [step('a', 'A'), step('b', 'B')] });
    const withTitle = { ...d, ...setStepText(d, 1, 'title', 'vi', 'Nộp') };
    const out = trialGuide(withTitle, (n) => (n ? `Bước ${n}` : 'Bản nháp'), 'vi');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.guide.id).toBe(TRIAL_ID);
    expect(out.guide.title.vi).toBe('Bản nháp');
    expect(out.guide.steps.map((s) => [s.title.km, s.tip.vi])).toEqual([
      ['Bước 1', 'Bước 1'],
      ['Nộp', 'Nộp'],
    ]);
    // A draft with no step cannot run.
    expect(trialGuide(NEW_DRAFT, () => 'x', 'vi').ok).toBe(false);
  });
});
