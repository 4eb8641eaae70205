/**
 * A recorded draft and its editing, as pure functions (each returns a new draft): reorder, delete, insert a manual
 * step, set a step's texts per locale; and export as a guide file that core's validateGuide accepts.
 */
import { type Guide, type GuideStep, type Issue, type Locale, type Localized, validateGuide } from '@papi/core';
import { type DraftStep, EMPTY_TEXT, newKey } from './draft-step.js';
import type { Proposal } from './propose.js';

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

/** The draft with one step changed; the same draft when nothing changes (nothing to store). */
function setStep(draft: Draft, index: number, change: (s: DraftStep) => DraftStep): Draft {
  if (!inRange(draft, index)) return draft;
  const before = draft.steps[index]!;
  const after = change(before);
  return after === before ? draft : { steps: draft.steps.map((s, i) => (i === index ? after : s)) };
}

/** The advance conditions an author can choose for a recorded step: those that need a target only when it has one. */
export type EditableAdvance = 'click' | 'filled' | 'manual';

export function advanceChoices(step: DraftStep): readonly EditableAdvance[] {
  return step.target ? ['click', 'filled', 'manual'] : ['manual'];
}

export function setStepAdvance(draft: Draft, index: number, kind: EditableAdvance): Draft {
  return setStep(draft, index, (s) => (advanceChoices(s).includes(kind) ? { ...s, advance: { kind } } : s));
}

/** Takes one of the step's proposed targets (see withCombined) as its target. */
export function setStepTarget(draft: Draft, index: number, alternative: number): Draft {
  return setStep(draft, index, (s) => {
    const chosen = s.alternatives[alternative];
    return chosen ? { ...s, target: chosen.target, strategy: chosen.strategy } : s;
  });
}

/**
 * The step with its proposed target (the sturdy strategies together) first among its alternatives, so that the
 * author can come back to it after trying another.
 */
export function withCombined(step: DraftStep): DraftStep {
  const { target } = step;
  if (!target || step.alternatives.some((a) => JSON.stringify(a.target) === JSON.stringify(target))) return step;
  const first: Proposal = { strategy: step.strategy ?? step.alternatives[0]?.strategy ?? 'css', target };
  return { ...step, alternatives: [first, ...step.alternatives] };
}

/** The step's URL patterns, as the author writes them (one per line); core's validation judges them at export. */
export function setStepUrl(draft: Draft, index: number, patterns: readonly string[]): Draft {
  return setStep(draft, index, (s) => ({ ...s, url: patterns }));
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
