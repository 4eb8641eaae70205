import {
  type Accountability,
  type AnswerRule,
  type CollectorStats,
  DEFAULT_ANSWER_RULE,
  type Satisfaction,
  type UnitProgress,
  DIMENSION_IDS,
  type DimensionId,
  type ExtraUnit,
  type Plan,
  type PlanTask,
  type SatisfactionValue,
  accountability,
  answerState,
  compareAccountability,
  daysToAnswer,
  isDimensionId,
  isSatisfied,
  planProgress,
  tasksForUnit,
} from '@papi/core';
import type { AnswerFigures, LatestReport, TallyRow } from './store.js';

export type { CollectorStats, Distribution, Satisfaction, UnitProgress } from '@papi/core';

class Tally {
  readonly d = [0, 0, 0, 0, 0];
  add(rating: SatisfactionValue, n: number): void {
    this.d[rating - 1]! += n;
  }
  freeze(): Satisfaction {
    const count = this.d.reduce((a, b) => a + b, 0);
    const satisfied = ([1, 2, 3, 4, 5] as const).filter(isSatisfied).reduce((sum, v) => sum + this.d[v - 1]!, 0);
    const [a, b, c, d, e] = this.d as [number, number, number, number, number];
    return {
      count,
      satisfied,
      shareSatisfied: count === 0 ? null : Math.round((satisfied / count) * 10_000) / 10_000,
      distribution: { 1: a, 2: b, 3: c, 4: d, 5: e },
    };
  }
}

function group<K extends string>(rows: readonly TallyRow[], key: (r: TallyRow) => K | null): [K, Satisfaction][] {
  const tallies = new Map<K, Tally>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    let t = tallies.get(k);
    if (!t) tallies.set(k, (t = new Tally()));
    t.add(r.rating, r.count);
  }
  return [...tallies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, t]) => [k, t.freeze()]);
}

const asDimension = (d: string | null): DimensionId | null => (isDimensionId(d) ? d : null);

/** Progress of one unit from its latest report: the plan's tasks for that unit plus any other task the report names. */
export function unitProgress(report: LatestReport, plans: ReadonlyMap<string, Plan>, today: string): UnitProgress {
  const plan = plans.get(report.planId);
  const base = {
    unit: report.unit,
    planId: report.planId,
    reportId: report.id,
    period: report.period,
    submittedAt: report.submittedAt,
    statuses: report.statuses,
  };
  if (!plan) {
    const tasks: PlanTask[] = Object.keys(report.statuses).map((id) => ({
      id,
      activity: id,
      dimensions: [],
      lead: [],
      partners: [],
      timing: { kind: 'ongoing' },
    }));
    return {
      ...base,
      planKnown: false,
      overall: planProgress({ tasks }, report.statuses, today).overall,
      byDimension: null,
    };
  }
  const own = new Set(tasksForUnit(plan, report.unit));
  const tasks = plan.tasks.filter((t) => own.has(t) || report.statuses[t.id] !== undefined);
  const progress = planProgress({ tasks }, report.statuses, today);
  return { ...base, planKnown: true, overall: progress.overall, byDimension: progress.byDimension };
}

/**
 * Each unit's accountability figures, from the store's figures taken with this overdue cut-off (core's
 * overdueCutoff): past due and not answered is overdue; the days to answer count to when it was answered this time.
 */
export function accountabilityByUnit(figures: AnswerFigures, overdueBefore: string): Map<string, Accountability> {
  const answered = new Map<string, { days: number[]; pastDue: number }>();
  for (const f of figures.histories) {
    const state = answerState(f.history);
    if (state.status !== 'answered') continue;
    let a = answered.get(f.unit);
    if (!a) answered.set(f.unit, (a = { days: [], pastDue: 0 }));
    a.days.push(daysToAnswer(f.receivedAt, state.answeredAt!));
    if (f.receivedAt < overdueBefore) a.pastDue++;
  }
  return new Map(
    figures.units.map((u) => {
      const a = answered.get(u.unit) ?? { days: [], pastDue: 0 };
      return [u.unit, accountability(u.feedback, u.pastDue - a.pastDue, a.days)];
    }),
  );
}

const NONE = accountability(0, 0, []);

export function computeStats(
  tally: readonly TallyRow[],
  latest: readonly LatestReport[],
  plans: ReadonlyMap<string, Plan>,
  today: string,
  extraUnits: readonly ExtraUnit[] = [],
  /** accountabilityByUnit's figures; a unit without any has no feedback with a receipt code. */
  answers: ReadonlyMap<string, Accountability> = new Map(),
  answerRule: AnswerRule = DEFAULT_ANSWER_RULE,
): CollectorStats {
  const total = new Tally();
  for (const r of tally) total.add(r.rating, r.count);
  const byDim = new Map(group(tally, (r) => asDimension(r.dimension)));
  const empty = new Tally().freeze();
  const totals = total.freeze();
  // The unit furthest behind on answers first; among equals, by id.
  const byUnit = group(tally, (r) => r.unit)
    .map(([unit, s]) => ({ unit, ...s, accountability: answers.get(unit) ?? NONE }))
    .sort((a, b) => compareAccountability(a.accountability, b.accountability) || (a.unit < b.unit ? -1 : 1));
  const selfAssessment = latest.map((r) => unitProgress(r, plans, today));
  // The names of the PAPI_UNITS units these figures name (the registry's are in core, which every reader has).
  const named = new Set([...byUnit.map((u) => u.unit), ...selfAssessment.map((r) => r.unit)]);
  const units = extraUnits.filter((u) => named.has(u.id));
  return {
    schema: 1,
    asOf: today,
    feedback: {
      total: totals,
      byUnit,
      byDimension: DIMENSION_IDS.map((dimension) => ({ dimension, ...(byDim.get(dimension) ?? empty) })),
      byService: group(tally, (r) => r.service).map(([service, s]) => ({ service, ...s })),
      byPeriod: group(tally, (r) => r.period).map(([period, s]) => ({ period, ...s })),
      byRating: ([5, 4, 3, 2, 1] as const).map((rating) => ({ rating, count: totals.distribution[rating] })),
      byUnitAndDimension: group(tally, (r) => (asDimension(r.dimension) ? `${r.unit} ${r.dimension}` : null)).map(
        ([k, s]) => {
          const [unit = '', dimension] = k.split(' ');
          return { unit, dimension: dimension as DimensionId, ...s };
        },
      ),
      answerRule: { days: answerRule.days, confirmed: answerRule.confirmed },
    },
    selfAssessment,
    ...(units.length > 0 ? { units } : {}),
  };
}
