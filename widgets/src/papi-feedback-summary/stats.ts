import {
  type Accountability,
  type AnswerRule,
  type Check,
  boolean,
  type CollectorStats,
  DIMENSION_IDS,
  type Issue,
  IssueList,
  array,
  integer,
  isoDate,
  localizedText,
  object,
  oneOf,
  optional,
  preview,
  string,
} from '@papi/core';
import { collectorUrl } from '../shared/data-controller.js';

/** The parts of the collector's GET /api/stats (core's CollectorStats, schema 1) that the summary reads and checks. */
export type { Satisfaction } from '@papi/core';
export type UnitProgress = Pick<
  CollectorStats['selfAssessment'][number],
  'unit' | 'planId' | 'period' | 'overall' | 'byDimension'
>;
export interface Stats {
  readonly schema: CollectorStats['schema'];
  readonly asOf: string;
  readonly feedback: Pick<CollectorStats['feedback'], 'total' | 'byDimension'> & {
    /** accountability and answerRule are absent from a collector older than receipt codes (#13). */
    readonly byUnit: readonly (Omit<CollectorStats['feedback']['byUnit'][number], 'accountability'> & {
      readonly accountability?: Accountability;
    })[];
    readonly answerRule?: AnswerRule;
  };
  readonly selfAssessment: readonly UnitProgress[];
  /** Names of units the registry does not know (the collector's PAPI_UNITS). */
  readonly units?: CollectorStats['units'];
}

const loose = { allowUnknown: true } as const;
const count = integer(0, Number.MAX_SAFE_INTEGER);
const ratio: Check = (v, path, issues) =>
  (typeof v === 'number' && v >= 0 && v <= 1) ||
  issues.add(path, 'out-of-range', { value: preview(v), min: 0, max: 1 });
const days: Check = (v, path, issues) =>
  (typeof v === 'number' && Number.isFinite(v) && v >= 0) ||
  issues.add(path, 'out-of-range', { value: preview(v), min: 0, max: Number.MAX_SAFE_INTEGER });
const nullable =
  (check: Check): Check =>
  (v, path, issues) =>
    v === null || check(v, path, issues);
const id = string({ max: 200 });

const satisfaction = {
  count,
  satisfied: count,
  shareSatisfied: nullable(ratio),
  distribution: object({ 1: count, 2: count, 3: count, 4: count, 5: count }, loose),
};
const progress = object(
  { total: count, done: count, inProgress: count, notStarted: count, overdue: count, ratio },
  loose,
);

const accountability = object(
  {
    feedback: count,
    answered: count,
    answeredShare: nullable(ratio),
    medianDaysToAnswer: nullable(days),
    overdue: count,
  },
  loose,
);

const check = object(
  {
    schema: (v, path, issues) => v === 1 || issues.add(path, 'not-one-of', { value: preview(v), allowed: '1' }),
    asOf: isoDate,
    feedback: object(
      {
        total: object(satisfaction, loose),
        byUnit: array(object({ unit: id, ...satisfaction, accountability: optional(accountability) }, loose)),
        byDimension: array(object({ dimension: oneOf(DIMENSION_IDS), ...satisfaction }, loose)),
        answerRule: optional(object({ days: integer(1, 3650), confirmed: boolean }, loose)),
      },
      loose,
    ),
    selfAssessment: array(
      object(
        {
          unit: id,
          planId: id,
          period: id,
          overall: progress,
          byDimension: optional(nullable(object(Object.fromEntries(DIMENSION_IDS.map((d) => [d, progress])), loose))),
        },
        loose,
      ),
    ),
    units: optional(array(object({ id, name: localizedText(200), parent: optional(id) }, loose))),
  },
  loose,
);

/** Checks an answer of GET /api/stats well enough that nothing the summary shows can be undefined or not a number. */
export function validateStats(value: unknown): { ok: true; value: Stats } | { ok: false; issues: readonly Issue[] } {
  const issues = new IssueList();
  return check(value, '', issues) && issues.items.length === 0
    ? { ok: true, value: value as Stats }
    : { ok: false, issues: issues.items };
}

/**
 * The stats URL: `src` as given, else `endpoint` taken as the collector's base URL ("/" on the portal's own origin,
 * "https://gopy.example.gov.vn") or its /api/ address, with api/stats added. http(s) or relative; anything else: none.
 */
export function statsUrl(src: string | null | undefined, endpoint: string | null | undefined): string | undefined {
  if (src?.trim()) return src.trim();
  return collectorUrl(endpoint, 'stats');
}
