import { UNIT_IDS } from '../units/registry.js';
import { unitIdCheck } from '../units/extra.js';
import {
  type Check,
  type Issue,
  IssueList,
  array,
  at,
  atIndex,
  httpUrl,
  isRecord,
  isoDateTime,
  knownId,
  object,
  oneOf,
  optional,
  parseJson,
  preview,
  string,
  uuid,
} from '../validation/schema.js';
import { TASK_STATUSES, type TaskStatus } from '../plan/types.js';
import { LOCALES, type Locale } from '../i18n/locale.js';

export interface ReportTaskEntry {
  readonly taskId: string;
  readonly status: TaskStatus;
  /** A link to the evidence (a document on the unit's portal). */
  readonly evidence?: string;
  readonly note?: string;
}

/**
 * A unit's periodic self-assessment, sent to Phòng Nội vụ every six months and every year (the plan's section V).
 * Period: "2026-H1" or "2026-H2" for the six-monthly reports, "2026" for the yearly one.
 */
export interface UnitReport {
  /** The client's UUID: the collector stores each id once. */
  readonly id: string;
  readonly planId: string;
  readonly unit: string;
  readonly period: string;
  readonly tasks: readonly ReportTaskEntry[];
  readonly lang?: Locale;
  /** When the officer submitted it (ISO 8601 with zone). */
  readonly submittedAt: string;
}

export const REPORT_LIMITS = { tasks: 20_000, note: 1000, evidence: 2048 } as const;

const PERIOD = /^(20\d\d)(-H[12])?$/;
export type PeriodKind = 'six-monthly' | 'yearly';

export function periodKind(period: string): PeriodKind | undefined {
  const m = PERIOD.exec(period);
  return m ? (m[2] ? 'six-monthly' : 'yearly') : undefined;
}

/** The reporting period a date falls in: "2026-H2" for 27/11/2026, or "2026" for the yearly report. */
export function periodOf(isoDate: string, kind: PeriodKind): string {
  const year = isoDate.slice(0, 4);
  if (kind === 'yearly') return year;
  return `${year}-${Number(isoDate.slice(5, 7)) <= 6 ? 'H1' : 'H2'}`;
}

function reportSchema(units: ReadonlySet<string>): Check {
  // The form first (invalid-format), then whether the receiver knows it (unknown-unit).
  const unit = knownId(units, 'unknown-unit', unitIdCheck);
  return object({
    id: uuid,
    planId: string({ max: 64, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, patternName: 'a-z, 0-9, -' }),
    unit,
    period: string({ max: 7, pattern: PERIOD, patternName: 'YYYY, YYYY-H1, YYYY-H2' }),
    tasks: array(
      object({
        taskId: string({ max: 64 }),
        status: oneOf(TASK_STATUSES),
        evidence: optional(httpUrl(REPORT_LIMITS.evidence)),
        note: optional(string({ min: 0, max: REPORT_LIMITS.note })),
      }),
      { min: 1, max: REPORT_LIMITS.tasks },
    ),
    lang: optional(oneOf(LOCALES)),
    submittedAt: isoDateTime,
  });
}

export type ReportValidation =
  | { readonly ok: true; readonly report: UnitReport; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export interface ReportValidationOptions {
  readonly units?: ReadonlySet<string>;
  /** When given, every taskId must be one of these (the plan's task ids). */
  readonly taskIds?: ReadonlySet<string>;
}

/** Built once per set of units: a collector validates every request against the same one. */
const schemas = new WeakMap<ReadonlySet<string>, Check>();

export function validateReport(input: unknown, options: ReportValidationOptions = {}): ReportValidation {
  const issues = new IssueList();
  const units = options.units ?? UNIT_IDS;
  let schema = schemas.get(units);
  if (!schema) schemas.set(units, (schema = reportSchema(units)));
  schema(input, '', issues);
  if (isRecord(input) && Array.isArray(input.tasks)) {
    const seen = new Map<string, number>();
    input.tasks.forEach((entry, i) => {
      if (!isRecord(entry) || typeof entry.taskId !== 'string') return;
      const path = at(atIndex('tasks', i), 'taskId');
      const first = seen.get(entry.taskId);
      if (first !== undefined)
        issues.add(path, 'duplicate-id', { value: preview(entry.taskId), first: atIndex('tasks', first) });
      else seen.set(entry.taskId, i);
      if (options.taskIds && !options.taskIds.has(entry.taskId))
        issues.add(path, 'unknown-task', { value: preview(entry.taskId) });
    });
  }
  return issues.items.length === 0
    ? { ok: true, report: input as unknown as UnitReport, issues: [] }
    : { ok: false, issues: issues.items };
}

export function validateReportJson(text: string, options: ReportValidationOptions = {}): ReportValidation {
  const parsed = parseJson(text);
  return parsed.ok ? validateReport(parsed.value, options) : { ok: false, issues: [parsed.issue] };
}
