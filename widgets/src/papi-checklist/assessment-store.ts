import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IDBPDatabase } from 'idb';
import { StoreConnection } from '../shared/idb.js';
import type { TaskStatus } from '@papi/core';
import { inBackground } from '../shared/in-background.js';

/** What an officer recorded for one task. */
export interface AssessmentEntry {
  status: TaskStatus;
  evidence?: string;
  note?: string;
  /** When this entry was last changed (ms); of two versions of a task's entry, the newer wins. Absent in old records. */
  updatedAt?: number;
}

/** The last report submitted for a period: its outbox id and when it was queued (ms). */
export interface ReportRef {
  id: string;
  at: number;
}

export interface AssessmentRecord {
  planId: string;
  unit: string;
  tasks: Record<string, AssessmentEntry>;
  /** The last report submitted per period ("2026-H2"), so that a reload can say whether it is still waiting. */
  reports?: Record<string, ReportRef>;
  updatedAt: string;
}

/** Its own database, so its version never clashes with the outbox's "papi-widgets". */
export const ASSESSMENT_DB = 'papi-self-assessment';
export const ASSESSMENT_STORE = 'self-assessment';
/** Tells the other tabs that a record changed (message: the record's key). */
export const ASSESSMENT_CHANNEL = 'papi-self-assessment';
/** localStorage keys (one per tab) for changes not yet committed when the page was hidden or left. */
export const JOURNAL_PREFIX = 'papi-self-assessment-pending|';
/** Typing is saved this long after the last keystroke (a change, a hidden page or pagehide saves at once). */
export const ASSESSMENT_TIMING = { debounceMs: 300 };

const connection = new StoreConnection(ASSESSMENT_DB, ASSESSMENT_STORE);
const open = (): Promise<IDBPDatabase> => connection.open();

export const assessmentKey = (planId: string, unit: string): string => `${planId}|${unit}`;

const stamp = (x: { updatedAt?: number; at?: number } | undefined): number => x?.updatedAt ?? x?.at ?? 0;

/**
 * The stored record with some changes merged in, entry by entry: a change replaces the stored entry only when it is
 * newer, so that two tabs (or two pages of one portal) writing the same record never undo each other's changes.
 */
export function mergeRecord(
  stored: AssessmentRecord | undefined,
  planId: string,
  unit: string,
  tasks: ReadonlyMap<string, AssessmentEntry>,
  reports: ReadonlyMap<string, ReportRef> = new Map(),
): AssessmentRecord {
  const merged: AssessmentRecord = { planId, unit, tasks: { ...stored?.tasks }, updatedAt: new Date().toISOString() };
  for (const [id, entry] of tasks) if (stamp(entry) > stamp(merged.tasks[id])) merged.tasks[id] = entry;
  const allReports = { ...stored?.reports };
  for (const [period, ref] of reports) if (stamp(ref) > stamp(allReports[period])) allReports[period] = ref;
  if (Object.keys(allReports).length) merged.reports = allReports;
  return merged;
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}
function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** This tab's journal key in localStorage. */
const tabId = Math.random().toString(36).slice(2, 10) + Date.now().toString(36);

type Journal = Record<string, { tasks?: Record<string, AssessmentEntry>; reports?: Record<string, ReportRef> }>;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // blocked (sandboxed frame, storage disabled)
  }
}

/**
 * Keeps a unit's self-assessment of a plan in IndexedDB, per plan id and unit, so it survives reloads.
 * state: idle (nothing to load), loading, ready, or failed (storage refused: the page still works, unsaved).
 *
 * Each change is saved on its own, as a read-modify-write in one readwrite transaction that merges only the entries
 * this tab changed (newer wins), never the whole record from memory. Other tabs hear of it (BroadcastChannel, else a
 * re-read when the page is shown or focused) and show it. Typing is saved after a short pause; what is still pending
 * when the page is hidden or left is saved at once, and kept meanwhile in a localStorage journal that the next load
 * merges, for the case the page goes away before IndexedDB commits.
 */
export class AssessmentStore implements ReactiveController {
  key = '';
  tasks: Record<string, AssessmentEntry> = {};
  reports: Record<string, ReportRef> = {};
  state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  private planId = '';
  private unit = '';
  private generation = 0;
  /** This tab's changes not yet committed, by task id (and by period for reports). */
  private readonly dirty = new Map<string, AssessmentEntry>();
  private readonly dirtyReports = new Map<string, ReportRef>();
  private writes: Promise<unknown> = Promise.resolve();
  private inFlight = 0;
  private next: Deferred | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private clock = 0;
  private channel: BroadcastChannel | undefined;
  private connected = false;

  private readonly onHidden = (): void => {
    if (document.visibilityState === 'hidden') this.flushNow();
    else this.refresh();
  };
  private readonly onPageHide = (): void => this.flushNow();
  private readonly onFocus = (): void => this.refresh();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether changes are waiting to be saved or being saved. */
  get saving(): boolean {
    return this.dirty.size > 0 || this.dirtyReports.size > 0 || this.inFlight > 0;
  }

