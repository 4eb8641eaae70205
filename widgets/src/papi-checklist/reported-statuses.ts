import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TASK_STATUSES, type TaskStatus, isRecord } from '@papi/core';
import { collectorUrl } from '../shared/data-controller.js';
import { inBackground } from '../shared/in-background.js';

/** A unit's latest self-assessment report for a plan, as the collector's public statistics give it. */
export interface ReportedStatuses {
  readonly period: string;
  readonly submittedAt: string;
  readonly statuses: Readonly<Record<string, TaskStatus>>;
}

export type ReportedState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'none' }
  | { readonly status: 'ready'; readonly report: ReportedStatuses }
  | { readonly status: 'error' };

const STATUS_SET: ReadonlySet<string> = new Set(TASK_STATUSES);

/** The latest report of `unit` for `planId` in a GET /api/stats answer; entries of any other shape are skipped. */
export function reportedFor(stats: unknown, planId: string, unit: string): ReportedStatuses | undefined {
  const entries = isRecord(stats) && Array.isArray(stats.selfAssessment) ? stats.selfAssessment : [];
  let best: ReportedStatuses | undefined;
  for (const e of entries as unknown[]) {
    if (!isRecord(e) || e.planId !== planId || e.unit !== unit || !isRecord(e.statuses)) continue;
    if (typeof e.period !== 'string' || typeof e.submittedAt !== 'string') continue;
    const statuses: Record<string, TaskStatus> = {};
    for (const [task, status] of Object.entries(e.statuses))
      if (typeof status === 'string' && STATUS_SET.has(status)) statuses[task] = status as TaskStatus;
    if (!best || e.submittedAt > best.submittedAt) best = { period: e.period, submittedAt: e.submittedAt, statuses };
  }
  return best;
}

/**
 * In view mode with an endpoint, the checklist shows each task's status from the unit's latest report to the
 * collector (its public statistics), so that a commune portal shows what the unit reported, not a blank plan.
 */
export class ReportedStatusesController implements ReactiveController {
  state: ReportedState = { status: 'idle' };
  private key = '';
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: () => { endpoint: string | undefined; planId: string; unit: string } | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const target = this.target();
    const url = target && collectorUrl(target.endpoint, 'stats');
    const key = url && target ? `${url} ${target.planId} ${target.unit}` : '';
    if (key === this.key) return;
    this.key = key;
    this.abort?.abort();
    if (!url || !target) {
      this.state = { status: 'idle' };
      return;
    }
    this.state = { status: 'loading' };
    const abort = (this.abort = new AbortController());
    const timer = setTimeout(() => abort.abort(), 15_000);
    const loaded = fetch(url, {
      signal: abort.signal,
      cache: 'no-cache',
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const report = reportedFor(await res.json(), target.planId, target.unit);
        return report ? ({ status: 'ready', report } as const) : ({ status: 'none' } as const);
      })
      .catch(() => ({ status: 'error' }) as const)
      .then((state) => {
        clearTimeout(timer);
        if (this.abort !== abort) return; // a newer request took over
        this.state = state;
        this.host.requestUpdate();
      });
    inBackground(loaded, 'reported statuses');
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.key = '';
  }
}
