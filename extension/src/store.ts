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
  /** The page's path only (no query, no content). */
  readonly path: string;
  count: number;
  lastAt: string;
}

interface Schema extends DBSchema {
  cases: { key: string; value: CaseRecord; indexes: { status: CaseStatus } };
  failures: { key: string; value: FailureRecord };
}

export const DB_NAME = 'papi-extension';

export class Store {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  static async open(name = DB_NAME): Promise<Store> {
    const db = await openDB<Schema>(name, 1, {
      upgrade(d) {
        const cases = d.createObjectStore('cases', { keyPath: 'id' });
        cases.createIndex('status', 'status');
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
    f: { guideId: string; stepId: string; strategy: string; path: string },
    at: string,
  ): Promise<void> {
    const key = failureKey(f);
    const tx = this.db.transaction('failures', 'readwrite');
    const prev = await tx.store.get(key);
    await tx.store.put({
      key,
      guideId: f.guideId,
      stepId: f.stepId,
      strategy: f.strategy,
      path: f.path,
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