  hostConnected(): void {
    if (this.connected) return;
    this.connected = true;
    globalThis.addEventListener?.('pagehide', this.onPageHide);
    globalThis.addEventListener?.('focus', this.onFocus);
    globalThis.document?.addEventListener('visibilitychange', this.onHidden);
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(ASSESSMENT_CHANNEL);
      this.channel.onmessage = (e: MessageEvent<unknown>) => {
        if (e.data === this.key) this.refresh();
      };
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    globalThis.removeEventListener?.('pagehide', this.onPageHide);
    globalThis.removeEventListener?.('focus', this.onFocus);
    globalThis.document?.removeEventListener('visibilitychange', this.onHidden);
    this.flushNow();
    this.channel?.close();
    this.channel = undefined;
  }

  /** Switches to a plan and unit (undefined: none), loading what was saved for them. */
  use(planId: string | undefined, unit: string | undefined): void {
    const key = planId && unit ? assessmentKey(planId, unit) : '';
    if (key === this.key) return;
    if (this.next) inBackground(this.flush(), 'assessment'); // the previous unit's pending changes are saved under its own key
    this.key = key;
    this.planId = planId ?? '';
    this.unit = unit ?? '';
    this.tasks = {};
    this.reports = {};
    this.dirty.clear();
    this.dirtyReports.clear();
    const generation = ++this.generation;
    if (!key) {
      this.state = 'idle';
      return;
    }
    this.state = 'loading';
    this.read(key).then(
      (record) => {
        if (generation !== this.generation) return;
        this.apply(record);
        this.state = 'ready';
        this.recoverJournals(key);
        this.host.requestUpdate();
      },
      () => {
        if (generation !== this.generation) return;
        this.state = 'failed';
        this.host.requestUpdate();
      },
    );
  }

  /**
   * Records a change for a task and saves it (after a pause when `debounce`, for typing); resolves when it is
   * committed (or the save failed, state "failed").
   */
  set(taskId: string, patch: Partial<AssessmentEntry>, options: { debounce?: boolean } = {}): Promise<void> {
    if (!this.key) return Promise.resolve();
    const current = this.tasks[taskId] ?? { status: 'not-started' };
    const next: AssessmentEntry = { ...current, ...patch, updatedAt: this.tick(current.updatedAt) };
    if (!next.evidence) delete next.evidence;
    if (!next.note) delete next.note;
    this.tasks = { ...this.tasks, [taskId]: next };
    this.dirty.set(taskId, next);
    this.host.requestUpdate();
    return this.schedule(options.debounce === true);
  }

  /** Remembers the report just submitted for a period; resolves when committed. */
  setReport(period: string, id: string): Promise<void> {
    if (!this.key) return Promise.resolve();
    const ref: ReportRef = { id, at: this.tick(this.reports[period]?.at) };
    this.reports = { ...this.reports, [period]: ref };
    this.dirtyReports.set(period, ref);
    return this.schedule(false);
  }

