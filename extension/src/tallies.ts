/** Tallies of completed guided filings and the locator-failure report: pure functions over stored records. */
import { localize, procedureById, toCsv, type Locale, type OnlineLevel } from '@papi/core';
import { TRIAL_ID } from './recorder/session.js';
import type { CaseRecord, FailureRecord } from './store.js';

export interface TallyRow {
  /** YYYY-MM of completion, local time. */
  readonly month: string;
  readonly procedure: string;
  readonly level: OnlineLevel | 'unknown';
  readonly count: number;
}

const monthOf = (iso: string): string => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};

export function tallies(cases: readonly CaseRecord[]): TallyRow[] {
  const map = new Map<string, TallyRow>();
  for (const c of cases) {
    // An author's "Thử" (try the draft) is not a filing.
    if (c.status !== 'completed' || !c.completedAt || c.guideId === TRIAL_ID) continue;
    const month = monthOf(c.completedAt);
    const level = procedureById(c.procedure)?.onlineLevel ?? 'unknown';
    const key = `${month}|${c.procedure}`;
    const prev = map.get(key);
    map.set(key, { month, procedure: c.procedure, level, count: (prev?.count ?? 0) + 1 });
  }
  return [...map.values()].sort((a, b) => b.month.localeCompare(a.month) || a.procedure.localeCompare(b.procedure));
}

/** CSV, UTF-8 with a byte-order mark so spreadsheet programs show Vietnamese correctly. */
export function talliesCsv(rows: readonly TallyRow[], locale: Locale): string {
  const head = ['month', 'procedure_id', 'procedure', 'online_level', 'completed'];
  return toCsv([
    head,
    ...rows.map((r) => [
      r.month,
      r.procedure,
      localize(procedureById(r.procedure)?.name, locale) || r.procedure,
      r.level,
      r.count,
    ]),
  ]);
}

export function failureKey(f: Pick<FailureRecord, 'guideId' | 'stepId' | 'strategy' | 'page'>): string {
  return [f.guideId, f.stepId, f.strategy, f.page].join('|');
}
