/**
 * The guide runner as a pure state machine: no DOM, no clock, no storage. The content script reports what it
 * sees (URL changes, whether the target was found, a condition met), the side panel what the clerk presses;
 * `reduce` returns the next state. Events about a step that is no longer current are ignored, so late reports
 * from a page cannot move the guide twice.
 */
import { matchesAny, matchUrlPattern } from './url.js';
import type { Guide, GuideStep, LocatorStrategy } from './types.js';

/**
 * How a step was done: by its condition (or by the page flow moving past it), by "I did this", before the guide
 * was started (the guide began on a later step's page), or not (yet).
 */
export type StepDone = 'auto' | 'manual' | 'before' | null;

/** Locating the current step's element: still looking, found (by `strategy`), not found (its instructions shown), or a step without a target. */
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
  /**
   * A side trip (a `branch`, the VNeID sign-on) taken from a later step: the step to come back to, and whether the
   * branch is over and the guide is finding its way back (the portal may return to an earlier step's page).
   */
  readonly detour?: Detour;
}

export interface Detour {
  readonly returnTo: number;
  readonly rejoining: boolean;
}

export type RunnerEvent =
  | { readonly type: 'url'; readonly url: string }
  | { readonly type: 'located'; readonly step: string; readonly strategy: LocatorStrategy }
  | { readonly type: 'not-found'; readonly step: string }
  | { readonly type: 'condition-met'; readonly step: string }
  /** The page shows this step's `screen` (steps sharing a URL are told apart by what is on the page). */
  | { readonly type: 'screen'; readonly step: string }
  | { readonly type: 'manual' }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'goto'; readonly step: number };

const initialStatus = (step: GuideStep | undefined): StepStatus => (step?.target ? 'locating' : 'text');

/** A page that leads to the step: its URL, unless the step has a `screen` (then only that screen leads to it). */
const pageLeadsTo = (step: GuideStep, url: string): boolean => step.screen === undefined && matchesAny(step.url, url);

/** The first step that belongs to a URL, or -1 (steps told apart by their screen are reached by it only). */
export function stepForUrl(guide: Guide, url: string, from = 0): number {
  for (let i = from; i < guide.steps.length; i++) if (pageLeadsTo(guide.steps[i]!, url)) return i;
  return -1;
}

/** The first and last index of the branch a step is in, or undefined. */
function branchOf(guide: Guide, step: number): { readonly first: number; readonly last: number } | undefined {
  const name = guide.steps[step]?.branch;
  if (name === undefined) return undefined;
  let first = step;
  let last = step;
  while (guide.steps[first - 1]?.branch === name) first--;
  while (guide.steps[last + 1]?.branch === name) last++;
  return { first, last };
}

function at(guide: Guide, state: RunnerState, step: number): RunnerState {
  const s = guide.steps[step];
  const onStepPage = state.url !== undefined && s !== undefined && matchesAny(s.url, state.url);
  if (step === state.step && state.status === 'running') return { ...state, onStepPage };
  const { strategy: _drop, ...rest } = state;
  return { ...rest, step, status: 'running', stepStatus: initialStatus(s), onStepPage };
}

const withDetour = (state: RunnerState, detour: Detour | undefined): RunnerState => {
  const { detour: _old, ...rest } = state;
  return detour ? { ...rest, detour } : rest;
};

/**
 * Starts a guide; with a URL, at the step that belongs to that page (else at the first step). The steps before
 * it were done before the guide was started (the clerk was already signed in, on the procedure or the form):
 * they are marked 'before', so that they neither block the page flow nor the guide's completion.
 */
export function startGuide(guide: Guide, url?: string): RunnerState {
  const found = url === undefined ? -1 : stepForUrl(guide, url);
  const step = Math.max(0, found);
  return {
    guideId: guide.id,
    step,
    status: 'running',
    stepStatus: initialStatus(guide.steps[step]),
    done: guide.steps.map((_, i): StepDone => (i < step ? 'before' : null)),
    ...(url === undefined ? {} : { url }),
    onStepPage: found >= 0,
  };
}

/** Resumes a paused case at its step, with what was done so far. */
export function resumeGuide(
  guide: Guide,
  step: number,
  done?: readonly StepDone[],
  url?: string,
  detour?: Detour,
): RunnerState {
  const i = Math.min(Math.max(0, Math.trunc(step)), guide.steps.length - 1);
  const keep =
    detour && Number.isInteger(detour.returnTo) && detour.returnTo > i && detour.returnTo < guide.steps.length;
  const base: RunnerState = {
    guideId: guide.id,
    step: i,
    status: 'running',
    stepStatus: initialStatus(guide.steps[i]),
    done: guide.steps.map((_, k) => done?.[k] ?? null),
    onStepPage: false,
    ...(keep ? { detour: { returnTo: detour.returnTo, rejoining: detour.rejoining === true } } : {}),
  };
  return url === undefined ? base : reduce(guide, base, { type: 'url', url });
}

