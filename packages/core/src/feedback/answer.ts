import { type Issue, IssueList, isRecord, preview, typeOf } from '../validation/schema.js';

/**
 * A unit's answers to residents' feedback (#13): where a feedback stands, the rules of an answer, when one is
 * overdue, and the figures of accountability (PAPI dimension 3, "Trách nhiệm giải trình với người dân"). Shared by
 * the collector, which stores and serves them, and by the inbox and status widgets.
 */

/** Where a feedback stands: every feedback starts `received`; the unit moves it on. */
export const ANSWER_STATUSES = ['received', 'in-progress', 'answered'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** What a unit may set (`received` is where a feedback starts, never set by hand). */
export const ANSWER_CHANGES = ['in-progress', 'answered'] as const;
export type AnswerChangeStatus = (typeof ANSWER_CHANGES)[number];

/** The longest answer, in characters as a reader counts them (Unicode code points, not UTF-16 units). */
export const ANSWER_MAX_LENGTH = 2000;

/** One change a unit makes: a status, with the answer's text when there is one. */
export interface AnswerChange {
  readonly status: AnswerChangeStatus;
  /** Plain text, trimmed, never empty; required when the status is `answered`. */
  readonly answer?: string;
}

/** A change as the history keeps it: never updated in place, only followed by later ones. */
export interface AnswerHistoryEntry extends AnswerChange {
  /** When the collector stored the change (ISO 8601). */
  readonly at: string;
}

export type AnswerValidation =
  { readonly ok: true; readonly change: AnswerChange } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Characters as a reader counts them: an emoji or a rare Han character is one, not two. */
export function answerLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Checks a change as the inbox sends it (`{ "status", "answer"? }`) and gives it back with the answer trimmed (an
 * answer that is only spaces is none). The issue codes (`answer-status`, `answer-not-text`, `answer-required`,
 * `answer-too-long`) have messages in vi, en and km (formatIssue); a body that is not an object, or has other
 * fields, gets the validator's generic `type` or `unknown-field`.
 */
export function validateAnswer(input: unknown): AnswerValidation {
  const issues = new IssueList();
  if (!isRecord(input)) {
    issues.add('', 'type', { expected: 'object', actual: typeOf(input) });
    return { ok: false, issues: issues.items };
  }
  for (const key of Object.keys(input))
    if (key !== 'status' && key !== 'answer') issues.add(key, 'unknown-field', { field: preview(key) });
  const status = input.status;
  const known = typeof status === 'string' && (ANSWER_CHANGES as readonly string[]).includes(status);
  if (!known)
    issues.add('status', 'answer-status', {
      value: status === undefined ? '' : preview(status),
      allowed: ANSWER_CHANGES.join(', '),
    });
  let answer: string | undefined;
  if (input.answer !== undefined && input.answer !== null) {
    if (typeof input.answer !== 'string') issues.add('answer', 'answer-not-text');
    else {
      const trimmed = input.answer.trim();
      const length = answerLength(trimmed);
      if (length > ANSWER_MAX_LENGTH) issues.add('answer', 'answer-too-long', { length, max: ANSWER_MAX_LENGTH });
      else if (trimmed !== '') answer = trimmed;
    }
  }
  if (status === 'answered' && answer === undefined && !issues.items.some((i) => i.path === 'answer'))
    issues.add('answer', 'answer-required');
  if (issues.items.length > 0) return { ok: false, issues: issues.items };
  const change: AnswerChange =
    answer === undefined ? { status: status as AnswerChangeStatus } : { status: status as AnswerChangeStatus, answer };
  return { ok: true, change };
}

/** Where a feedback stands, worked out from its history. */
export interface AnswerState {
  readonly status: AnswerStatus;
  /** The text of the latest change that carried one (a later "in progress" without text keeps it). */
  readonly answer?: string;
  /** When the feedback became answered this time: the first of the latest run of `answered` changes. */
  readonly answeredAt?: string;
  /** The latest change's time. */
  readonly updatedAt?: string;
}

/**
 * The state a history (oldest first) comes to: the latest change wins. A corrected answer keeps the time the
 * feedback was first answered; an answer taken back ("in progress" again) and given anew counts from the new one.
 */
export function answerState(history: readonly Pick<AnswerHistoryEntry, 'status' | 'answer' | 'at'>[]): AnswerState {
  const last = history[history.length - 1];
  if (!last) return { status: 'received' };
  let answeredAt: string | undefined;
  if (last.status === 'answered') {
    for (let i = history.length - 1; i >= 0 && history[i]!.status === 'answered'; i--) answeredAt = history[i]!.at;
  }
  let answer: string | undefined;
  for (let i = history.length - 1; i >= 0 && answer === undefined; i--) answer = history[i]!.answer;
  return {
    status: last.status,
    ...(answer === undefined ? {} : { answer }),
    ...(answeredAt === undefined ? {} : { answeredAt }),
    updatedAt: last.at,
  };
}

/**
 * Whether an "answered" change, or a state, has lost its text: an answer needs one, so only an erasure on the
 * resident's request (the collector's `forget`) leaves it without. Readers then say so rather than show nothing.
 */
export function answerErased(entry: { readonly status: string; readonly answer?: string | null }): boolean {
  return entry.status === 'answered' && !entry.answer;
}

/** Whether a change would say nothing new after the latest one (a double click, a retried request). */
export function sameChange(a: AnswerChange, b: AnswerChange | undefined): boolean {
  return b !== undefined && a.status === b.status && (a.answer ?? null) === (b.answer ?? null);
}

/**
 * The days a unit has to answer before a feedback counts as overdue, by default. UNCONFIRMED: no legal source for
 * this period was found (neither the feedback nor the complaint rules the toolkit knows set one for a resident's
 * feedback on a public service); 15 is the issue's placeholder for the town to decide. The collector's
 * PAPI_ANSWER_DAYS sets the period in use.
 */
export const DEFAULT_ANSWER_DAYS = 15;
export const DEFAULT_ANSWER_DAYS_CONFIRMED = false;
export const DEFAULT_ANSWER_DAYS_NOTE =
  'Chưa tìm được căn cứ pháp lý cho thời hạn trả lời góp ý của người dân về dịch vụ công; 15 ngày là giá trị tạm để thị xã quyết định (PAPI_ANSWER_DAYS). / No legal source for the period within which a resident’s feedback on a public service must be answered was found; 15 days is a placeholder for the town to decide (PAPI_ANSWER_DAYS).';

/** The period in use: the days a unit has to answer, and whether a legal source for that number is confirmed. */
export interface AnswerRule {
  readonly days: number;
  readonly confirmed: boolean;
}
export const DEFAULT_ANSWER_RULE: AnswerRule = { days: DEFAULT_ANSWER_DAYS, confirmed: DEFAULT_ANSWER_DAYS_CONFIRMED };

const MS_PER_DAY = 86_400_000;

/**
 * When the answer is due: `days` whole days of 24 hours after the collector received the feedback (calendar days,
 * holidays included: whether a legal period would count working days is unconfirmed too).
 */
export function answerDueAt(receivedAt: string, days: number): string {
  return new Date(Date.parse(receivedAt) + days * MS_PER_DAY).toISOString();
}

/** Feedback received before this instant and not answered is overdue now (the same rule as isAnswerOverdue). */
export function overdueCutoff(now: Date | number, days: number): string {
  return new Date(+now - days * MS_PER_DAY).toISOString();
}

/** Overdue: not answered, and its due time (answerDueAt) has passed. "In progress" does not stop the clock. */
export function isAnswerOverdue(status: AnswerStatus, receivedAt: string, days: number, now: Date | number): boolean {
  return status !== 'answered' && Date.parse(receivedAt) + days * MS_PER_DAY < +now;
}

/** Days from receipt to answer, with fractions (an answer the same afternoon is 0.2 days). */
export function daysToAnswer(receivedAt: string, answeredAt: string): number {
  return (Date.parse(answeredAt) - Date.parse(receivedAt)) / MS_PER_DAY;
}

/** The median, to one decimal; null for no values. */
export function medianDays(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(median * 10) / 10;
}

/** A unit's accountability figures in GET /api/stats (#13 part 5). */
export interface Accountability {
  /** Feedback with a receipt code (feedback stored before codes existed cannot be answered and is not counted). */
  readonly feedback: number;
  /** Of those, answered now. */
  readonly answered: number;
  /** answered / feedback, 0 to 1 with four decimals; null without feedback. */
  readonly answeredShare: number | null;
  /** The median of days to answer (daysToAnswer) over the answered ones, to one decimal; null when none is. */
  readonly medianDaysToAnswer: number | null;
  /** Not answered, and past the due time. */
  readonly overdue: number;
}

export function accountability(feedback: number, overdue: number, answeredDays: readonly number[]): Accountability {
  const answered = answeredDays.length;
  return {
    feedback,
    answered,
    answeredShare: feedback === 0 ? null : Math.round((answered / feedback) * 10_000) / 10_000,
    medianDaysToAnswer: medianDays(answeredDays),
    overdue,
  };
}

/**
 * Furthest behind first, as with self-assessment progress: the lowest share answered, then the most overdue, then
 * the slowest median; a unit without figures last.
 */
export function compareAccountability(a: Accountability, b: Accountability): number {
  return (
    (a.answeredShare ?? 2) - (b.answeredShare ?? 2) ||
    b.overdue - a.overdue ||
    (b.medianDaysToAnswer ?? -1) - (a.medianDaysToAnswer ?? -1)
  );
}

/**
 * One feedback in a unit's inbox (GET /api/units/:unit/feedback), as the collector gives it and
 * <papi-feedback-inbox> shows it (every text as text).
 */
export interface InboxItem {
  readonly receipt: string;
  readonly receivedAt: string;
  readonly dimension?: string;
  readonly service?: string;
  readonly rating: number;
  readonly comment?: string;
  /** Only when the resident consented to be contacted (the collector leaves it out otherwise). */
  readonly contact?: string;
  /** The portal's dossier code (mã hồ sơ) a resident gave at the counter's kiosk: personal data, for the unit only. */
  readonly dossier?: string;
  readonly lang: string;
  readonly status: AnswerStatus;
  readonly answer?: string;
  readonly answeredAt?: string;
  readonly dueAt: string;
  readonly overdue: boolean;
  readonly history: readonly { readonly status: string; readonly answer?: string; readonly at: string }[];
}

/** The inbox's filters: `unanswered` is anything not answered; `overdue` is isAnswerOverdue. */
export const INBOX_FILTERS = ['unanswered', 'overdue', 'in-progress', 'answered'] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

/** The most feedback the inbox lists at once, newest first (the answer says when there are more). */
export const INBOX_LIMIT = 500;
