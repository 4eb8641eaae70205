/**
 * The background's part of the guide recorder: whether it records and on which tab (storage.session: it outlives
 * the service worker's restarts and the portal's page loads, not the browser), and the steps recorded so far (the
 * inbox, storage.local: the panel moves them into the draft, so closing the panel loses nothing). Only the recording
 * tab's steps are kept, and only while recording. Free of extension APIs (the storage areas come in), so it tests
 * without a browser.
 */
import type { Guide } from '@papi/core';
import type { DraftStep } from './draft-step.js';
import { MAX_KNOWN, MAX_PATTERN } from './recorder.js';

/** The few calls of a chrome.storage area this needs. */
export interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const RECORDING_KEY = 'recording';
/** "Try it": the draft as a guide (storage.session), in the background's guide book under its own id. */
export const TRIAL_KEY = 'trialGuide';
export const TRIAL_ID = 'ban-nhap-thu';
export const INBOX_KEY = 'recorderInbox';
/** A recording keeps at most this many steps (a guide has at most 100). */
export const MAX_RECORDED = 200;

export interface Recording {
  readonly on: boolean;
  readonly tabId?: number;
  /** Each start begins a new run: the panel knows which of the inbox's steps it has taken by run and count. */
  readonly run: string;
}

/** The steps recorded in one run, in order; the background only appends, the panel only reads. */
export interface Inbox {
  readonly run: string;
  readonly steps: readonly DraftStep[];
}

const OFF: Recording = { on: false, run: '' };

export function parseRecording(raw: unknown): Recording {
  if (typeof raw !== 'object' || raw === null) return OFF;
  const { on, tabId, run } = raw as Record<string, unknown>;
  if (typeof on !== 'boolean' || typeof run !== 'string') return OFF;
  return Number.isInteger(tabId) ? { on, tabId: tabId as number, run } : { on: false, run };
}

/** The inbox as stored; its steps were checked as they came in (inbox/shapes.ts), the panel checks them again. */
export function parseInbox(raw: unknown): Inbox {
  if (typeof raw !== 'object' || raw === null) return { run: '', steps: [] };
  const { run, steps } = raw as Record<string, unknown>;
  return typeof run === 'string' && Array.isArray(steps)
    ? { run, steps: steps.slice(0, MAX_RECORDED) as DraftStep[] }
    : { run: '', steps: [] };
}

export interface RecorderSession {
  /** Starts a new run on the tab; the tab's content script is told to start. */
  start(tabId: number): Promise<void>;
  /** Stops; the recording tab's content script is told to stop. */
  stop(): Promise<void>;
  /** Whether a content script that just started on this tab should record. */
  shouldRecord(tabId: number | undefined): Promise<boolean>;
  /** Keeps a step from the recording tab while recording; false (and nothing kept) otherwise. */
  add(step: DraftStep, tabId: number | undefined): Promise<boolean>;
  status(): Promise<Recording>;
}

export interface SessionDeps {
  /** storage.session (the flag). */
  readonly session: Area;
  /** storage.local (the inbox). */
  readonly local: Area;
  /** Tells a tab's content script to start or stop (it may be gone: then nothing). */
  readonly tell: (tabId: number, command: 'start' | 'stop') => void;
  readonly newRun?: () => string;
}

export function recorderSession(deps: SessionDeps): RecorderSession {
  // One change after another: steps come in bursts (a focus, then a click) and each rewrites the inbox.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  const read = async (): Promise<Recording> => parseRecording((await deps.session.get(RECORDING_KEY))[RECORDING_KEY]);
  const newRun = deps.newRun ?? (() => Date.now().toString(36));
  return {
    start: (tabId) =>
      serial(async () => {
        const was = await read();
        if (was.on && was.tabId !== undefined && was.tabId !== tabId) deps.tell(was.tabId, 'stop');
        const run = newRun();
        await deps.local.set({ [INBOX_KEY]: { run, steps: [] } satisfies Inbox });
        await deps.session.set({ [RECORDING_KEY]: { on: true, tabId, run } satisfies Recording });
        deps.tell(tabId, 'start');
      }),
    stop: () =>
      serial(async () => {
        const was = await read();
        await deps.session.set({ [RECORDING_KEY]: { on: false, run: was.run } satisfies Recording });
        if (was.on && was.tabId !== undefined) deps.tell(was.tabId, 'stop');
      }),
    shouldRecord: async (tabId) => {
      const r = await read();
      return r.on && tabId !== undefined && r.tabId === tabId;
    },
    add: (step, tabId) =>
      serial(async () => {
        const r = await read();
        if (!r.on || tabId === undefined || r.tabId !== tabId) return false;
        const inbox = parseInbox((await deps.local.get(INBOX_KEY))[INBOX_KEY]);
        const steps = inbox.run === r.run ? inbox.steps : [];
        if (steps.length >= MAX_RECORDED) return false;
        await deps.local.set({ [INBOX_KEY]: { run: r.run, steps: [...steps, step] } satisfies Inbox });
        return true;
      }),
    status: read,
  };
}

/** The URL patterns the guides use (the draft being tried aside), for the recorder's start command. */
export function knownPatterns(guides: readonly Guide[]): string[] {
  const patterns = new Set<string>();
  for (const guide of guides)
    if (guide.id !== TRIAL_ID) for (const step of guide.steps) for (const p of step.url) patterns.add(p);
  return [...patterns].filter((p) => p.length <= MAX_PATTERN).slice(0, MAX_KNOWN);
}