/** The required (not optional) steps that are not done: the guide cannot be completed while there are any. */
export function missingSteps(guide: Guide, state: Pick<RunnerState, 'done'>): number[] {
  return guide.steps.flatMap((s, i) => (!s.optional && (state.done[i] ?? null) === null ? [i] : []));
}

/** The first step after `from` that is not done, or -1. */
function nextUndone(state: RunnerState, from: number): number {
  for (let i = from + 1; i < state.done.length; i++) if (state.done[i] === null) return i;
  return -1;
}

const markDone = (state: RunnerState, steps: readonly number[], how: 'auto' | 'manual'): RunnerState =>
  steps.length === 0 ? state : { ...state, done: state.done.map((d, i) => (steps.includes(i) ? (d ?? how) : d)) };

/**
 * The current step is done: on to the next step not yet done (done ones, e.g. after "back", are passed over).
 * After the last one the guide completes only when every required step is done; otherwise it goes to the first
 * required step still missing, so "I did this" on the final step cannot file a case whose steps were skipped.
 */
function complete(guide: Guide, state: RunnerState, how: 'auto' | 'manual'): RunnerState {
  const done = state.done.map((d, i) => (i === state.step ? how : d));
  const next: RunnerState = { ...state, done };
  const d = state.detour;
  if (d && !d.rejoining) {
    // On a side trip: on through the branch, then back to the step it was taken from.
    const b = branchOf(guide, state.step);
    if (b && state.step < b.last) return at(guide, next, state.step + 1);
    return withDetour(at(guide, next, d.returnTo), undefined);
  }
  const result = completeFlow(guide, next, state);
  return d && (result.step >= d.returnTo || result.status === 'completed') ? withDetour(result, undefined) : result;
}

function completeFlow(guide: Guide, next: RunnerState, state: RunnerState): RunnerState {
  let ahead = nextUndone(next, state.step);
  // A branch is reached by its screens, not in turn: "I did this" on "Đăng nhập" (already signed in) goes on to the
  // search, not to sign-on screens the page will never show.
  const b = branchOf(guide, ahead);
  if (b && !(state.step >= b.first && state.step <= b.last)) ahead = nextUndone(next, b.last);
  if (ahead >= 0) return at(guide, next, ahead);
  const missing = missingSteps(guide, next);
  if (missing.length === 0) return { ...next, status: 'completed', onStepPage: state.onStepPage };
  return at(guide, next, missing[0]!);
}

/** A step's page-change condition: a URL step's, or the second sign of a toast step. */
const urlMet = (step: GuideStep, url: string): boolean => {
  const adv = step.advance;
  return (adv.kind === 'url' || adv.kind === 'toast') && adv.url !== undefined && matchUrlPattern(adv.url, url);
};

/**
 * The page changed. The page flow only ever moves forward, one stretch at a time, and never completes the guide:
 * - the current step's URL condition is met: it is done;
 * - the page is the current step's page (and its condition is not met): stay;
 * - the page belongs to a later step, and every step in between is done, optional, or has a URL condition this
 *   very page meets (the portal skipped a page): that step becomes current, and the steps passed over count as
 *   done by the flow (the current one included: leaving it for the next step's page is how it is done) — this is
 *   "submitting a form loads the next step's page";
 * - otherwise (a page of an earlier step, a later step with undone steps before it, an unknown page): stay on the
 *   current step, marked as not on its page, so the clerk is told to open the right page; coming back to it puts
 *   them where they were. Moving back is for the clerk's own "back" or a step chosen in the panel.
 */
function forward(guide: Guide, state: RunnerState, url: string): RunnerState {
  const s: RunnerState = { ...state, url };
  const i = s.step;
  const current = guide.steps[i]!;
  const met = urlMet(current, url);
  if (!met && matchesAny(current.url, url)) return at(guide, s, i);
  const passed: number[] = [i];
  for (let t = i + 1; t < guide.steps.length; t++) {
    const step = guide.steps[t]!;
    if (pageLeadsTo(step, url)) return at(guide, markDone(s, passed, 'auto'), t);
    if (s.done[t] !== null || step.optional) continue;
    if (urlMet(step, url)) passed.push(t);
    else break;
  }
  if (!met) return { ...s, onStepPage: false };
  // The condition was met but the page is no later step's: on to the next step not done, still running.
  const after = markDone(s, [i], 'auto');
  const ahead = nextUndone(after, i);
  return at(guide, after, ahead >= 0 ? ahead : i);
}