  /** Saves what is pending now; resolves when committed. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const done = this.next;
    this.next = undefined;
    if (!done) return this.writes.then(() => undefined);
    const key = this.key;
    const planId = this.planId;
    const unit = this.unit;
    const tasks = new Map(this.dirty);
    const reports = new Map(this.dirtyReports);
    this.inFlight++;
    const write = this.writes.then(() => this.commit(key, planId, unit, tasks, reports));
    this.writes = write.catch(() => undefined);
    void write
      .then(
        (record) => {
          if (key !== this.key) return;
          for (const [id, entry] of tasks) if (this.dirty.get(id) === entry) this.dirty.delete(id);
          for (const [period, ref] of reports)
            if (this.dirtyReports.get(period) === ref) this.dirtyReports.delete(period);
          if (this.state === 'failed') this.state = 'ready';
          this.apply(record);
          this.channel?.postMessage(key);
          if (!this.dirty.size && !this.dirtyReports.size) this.clearJournal(key);
        },
        () => {
          if (key === this.key) this.state = 'failed';
        },
      )
      .finally(() => {
        this.inFlight--;
        this.host.requestUpdate();
        done.resolve();
      });
    return done.promise;
  }

  /** Re-reads the record (another tab saved it), keeping this tab's changes that are newer. */
  refresh(): void {
    const key = this.key;
    if (!key || this.state === 'loading') return;
    const generation = this.generation;
    this.read(key).then(
      (record) => {
        if (generation !== this.generation) return;
        if (this.apply(record)) this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  private tick(previous = 0): number {
    this.clock = Math.max(Date.now(), this.clock + 1, previous + 1);
    return this.clock;
  }

  private schedule(debounce: boolean): Promise<void> {
    const done = (this.next ??= deferred());
    clearTimeout(this.timer);
    this.timer = undefined;
    if (debounce) this.timer = setTimeout(() => inBackground(this.flush(), 'assessment'), ASSESSMENT_TIMING.debounceMs);
    else inBackground(this.flush(), 'assessment');
    return done.promise;
  }

  /** The page is going away or out of sight: pending changes go to the journal at once, and to IndexedDB. */
  private flushNow(): void {
    if (!this.next) return;
    this.writeJournal();
    inBackground(this.flush(), 'assessment');
  }

  private async read(key: string): Promise<AssessmentRecord | undefined> {
    return (await (await open()).get(ASSESSMENT_STORE, key)) as AssessmentRecord | undefined;
  }

  /** One readwrite transaction: read the record, merge these changes into it, write it back. */
  private async commit(
    key: string,
    planId: string,
    unit: string,
    tasks: Map<string, AssessmentEntry>,
    reports: Map<string, ReportRef>,
  ): Promise<AssessmentRecord> {
    const tx = (await open()).transaction(ASSESSMENT_STORE, 'readwrite');
    const stored = (await tx.store.get(key)) as AssessmentRecord | undefined;
    const record = mergeRecord(stored, planId, unit, tasks, reports);
    await tx.store.put(record, key);
    await tx.done;
    return record;
  }

  /** Takes the stored entries that are at least as new as what this tab holds; whether anything changed. */
  private apply(record: AssessmentRecord | undefined): boolean {
    if (!record) return false;
    let changed = false;
    const tasks = { ...this.tasks };
    for (const [id, entry] of Object.entries(record.tasks ?? {})) {
      const mine = tasks[id];
      if (mine === entry || (this.dirty.has(id) && stamp(mine) > stamp(entry))) continue;
      if (!mine || stamp(entry) >= stamp(mine)) {
        if (!mine || !sameEntry(mine, entry)) changed = true;
        tasks[id] = entry;
      }
    }
    const reports = { ...this.reports };
    for (const [period, ref] of Object.entries(record.reports ?? {})) {
      const mine = reports[period];
      if (!mine || stamp(ref) > stamp(mine)) {
        reports[period] = ref;
        changed = true;
      }
    }
    this.tasks = tasks;
    this.reports = reports;
    return changed;
  }

  private writeJournal(): void {
    const ls = storage();
    if (!ls || !this.key) return;
    try {
      const journal = JSON.parse(ls.getItem(JOURNAL_PREFIX + tabId) ?? '{}') as Journal;
      journal[this.key] = { tasks: Object.fromEntries(this.dirty), reports: Object.fromEntries(this.dirtyReports) };
      ls.setItem(JOURNAL_PREFIX + tabId, JSON.stringify(journal));
    } catch {
      // full or blocked: IndexedDB alone then
    }
  }

  private clearJournal(key: string): void {
    const ls = storage();
    if (!ls) return;
    try {
      const raw = ls.getItem(JOURNAL_PREFIX + tabId);
      if (!raw) return;
      const journal = JSON.parse(raw) as Journal;
      delete journal[key];
      if (Object.keys(journal).length) ls.setItem(JOURNAL_PREFIX + tabId, JSON.stringify(journal));
      else ls.removeItem(JOURNAL_PREFIX + tabId);
    } catch {
      // nothing to clear
    }
  }

  /** Changes an earlier page left in its journal (it went away before IndexedDB committed) are merged now. */
  private recoverJournals(key: string): void {
    const ls = storage();
    if (!ls) return;
    const found: string[] = [];
    try {
      for (let i = 0; i < ls.length; i++) {
        const name = ls.key(i);
        if (!name?.startsWith(JOURNAL_PREFIX) || name === JOURNAL_PREFIX + tabId) continue;
        const part = (JSON.parse(ls.getItem(name) ?? '{}') as Journal)[key];
        if (!part) continue;
        found.push(name);
        for (const [id, entry] of Object.entries(part.tasks ?? {})) {
          if (stamp(entry) > stamp(this.tasks[id])) {
            this.tasks = { ...this.tasks, [id]: entry };
            this.dirty.set(id, entry);
          }
        }
        for (const [period, ref] of Object.entries(part.reports ?? {})) {
          if (stamp(ref) > stamp(this.reports[period])) {
            this.reports = { ...this.reports, [period]: ref };
            this.dirtyReports.set(period, ref);
          }
        }
      }
    } catch {
      return;
    }
    if (!found.length) return;
    const saved = this.dirty.size || this.dirtyReports.size ? this.schedule(false) : Promise.resolve();
    inBackground(
      saved.then(() => {
        if (this.state === 'failed') return;
        for (const name of found) {
          try {
            const journal = JSON.parse(ls.getItem(name) ?? '{}') as Journal;
            delete journal[key];
            if (Object.keys(journal).length) ls.setItem(name, JSON.stringify(journal));
            else ls.removeItem(name);
          } catch {
            // another tab took it
          }
        }
      }),
      'assessment',
    );
  }
}

function sameEntry(a: AssessmentEntry, b: AssessmentEntry): boolean {
  return a.status === b.status && a.evidence === b.evidence && a.note === b.note && a.updatedAt === b.updatedAt;
}
