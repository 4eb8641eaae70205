import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { openDB, type IDBPDatabase } from 'idb';
import type { TaskStatus } from '@papi/core';

/** What an officer recorded for one task. */
export interface AssessmentEntry {
  status: TaskStatus;
  evidence?: string;
  note?: string;
}

export interface AssessmentRecord {
  planId: string;
  unit: string;
  tasks: Record<string, AssessmentEntry>;
  updatedAt: string;
}

/** Its own database, so its version never clashes with the outbox's "papi-widgets". */
export const ASSESSMENT_DB = 'papi-self-assessment';
export const ASSESSMENT_STORE = 'self-assessment';

let db: Promise<IDBPDatabase> | undefined;
function open(): Promise<IDBPDatabase> {
  db ??= openDB(ASSESSMENT_DB, 1, {
    upgrade(d) {
      if (!d.objectStoreNames.contains(ASSESSMENT_STORE)) d.createObjectStore(ASSESSMENT_STORE);
    },
    terminated: () => (db = undefined),
  });
  db.catch(() => (db = undefined));
  return db;
}

export const assessmentKey = (planId: string, unit: string): string => `${planId}|${unit}`;

/**
 * Keeps a unit's self-assessment of a plan in IndexedDB, per plan id and unit, so it survives reloads.
 * state: idle (nothing to load), loading, ready, or failed (storage refused: the page still works, unsaved).
 */
export class AssessmentStore implements ReactiveController {
  key = '';
  tasks: Record<string, AssessmentEntry> = {};
  state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  private generation = 0;
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Switches to a plan and unit (undefined: none), loading what was saved for them. */
  use(planId: string | undefined, unit: string | undefined): void {
    const key = planId && unit ? assessmentKey(planId, unit) : '';
    if (key === this.key) return;
    this.key = key;
    this.tasks = {};
    const generation = ++this.generation;
    if (!key) {
      this.state = 'idle';
      return;
    }
    this.state = 'loading';
    open()
      .then((d) => d.get(ASSESSMENT_STORE, key) as Promise<AssessmentRecord | undefined>)
      .then(
        (record) => {
          if (generation !== this.generation) return;
          this.tasks = record?.tasks ?? {};
          this.state = 'ready';
          this.host.requestUpdate();
        },
        () => {
          if (generation !== this.generation) return;
          this.state = 'failed';
          this.host.requestUpdate();
        },
      );
  }

  /** Records a change for a task and writes the whole record; resolves when it is committed. */
  set(taskId: string, patch: Partial<AssessmentEntry>): Promise<void> {
    const [planId = '', unit = ''] = this.key.split('|');
    const current = this.tasks[taskId] ?? { status: 'not-started' };
    const next: AssessmentEntry = { ...current, ...patch };
    if (!next.evidence) delete next.evidence;
    if (!next.note) delete next.note;
    this.tasks = { ...this.tasks, [taskId]: next };
    this.host.requestUpdate();
    const record: AssessmentRecord = { planId, unit, tasks: this.tasks, updatedAt: new Date().toISOString() };
    const key = this.key;
    const write = this.writes.then(() => open().then((d) => d.put(ASSESSMENT_STORE, record, key)));
    this.writes = write.catch(() => undefined);
    return write.then(
      () => {
        if (this.state === 'failed') this.state = 'ready';
      },
      () => {
        this.state = 'failed';
        this.host.requestUpdate();
      },
    );
  }
}
