/**
 * A recorded draft and its editing, as pure functions (each returns a new draft): reorder, delete, insert a manual
 * step, set a step's texts per locale; and export as a guide file that core's validateGuide accepts.
 */
import { type Guide, type GuideStep, type Issue, type Locale, type Localized, validateGuide } from '@papi/core';
import { type DraftStep, EMPTY_TEXT, newKey } from './draft-step.js';

export interface Draft {
  readonly steps: readonly DraftStep[];
}

export const EMPTY_DRAFT: Draft = { steps: [] };

const sameStep = (a: DraftStep, b: DraftStep): boolean =>
  a.advance.kind === b.advance.kind &&
  JSON.stringify(a.target) === JSON.stringify(b.target) &&
  a.url.join(' ') === b.url.join(' ');

/** Appends a recorded step; the same step again at once (a focus then a click on one field) is one step. */
export function appendStep(draft: Draft, step: DraftStep): Draft {
  const last = draft.steps.at(-1);
  return last && sameStep(last, step) ? draft : { steps: [...draft.steps, step] };
}

const inRange = (draft: Draft, i: number): boolean => Number.isInteger(i) && i >= 0 && i < draft.steps.length;

/** Moves the step at `from` to `to`; out-of-range indexes leave the draft as it is. */
export function moveStep(draft: Draft, from: number, to: number): Draft {
  if (!inRange(draft, from) || !inRange(draft, to) || from === to) return draft;
  const steps = [...draft.steps];
  const [step] = steps.splice(from, 1);
  steps.splice(to, 0, step!);
  return { steps };
}

export function deleteStep(draft: Draft, index: number): Draft {
  if (!inRange(draft, index)) return draft;
  return { steps: draft.steps.filter((_, i) => i !== index) };
}

/**
 * Inserts a text-only step the clerk marks done ("manual") at `index` (0…length), on the page of the step before
 * it (or after it, at the start), or on `url` patterns given.
 */
export function insertManualStep(draft: Draft, index: number, url?: readonly string[]): Draft {
  const at = Math.max(0, Math.min(draft.steps.length, Math.trunc(index)));
  const near = draft.steps[at - 1] ?? draft.steps[at];
  const step: DraftStep = {
    key: newKey(),
    url: url ?? near?.url ?? [],
    title: EMPTY_TEXT,
    tip: EMPTY_TEXT,
    instructions: EMPTY_TEXT,
    advance: { kind: 'manual' },
    alternatives: [],
  };
  return { steps: [...draft.steps.slice(0, at), step, ...draft.steps.slice(at)] };
}

export type StepText = 'title' | 'tip' | 'instructions';

export function setStepText(draft: Draft, index: number, field: StepText, locale: Locale, text: string): Draft {
  if (!inRange(draft, index)) return draft;
  return {
    steps: draft.steps.map((s, i) => (i === index ? { ...s, [field]: { ...s[field], [locale]: text } } : s)),
  };
}

/** What the author gives for the guide as a whole. */
export interface DraftMeta {
  readonly id: string;
  readonly procedure: string;
  readonly title: Localized;
  readonly summary: Localized;
  readonly startUrl: string;
  readonly notes?: readonly string[];
}

export type Export =
  | { readonly ok: true; readonly guide: Guide; readonly json: string }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** The guide a draft makes (step ids `step-1`, `step-2`… in order), checked by core's validateGuide. */
export function exportDraft(draft: Draft, meta: DraftMeta): Export {
  const steps: GuideStep[] = draft.steps.map((s, i) => ({
    id: `step-${i + 1}`,
    url: s.url,
    title: s.title,
    tip: s.tip,
    instructions: s.instructions,
    ...(s.target ? { target: s.target } : {}),
    advance: s.advance,
  }));
  const guide = {
    id: meta.id,
    procedure: meta.procedure,
    title: meta.title,
    summary: meta.summary,
    startUrl: meta.startUrl,
    steps,
    ...(meta.notes?.length ? { notes: meta.notes } : {}),
  };
  // Core refuses empty titles, tips and instructions, each with its path (`steps[2].title.km`).
  const checked = validateGuide(guide);
  if (!checked.ok) return { ok: false, issues: checked.issues };
  return { ok: true, guide: checked.guide, json: `${JSON.stringify(guide, null, 2)}\n` };
}