/**
 * The page changed during a side trip. Within the branch's pages the guide stays (its screens move it). Leaving
 * them, the branch is over: the guide goes back to the step the trip was taken from, following the portal, which
 * may return to that step's page, re-render another page, or (PORTAL.md) return to the procedure page, where the
 * clerk presses on again: on the way back, the page of an earlier step (up to that one) is followed backwards.
 */
function onUrl(guide: Guide, state: RunnerState, url: string): RunnerState {
  const d = state.detour;
  if (!d) return forward(guide, state, url);
  const s: RunnerState = { ...state, url };
  const b = branchOf(guide, s.step);
  const signingOn = b !== undefined && !d.rejoining;
  if (signingOn) {
    for (let t = b.first; t <= b.last; t++) if (matchesAny(guide.steps[t]!.url, url)) return at(guide, s, s.step);
  }
  const back: RunnerState = { ...s, detour: { returnTo: d.returnTo, rejoining: true } };
  if (matchesAny(guide.steps[d.returnTo]!.url, url)) return withDetour(at(guide, back, d.returnTo), undefined);
  // The portal went further on by itself (straight to the form): the page flow takes it from there.
  const ahead = forward(guide, signingOn ? { ...back, step: d.returnTo } : back, url);
  if (ahead.step > d.returnTo) return withDetour(ahead, undefined);
  // An earlier step's page (the procedure page): followed backwards, up to the step the trip was taken from.
  for (let k = d.returnTo - 1; k >= 0; k--) {
    const step = guide.steps[k]!;
    if (step.branch === undefined && pageLeadsTo(step, url)) return at(guide, back, k);
  }
  return { ...(signingOn ? at(guide, back, d.returnTo) : back), onStepPage: false };
}

/**
 * The page shows a step's screen. Within a branch the guide goes to it either way (a failed code brings the login
 * back); a branch's screen seen from a later step starts a side trip, to come back to that step afterwards; any
 * other screen moves the guide forward only, as a page does.
 */
function onScreen(guide: Guide, state: RunnerState, stepId: string): RunnerState {
  const j = guide.steps.findIndex((st) => st.id === stepId);
  const target = guide.steps[j];
  if (!target || j === state.step || state.url === undefined || !matchesAny(target.url, state.url)) return state;
  const b = branchOf(guide, j);
  const i = state.step;
  if (b && i >= b.first && i <= b.last) {
    return at(guide, j > i ? markDone(state, range(i, j), 'auto') : state, j);
  }
  if (b && i > b.last) {
    const returnTo = state.detour?.returnTo ?? i;
    return at(guide, { ...state, detour: { returnTo, rejoining: false } }, j);
  }
  if (j < i) return state;
  // Forward, as a page would: only past steps that are done, optional, or met by this page.
  for (let t = i + 1; t < j; t++) {
    const st = guide.steps[t]!;
    if (state.done[t] === null && !st.optional && !urlMet(st, state.url)) return state;
  }
  return at(guide, markDone(state, range(i, j), 'auto'), j);
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

export function reduce(guide: Guide, state: RunnerState, event: RunnerEvent): RunnerState {
  if (guide.id !== state.guideId) return state;
  if (state.status === 'completed')
    return event.type === 'back' || event.type === 'goto' ? moveTo(guide, state, event) : state;
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
    case 'screen':
      return onScreen(guide, state, event.step);
    case 'manual':
      return complete(guide, state, 'manual');
    case 'next':
      return state.step < guide.steps.length - 1 ? withDetour(at(guide, state, state.step + 1), undefined) : state;
    case 'back':
    case 'goto':
      return moveTo(guide, state, event);
  }
}

function moveTo(
  guide: Guide,
  state: RunnerState,
  event: { type: 'back' } | { type: 'goto'; step: number },
): RunnerState {
  const target = event.type === 'back' ? state.step - 1 : Math.trunc(event.step);
  if (target < 0 || target >= guide.steps.length) return state;
  const reopened = state.status === 'completed' ? { ...state, status: 'running' as const, step: -1 } : state;
  // The clerk takes the guide where they want it: any side trip is forgotten.
  return withDetour(at(guide, reopened, target), undefined);
}

/** Steps done, out of all steps. */
export function progress(state: RunnerState): { readonly done: number; readonly total: number } {
  return { done: state.done.filter((d) => d !== null).length, total: state.done.length };
}
