/**
 * The extension's own IndexedDB (idb): cases and the locator-failure report. A case holds the guide, the step
 * and times only — never a name, an ID number or anything typed into the portal.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Detour, StepDone } from '@papi/core';
import { failureKey } from './tallies.js';

export type CaseStatus = 'active' | 'paused' | 'completed';

export interface CaseRecord {
  readonly id: string;
  /** A running number shown as "Case #n", so several residents' cases can be told apart without names. */
  readonly number: number;
  readonly guideId: string;
  readonly procedure: string;
  readonly unitId?: string;
  /** The ward or commune chosen under "Chọn cơ quan thực hiện" (an office's name, not the resident's data). */
  agency?: string;
  status: CaseStatus;
  step: number;
  done: StepDone[];
  /** A side trip in progress (the sign-on taken from a later step): the step to come back to. */
  detour?: Detour;
  readonly startedAt: string;
  updatedAt: string;
  completedAt?: string;
  /** When each step was reached: step id and time. */
  times: { step: string; at: string }[];
}

export interface FailureRecord {
  readonly key: string;
  readonly guideId: string;
  readonly stepId: string;
  readonly strategy: string;
  /**
   * The step's URL pattern that the page matched (`dichvucong.gov.vn/nop-ho-so?formalityCaseId`), never the page's
   * own address: a path or query may hold a dossier code or a personal number.
   */
  readonly page: string;
  count: number;
  lastAt: string;
}

interface Schema extends DBSchema {
  cases: { key: string; value: CaseRecord; indexes: { status: CaseStatus } };
  failures: { key: string; value: FailureRecord };
}

export const DB_NAME = 'papi-extension';

/**
 * At most this many failure records are kept (one per guide, step, strategy and page pattern); beyond it the ones
 * seen least recently are dropped, so a portal change that breaks many steps cannot grow the report without end.
 */
export const MAX_FAILURES = 300;

export class Store {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  static async open(name = DB_NAME): Promise<Store> {
    const db = await openDB<Schema>(name, 2, {
      upgrade(d, oldVersion) {
        if (oldVersion < 1) {
          const cases = d.createObjectStore('cases', { keyPath: 'id' });
          cases.createIndex('status', 'status');
        }
        // Version 1 kept each failure under the page's raw path, which may hold a dossier code: those are dropped.
        if (oldVersion === 1) d.deleteObjectStore('failures');
        d.createObjectStore('failures', { keyPath: 'key' });
      },
    });
    return new Store(db);
  }

  async putCase(c: CaseRecord): Promise<void> {
    await this.db.put('cases', c);
  }
  getCase(id: string): Promise<CaseRecord | undefined> {
    return this.db.get('cases', id);
  }
  async deleteCase(id: string): Promise<void> {
    await this.db.delete('cases', id);
  }
  async cases(): Promise<CaseRecord[]> {
    const all = await this.db.getAll('cases');
    return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }
  async activeCase(): Promise<CaseRecord | undefined> {
    return (await this.db.getAllFromIndex('cases', 'status', 'active'))[0];
  }
  async nextNumber(): Promise<number> {
    const all = await this.db.getAll('cases');
    return all.reduce((m, c) => Math.max(m, c.number), 0) + 1;
  }

  async recordFailure(
    f: { guideId: string; stepId: string; strategy: string; page: string },
    at: string,
  ): Promise<void> {
    const key = failureKey(f);
    const tx = this.db.transaction('failures', 'readwrite');
    const prev = await tx.store.get(key);
    if (!prev) {
      // Room for one more: the records seen least recently go first.
      const all = await tx.store.getAll();
      const excess = all.length + 1 - MAX_FAILURES;
      if (excess > 0)
        for (const old of all.sort((a, b) => a.lastAt.localeCompare(b.lastAt)).slice(0, excess))
          await tx.store.delete(old.key);
    }
    await tx.store.put({
      key,
      guideId: f.guideId,
      stepId: f.stepId,
      strategy: f.strategy,
      page: f.page,
      count: (prev?.count ?? 0) + 1,
      lastAt: at,
    });
    await tx.done;
  }
  async failures(): Promise<FailureRecord[]> {
    const all = await this.db.getAll('failures');
    return all.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  }

  close(): void {
    this.db.close();
  }
}
