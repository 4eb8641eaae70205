import type { DimensionId } from '../dimensions/dimensions.js';
import type { Accountability, AnswerRule } from '../feedback/answer.js';
import type { SatisfactionValue } from '../feedback/satisfaction.js';
import type { ProgressCount } from '../progress/progress.js';
import type { TaskStatus } from '../plan/types.js';
import type { ExtraUnit } from '../units/extra.js';

/** How many ratings of each value, "1" to "5". */
export type Distribution = Readonly<Record<`${SatisfactionValue}`, number>>;

export interface Satisfaction {
  readonly count: number;
  /** Ratings of 4 or 5 (Hài lòng, Rất hài lòng), as core's isSatisfied counts them. */
  readonly satisfied: number;
  /** satisfied / count, 0 to 1 with four decimals; null when there is no rating. */
  readonly shareSatisfied: number | null;
  readonly distribution: Distribution;
}

export interface UnitProgress {
  readonly unit: string;
  readonly planId: string;
  /** False when the collector does not have the plan: then only the reported tasks count and there is no per-dimension view. */
  readonly planKnown: boolean;
  readonly reportId: string;
  readonly period: string;
  readonly submittedAt: string;
  readonly overall: ProgressCount;
  readonly byDimension: Readonly<Record<DimensionId, ProgressCount>> | null;
  /** Each reported task's status, by task id, so that a public checklist can show the unit's own report. */
  readonly statuses: Readonly<Record<string, TaskStatus>>;
}

/**
 * What GET /api/stats answers (schema 1), computed by the collector and read by the dashboard. Ids, periods, counts
 * and shares only, and the names of the units the collector was configured with (PAPI_UNITS): never a comment,
 * contact, page or note.
 */
export interface CollectorStats {
  readonly schema: 1;
  /** The town's date the overdue counts were computed for. */
  readonly asOf: string;
  readonly feedback: {
    readonly total: Satisfaction;
    /**
     * Per unit, with how it answers its feedback (#13 part 5); the unit furthest behind on answers first
     * (compareAccountability), then by id.
     */
    readonly byUnit: readonly (Satisfaction & { readonly unit: string; readonly accountability: Accountability })[];
    /** Every PAPI dimension, in order, including those with no rating yet. */
    readonly byDimension: readonly (Satisfaction & { readonly dimension: DimensionId })[];
    readonly byService: readonly (Satisfaction & { readonly service: string })[];
    readonly byPeriod: readonly (Satisfaction & { readonly period: string })[];
    readonly byRating: readonly { readonly rating: SatisfactionValue; readonly count: number }[];
    readonly byUnitAndDimension: readonly (Satisfaction & { readonly unit: string; readonly dimension: DimensionId })[];
    /**
     * The rule the accountability figures were counted by: the days a unit has to answer (the collector's
     * PAPI_ANSWER_DAYS), and whether that period has a confirmed legal source (core's DEFAULT_ANSWER_DAYS has not).
     */
    readonly answerRule: AnswerRule;
  };
  readonly selfAssessment: readonly UnitProgress[];
  /**
   * The units above that the core registry does not know (the collector's PAPI_UNITS), with their names, so that a
   * dashboard shows them by name. Absent when there is none.
   */
  readonly units?: readonly ExtraUnit[];
}
