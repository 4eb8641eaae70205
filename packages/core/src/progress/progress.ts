import { DIMENSION_IDS, type DimensionId } from '../dimensions/dimensions.js';
import type { Plan, PlanTask, TaskStatus } from '../plan/types.js';

/** Task statuses an officer recorded, by task id. Tasks without one fall back to the plan's own status, then "not started". */
export type StatusMap = Readonly<Record<string, TaskStatus | undefined>>;

export interface ProgressCount {
  readonly total: number;
  readonly done: number;
  readonly inProgress: number;
  readonly notStarted: number;
  readonly overdue: number;
  /** done / total, 0 when there are no tasks. */
  readonly ratio: number;
}

export interface PlanProgress {
  readonly overall: ProgressCount;
  /** A task counts in each dimension it serves. */
  readonly byDimension: Readonly<Record<DimensionId, ProgressCount>>;
  /** Keyed by lead unit id, as the plan names it (a group counts as itself). */
  readonly byUnit: ReadonlyMap<string, ProgressCount>;
}

export function statusOf(task: PlanTask, statuses: StatusMap = {}): TaskStatus {
  return statuses[task.id] ?? task.status ?? 'not-started';
}

/** A task with a dated timing is overdue once that date has passed and it is not done. */
export function isOverdue(task: PlanTask, status: TaskStatus, today: string): boolean {
  return task.timing.kind === 'due' && status !== 'done' && today > task.timing.due;
}

class Tally {
  total = 0;
  done = 0;
  inProgress = 0;
  notStarted = 0;
  overdue = 0;
  add(status: TaskStatus, overdue: boolean): void {
    this.total++;
    if (status === 'done') this.done++;
    else if (status === 'in-progress') this.inProgress++;
    else this.notStarted++;
    if (overdue) this.overdue++;
  }
  freeze(): ProgressCount {
    const { total, done, inProgress, notStarted, overdue } = this;
    return { total, done, inProgress, notStarted, overdue, ratio: total === 0 ? 0 : done / total };
  }
}

/** Rolls task statuses up into progress overall, per dimension and per lead unit. `today` is YYYY-MM-DD. */
export function planProgress(plan: Pick<Plan, 'tasks'>, statuses: StatusMap, today: string): PlanProgress {
  const overall = new Tally();
  const dims = Object.fromEntries(DIMENSION_IDS.map((d) => [d, new Tally()])) as Record<DimensionId, Tally>;
  const units = new Map<string, Tally>();
  for (const task of plan.tasks) {
    const status = statusOf(task, statuses);
    const overdue = isOverdue(task, status, today);
    overall.add(status, overdue);
    for (const d of new Set(task.dimensions)) dims[d].add(status, overdue);
    for (const u of new Set(task.lead)) {
      let t = units.get(u);
      if (!t) units.set(u, (t = new Tally()));
      t.add(status, overdue);
    }
  }
  return {
    overall: overall.freeze(),
    byDimension: Object.fromEntries(DIMENSION_IDS.map((d) => [d, dims[d].freeze()])) as Record<
      DimensionId,
      ProgressCount
    >,
    byUnit: new Map([...units].map(([u, t]) => [u, t.freeze()])),
  };
}
