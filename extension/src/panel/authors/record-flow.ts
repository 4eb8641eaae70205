/**
 * The recorder's part of the Authors section: the draft (kept in storage.local at each change, so closing the panel
 * loses nothing), the steps the background recorded meanwhile (taken from its inbox), start and stop, "try it" and
 * export. What the panel says is kept as keys and parameters, put into words when shown.
 */
import { signal } from '@preact/signals';
import type { Guide, Issue } from '@papi/core';
import type { PanelKey } from '../../i18n/panel.js';
import type { ActiveView, RecorderStatus } from '../../messages.js';
import type { Draft } from '../../recorder/draft.js';
import type { Inbox, Recording } from '../../recorder/session.js';
import {
  exportStored,
  NEW_DRAFT,
  parseStoredDraft,
  takeRecorded,
  trialGuide,
  type StoredDraft,
} from '../../recorder/stored-draft.js';
import { trial } from '../guides.js';
import { L, tr } from '../state.js';

/** What the recorder needs of the extension (the panel's API). */
export interface RecorderApi {
  /** Asks the background to start or stop recording on the portal tab in use. */
  command(command: 'start' | 'stop'): Promise<RecorderStatus>;
  status(): Promise<Recording>;
  loadInbox(): Promise<Inbox>;
  loadDraft(): Promise<unknown>;
  saveDraft(draft: StoredDraft): Promise<void>;
  /** Runs the guide as the background's trial guide on the portal tab in use. */
  tryGuide(guide: Guide): Promise<ActiveView | null>;
  /** Calls back when the recording or its inbox change (storage.onChanged). */
  onChange(callback: () => void): void;
  download(name: string, text: string, type: string): void;
}

export interface RecNotice {
  readonly tone: 'ok' | 'refused';
  readonly key: PanelKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export const draft = signal<StoredDraft>(NEW_DRAFT);
export const recording = signal(false);
export const recNotice = signal<RecNotice | null>(null);
/** Why the last export or try was refused: core's problems, each with its path. */
export const exportIssues = signal<readonly Issue[]>([]);
/** The control to focus once the list is drawn again (after a move, a deletion, an insertion). */
export const focusAfter = signal<{ readonly key: string; readonly control: string } | null>(null);

let queue: Promise<unknown> = Promise.resolve();
/** One change after another, each from the draft as the last one left it. */
function serial(work: () => Promise<void>): Promise<void> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

/** Reads the stored draft, takes what was recorded meanwhile, and keeps listening. */
export async function initRecorder(api: RecorderApi): Promise<void> {
  draft.value = parseStoredDraft(await api.loadDraft());
  api.onChange(() => void sync(api).catch((e: unknown) => console.warn('papi panel recorder:', e)));
  await sync(api);
}

/** Takes the inbox's new steps into the draft (and stores it), and reads whether it records. */
export function sync(api: RecorderApi): Promise<void> {
  return serial(async () => {
    const [inbox, status] = await Promise.all([api.loadInbox(), api.status()]);
    recording.value = status.on;
    const next = takeRecorded(draft.value, inbox);
    if (next !== draft.value) {
      draft.value = next;
      await api.saveDraft(next);
    }
  });
}

/** Changes the draft and stores it. */
export function edit(api: RecorderApi, change: (d: StoredDraft) => StoredDraft): Promise<void> {
  return serial(async () => {
    const next = change(draft.value);
    if (next === draft.value) return;
    draft.value = next;
    await api.saveDraft(next);
  });
}

/** Changes the draft's steps (draft.ts's functions) and stores it. */
export const editSteps = (api: RecorderApi, change: (d: Draft) => Draft): Promise<void> =>
  edit(api, (d) => {
    const { steps } = change(d);
    return steps === d.steps ? d : { ...d, steps };
  });

export async function startRecording(api: RecorderApi): Promise<void> {
  const status = await api.command('start');
  recording.value = status.recording;
  recNotice.value =
    status.problem === 'no-page'
      ? { tone: 'refused', key: 'recorder.noPage', params: {} }
      : { tone: 'ok', key: 'recorder.started', params: {} };
}

export async function stopRecording(api: RecorderApi): Promise<void> {
  const status = await api.command('stop');
  recording.value = status.recording;
  await sync(api);
  recNotice.value = { tone: 'ok', key: 'recorder.stopped', params: { count: draft.value.steps.length } };
}

/** Downloads the guide file, or says why not (core's problems, each with its path). */
export function exportGuide(api: RecorderApi): void {
  const out = exportStored(draft.value);
  if (!out.ok) {
    exportIssues.value = out.issues;
    recNotice.value = { tone: 'refused', key: 'recorder.exportRefused', params: { count: out.issues.length } };
    return;
  }
  exportIssues.value = [];
  const file = `${out.guide.id}.json`;
  api.download(file, out.json, 'application/json');
  recNotice.value = { tone: 'ok', key: 'recorder.exported', params: { file, id: out.guide.id } };
}

/** Runs the draft on the portal tab in use, as an imported guide runs. */
export async function tryDraft(api: RecorderApi): Promise<void> {
  const out = trialGuide(draft.value, (n) => (n ? tr('recorder.untitledStep', { n }) : tr('recorder.untitled')), L());
  if (!out.ok) {
    exportIssues.value = out.issues;
    recNotice.value = { tone: 'refused', key: 'recorder.tryRefused', params: { count: out.issues.length } };
    return;
  }
  exportIssues.value = [];
  trial.value = out.guide;
  const view = await api.tryGuide(out.guide);
  recNotice.value = view
    ? { tone: 'ok', key: 'recorder.trying', params: {} }
    : { tone: 'refused', key: 'recorder.tryFailed', params: {} };
}

/** A new, empty draft (the recorded steps already taken stay taken). */
export const clearDraft = (api: RecorderApi): Promise<void> =>
  edit(api, (d) => ({ ...NEW_DRAFT, run: d.run, taken: d.taken }));
