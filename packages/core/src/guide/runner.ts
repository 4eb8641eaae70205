/**
 * The guide runner as a pure state machine: no DOM, no clock, no storage. The content script reports what it
 * sees (URL changes, whether the target was found, a condition met), the side panel what the clerk presses;
 * `reduce` returns the next state. Events about a step that is no longer current are ignored, so late reports
 * from a page cannot move the guide twice.
 */
import { matchesAny, matchUrlPattern } from './url.js';
import type { Guide, GuideStep, LocatorStrategy } from './types.js';

/** How a step was done: by its condition, by "I did this", or not (yet). */
export type StepDone = 'auto' | 'manual' | null;

/** Locating the current step's element: still looking, found (by which strategy), or given up (text instructions). */
export type StepStatus = 'locating' | 'found' | 'fallback' | 'text';

export interface RunnerState {
  readonly guideId: string;
  readonly step: number;
  readonly status: 'running' | 'completed';
  readonly stepStatus: StepStatus;
  readonly strategy?: LocatorStrategy;
  readonly done: readonly StepDone[];
  /** The last page seen, and whether it is the current step's page. */
  readonly url?: string;
  readonly onStepPage: boolean;
}

export type RunnerEvent =
  | { readonly type: 'url'; readonly url: string }
  | { readonly type: 'located'; readonly step: string; readonly strategy: LocatorStrategy }
  | { readonly type: 'not-found'; readonly step: string }
  | { readonly type: 'condition-met'; readonly step: string }
  | { readonly type: 'manual' }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'goto'; readonly step: number };

const initialStatus = (step: GuideStep | undefined): StepStatus => (step?.target ? 'locating' : 'text');

/** The first step that belongs to a URL, or -1. */
export function stepForUrl(guide: Guide, url: string, from = 0): number {
  for (let i = from; i < guide.steps.length; i++) if (matchesAny(guide.steps[i]!.url, url)) return i;
  return -1;
}

function at(guide: Guide, state: RunnerState, step: number): RunnerState {
  const s = guide.steps[step];
  const onStepPage = state.url !== undefined && s !== undefined && matchesAny(s.url, state.url);
  if (step === state.step && state.status === 'running') return { ...state, onStepPage };
  const { strategy: _drop, ...rest } = state;
  return { ...rest, step, status: 'running', stepStatus: initialStatus(s), onStepPage };
}

/** Starts a guide; with a URL, at the step that belongs to that page (else at the first step). */
export function startGuide(guide: Guide, url?: string): RunnerState {
  const found = url === undefined ? -1 : stepForUrl(guide, url);
  const step = Math.max(0, found);
  return {
    guideId: guide.id,
    step,
    status: 'running',
    stepStatus: initialStatus(guide.steps[step]),
    done: guide.steps.map(() => null),
    ...(url === undefined ? {} : { url }),
    onStepPage: found >= 0,
  };
}

/** Resumes a paused case at its step, with what was done so far. */
export function resumeGuide(guide: Guide, step: number, done?: readonly StepDone[], url?: string): RunnerState {
  const i = Math.min(Math.max(0, Math.trunc(step)), guide.steps.length - 1);
  const base: RunnerState = {
    guideId: guide.id,
    step: i,
    status: 'running',
    stepStatus: initialStatus(guide.steps[i]),
    done: guide.steps.map((_, k) => done?.[k] ?? null),
    onStepPage: false,
  };
  return url === undefined ? base : reduce(guide, base, { type: 'url', url });
}

function complete(guide: Guide, state: RunnerState, how: 'auto' | 'manual'): RunnerState {
  const done = state.done.map((d, i) => (i === state.step ? how : d));
  const next = { ...state, done };
  if (state.step >= guide.steps.length - 1) return { ...next, status: 'completed', onStepPage: state.onStepPage };
  return at(guide, next, state.step + 1);
}

/** The page changed: the current step's URL condition may be met; then the step that belongs to the page is chosen. */
function onUrl(guide: Guide, state: RunnerState, url: string): RunnerState {
  let s: RunnerState = { ...state, url };
  const current = guide.steps[s.step];
  if (current?.advance.kind === 'url' && matchUrlPattern(current.advance.url, url)) s = complete(guide, s, 'auto');
  if (s.status === 'completed') return s;
  const cur = guide.steps[s.step]!;
  if (matchesAny(cur.url, url)) return at(guide, s, s.step);
  // Forward first (the usual case), then back: after signing on, the portal may return to the procedure page.
  const ahead = stepForUrl(guide, url, s.step + 1);
  if (ahead >= 0) return at(guide, s, ahead);
  for (let i = s.step - 1; i >= 0; i--) if (matchesAny(guide.steps[i]!.url, url)) return at(guide, s, i);
  return { ...s, onStepPage: false };
}

export function reduce(guide: Guide, state: RunnerState, event: RunnerEvent): RunnerState {
  if (guide.id !== state.guideId) return state;
  if (state.status === 'completed') return event.type === 'back' || event.type === 'goto' ? moveTo(guide, state, event) : state;
  const current = guide.steps[state.step];
  switch (event.type) {
    case 'url':
      return onUrl(guide, state, event.url);
    case 'located':
      if (event.step !== current?.id) return state;
      return { ...state, stepStatus: 'found', strategy: event.strategy };
    case 'not-found': {
      if (event.step !== current?.id) return state;
      const { strategy: _drop, ...rest } = state;
      return { ...rest, stepStatus: 'fallback' };
    }
    case 'condition-met':
      return event.step === current?.id ? complete(guide, state, 'auto') : state;
    case 'manual':
      return complete(guide, state, 'manual');
    case 'next':
      return state.step < guide.steps.length - 1 ? at(guide, state, state.step + 1) : state;
    case 'back':
    case 'goto':
      return moveTo(guide, state, event);
  }
}

function moveTo(guide: Guide, state: RunnerState, event: { type: 'back' } | { type: 'goto'; step: number }): RunnerState {
  const target = event.type === 'back' ? state.step - 1 : Math.trunc(event.step);
  if (target < 0 || target >= guide.steps.length) return state;
  const reopened = state.status === 'completed' ? { ...state, status: 'running' as const, step: -1 } : state;
  return at(guide, reopened, target);
}

/** Steps done, out of all steps. */
export function progress(state: RunnerState): { readonly done: number; readonly total: number } {
  return { done: state.done.filter((d) => d !== null).length, total: state.done.length };
}
