import { hash, randomBytes } from 'node:crypto';
import { RECEIPT_BYTES, answerState, receiptFromBytes } from '@papi/core';
import type {
  AnswerChange,
  AnswerChangeStatus,
  AnswerHistoryEntry,
  AnswerState,
  FeedbackRecord,
  InboxFilter,
  Locale,
  ReportTaskEntry,
  SatisfactionValue,
  TaskStatus,
  UnitReport,
} from '@papi/core';
import type { TokenStore } from './tokens/types.js';

export type * from './tokens/types.js';

/** Reports kept per unit, plan and period: the latest by submission; older ones are deleted as newer ones arrive. */
export const REPORT_HISTORY = 20;

/**
 * The storage interface. Every method is asynchronous so that a PostgreSQL store (a pool, network round trips)
 * can implement it unchanged; the SQLite store resolves after its own synchronous, durable commit.
 *
 * Contract, for every implementation:
 * - a put resolves only once the record is durable: the server answers 2xx after that, never before;
 * - ids are compared case-insensitively (they are UUIDs) and each is stored once per kind;
 * - a put with a known id stores nothing and resolves with the acknowledgement given the first time;
 * - at most REPORT_HISTORY reports are kept per unit, plan and period (the latest by submission time);
 * - unit tokens are kept as hashes only (TokenStore);
 * - once a write could not be made durable (a failed sync), the store rejects every later write with
 *   StoreFailedError and takes back what it could not sync: no such record may ever be acknowledged, not even as a
 *   repeat.
 */
export interface Store extends TokenStore {
  readonly kind: string;
  /** Where the data lives, for the start-up line (a file path, a database name); never a password. */
  readonly location: string;
  putFeedback(record: FeedbackRecord, meta: FeedbackMeta): Promise<PutResult<FeedbackAck>>;
  putReport(report: UnitReport, meta: ReportMeta): Promise<PutResult<ReportAck>>;
  /** Feedback counts grouped by every dimension of the statistics at once; no free text. */
  feedbackTally(): Promise<readonly TallyRow[]>;
  /** For each unit and plan, the current report submitted last, with its task statuses. */
  latestReports(): Promise<readonly LatestReport[]>;
  feedbackRows(): AsyncIterable<StoredFeedback>;
  /**
   * What a receipt code may tell anyone who has it (never the comment, the contact, the dossier code or the page);
   * null if unknown.
   */
  receipt(code: string): Promise<ReceiptInfo | null>;
  /**
   * Appends a unit's change to the history of the feedback with this receipt code, durably, and resolves with what
   * the code tells afterwards; null when no feedback has the code. A change the same as the latest one (a retried
   * request, a double click) appends nothing. The history is never updated in place.
   */
  answerFeedback(code: string, change: AnswerChange, meta: AnswerMeta): Promise<ReceiptInfo | null>;
  /** A unit's feedback that has a receipt code, newest first (received), with each one's history: the inbox. */
  unitFeedback(unit: string, query: InboxQuery): Promise<InboxPage>;
  /** What the accountability statistics are computed from (see AnswerFigures). */
  answerFigures(overdueBefore: string): Promise<AnswerFigures>;
  reportTaskRows(): AsyncIterable<StoredReportTask>;
  /** Changes whenever stored data changes (the statistics' cache key). */
  version(): Promise<string>;
  counts(): Promise<{ readonly feedback: number; readonly reports: number }>;
  /** Reads from the database: whether the store can serve, and why not. */
  health(): Promise<StoreHealth>;
  /**
   * Erases the contact and the dossier code of every feedback record received before this instant (ISO 8601);
   * resolves with how many records had either.
   */
  eraseContacts(receivedBefore: string): Promise<number>;
  /**
   * Erases the contact, the dossier code and the comment of these feedback records (a resident's request), in one
   * transaction; the ratings stay. A re-send of an erased record in full is still a repeat (see ops/erase.ts).
   */
  forgetFeedback(ids: readonly string[]): Promise<ForgetResult>;
  close(): Promise<void>;
}

/** A resident's personal data that erasure removes from a feedback record. */
export type ErasableField = 'contact' | 'comment' | 'dossier';

export interface Forgotten {
  readonly id: string;
  readonly unit: string;
  readonly rating: number;
  /** What this call erased; empty when there was nothing left to erase. */
  readonly erased: readonly ErasableField[];
  /** How many of the unit's answers to it this call erased the text of (their status and time stay). */
  readonly answers: number;
}

export interface ForgetResult {
  /** The records found, in the order asked. */
  readonly found: Forgotten[];
  /** The ids no feedback record has (as given). */
  readonly unknown: string[];
}

export type StoreHealth =
  | { readonly ok: true }
  /** storage-failed: a sync failed, no write is accepted until a restart; storage-unavailable: a read failed. */
  | { readonly ok: false; readonly code: 'storage-failed' | 'storage-unavailable'; readonly detail: string };

/** Every write after a failed sync is refused with this: the disk did not keep what it was given. */
export class StoreFailedError extends Error {
  override readonly name = 'StoreFailedError';
  constructor(readonly detail: string) {
    super(`the store accepts no writes since a sync to disk failed (${detail})`);
  }
}

export interface FeedbackMeta {
  readonly receivedAt: string;
  /** The six-monthly period the resident rated in ("2026-H2"), in the town's time zone. */
  readonly period: string;
}

export interface ReportMeta {
  readonly receivedAt: string;
  /** The id of the unit token the report came with; the store notes the token's last use. */
  readonly tokenId?: string;
}

/** What the collector answers to a stored feedback record, and answers again to every repeat of its id. */
export interface FeedbackAck {
  readonly id: string;
  readonly receivedAt: string;
  /** The resident's receipt code (`K7MQ-3XPD`); absent on records stored before receipts existed. */
  readonly receipt?: string;
}

/** A feedback record as its receipt code shows it: where it stands, and the unit's answer. */
export interface ReceiptInfo extends AnswerState {
  readonly receipt: string;
  readonly unit: string;
  readonly receivedAt: string;
}

export interface AnswerMeta {
  /** When the collector received the change (ISO 8601). */
  readonly at: string;
  /** The id of the unit token it came with (never the secret). */
  readonly by: string;
}

/** A change as stored, with the token that made it. */
export interface StoredAnswer extends AnswerHistoryEntry {
  readonly by: string;
}

/** What the code tells, from the feedback's unit and time and its history (oldest first). */
export const receiptInfo = (
  receipt: string,
  unit: string,
  receivedAt: string,
  history: readonly AnswerHistoryEntry[],
): ReceiptInfo => ({ receipt, unit, receivedAt, ...answerState(history) });

export interface InboxQuery {
  readonly status?: InboxFilter;
  readonly dimension?: string;
  /** With status `overdue`: not answered and received before this instant (core's overdueCutoff). */
  readonly overdueBefore?: string;
  /** At most this many rows; `truncated` says whether there were more. */
  readonly limit: number;
}

/** One feedback of a unit's inbox, with every field the unit may see, and its history, oldest first. */
export interface InboxRow {
  readonly receipt: string;
  readonly receivedAt: string;
  readonly service: string | null;
  readonly dimension: string | null;
  readonly rating: SatisfactionValue;
  readonly comment: string | null;
  readonly contact: string | null;
  readonly consent: boolean | null;
  /** The portal's dossier code the resident typed at the kiosk: personal data, for the unit's eyes only. */
  readonly dossier: string | null;
  readonly lang: Locale;
  readonly history: readonly StoredAnswer[];
}

export interface InboxPage {
  readonly rows: readonly InboxRow[];
  readonly truncated: boolean;
}

/**
 * For the accountability figures: per unit, its feedback with a receipt code and how many of them were received
 * before the overdue cut-off (past due, answered or not); and the history of every feedback that has one (without
 * the texts), oldest first.
 */
export interface AnswerFigures {
  readonly units: readonly { readonly unit: string; readonly feedback: number; readonly pastDue: number }[];
  readonly histories: readonly {
    readonly unit: string;
    readonly receivedAt: string;
    readonly history: readonly Pick<AnswerHistoryEntry, 'status' | 'at'>[];
  }[];
}

/** A new receipt code, from the system's secure random source. */
export const newReceipt = (): string => receiptFromBytes(randomBytes(RECEIPT_BYTES));

/** Tries with a new code, should a code already taken come up (one chance in 2^40 per stored record). */
export const RECEIPT_ATTEMPTS = 5;

export interface ReportAck {
  readonly id: string;
  readonly receivedAt: string;
  /** False when a report for the same unit, plan and period submitted later was already stored. */
  readonly current: boolean;
  /** The report this one replaced as the current one. */
  readonly supersedes?: string;
  /** The later report that was already current when this one arrived. */
  readonly supersededBy?: string;
}

export type PutResult<A> =
  | { readonly kind: 'created'; readonly ack: A }
  | { readonly kind: 'repeat'; readonly ack: A }
  /** The id is known but came with different content: nothing stored, the first record stands. */
  | { readonly kind: 'conflict'; readonly ack: A };

export interface TallyRow {
  readonly unit: string;
  readonly dimension: string | null;
  readonly service: string | null;
  readonly period: string;
  readonly rating: SatisfactionValue;
  readonly count: number;
}

export interface LatestReport {
  readonly id: string;
  readonly planId: string;
  readonly unit: string;
  readonly period: string;
  readonly submittedAt: string;
  readonly statuses: Readonly<Record<string, TaskStatus>>;
}

export interface StoredFeedback extends FeedbackMeta {
  readonly id: string;
  readonly unit: string;
  readonly service: string | null;
  readonly dimension: string | null;
  readonly rating: SatisfactionValue;
  readonly comment: string | null;
  readonly contact: string | null;
  readonly consent: boolean | null;
  readonly dossier: string | null;
  readonly lang: Locale;
  readonly page: string | null;
  readonly createdAt: string;
}

/** One task line of a stored report, with the report's own fields repeated (the export's row). */
export interface StoredReportTask extends ReportMeta {
  readonly reportId: string;
  readonly planId: string;
  readonly unit: string;
  readonly period: string;
  readonly submittedAt: string;
  readonly lang: Locale | null;
  readonly current: boolean;
  readonly supersededBy: string | null;
  readonly taskId: string;
  readonly status: TaskStatus;
  readonly evidence: string | null;
  readonly note: string | null;
}

/** The hash of a canonical body (stored to tell a repeat from a conflict). */
export const bodyHash = (text: string): string => hash('sha256', text, 'base64url');

/** The answer to a put whose id is already stored: the first acknowledgement, as a repeat only for the same content. */
export function knownId<A>(sameContent: boolean, storedAck: string): PutResult<A> {
  return { kind: sameContent ? 'repeat' : 'conflict', ack: JSON.parse(storedAck) as A };
}

/** A clock running fast (or a mistyped year) must not make a report unbeatable: it counts as submitted when received. */
export const effectiveSubmittedMs = (report: UnitReport, meta: ReportMeta): number =>
  Math.min(Date.parse(report.submittedAt), Date.parse(meta.receivedAt));

/** Where a new report goes among its unit's, plan's and period's reports, given the current one (if any). */
export interface Placement {
  readonly ack: ReportAck;
  /** The current report is superseded by the new one. */
  readonly supersedesCurrent: boolean;
  /** The new report's superseded_by: null when it becomes the current one. */
  readonly supersededBy: string | null;
}

/**
 * The later submission wins whatever the arrival order (ties: the one received last), so an outbox re-sending an
 * old report cannot undo a newer one.
 */
export function placeReport(
  id: string,
  submittedMs: number,
  meta: ReportMeta,
  current: { readonly id: string; readonly submittedMs: number } | undefined,
): Placement {
  if (!current)
    return { ack: { id, receivedAt: meta.receivedAt, current: true }, supersedesCurrent: false, supersededBy: null };
  if (submittedMs >= current.submittedMs) {
    return {
      ack: { id, receivedAt: meta.receivedAt, current: true, supersedes: current.id },
      supersedesCurrent: true,
      supersededBy: null,
    };
  }
  return {
    ack: { id, receivedAt: meta.receivedAt, current: false, supersededBy: current.id },
    supersedesCurrent: false,
    supersededBy: current.id,
  };
}

/**
 * The record as stored, in a fixed key order: two bodies with the same content hash alike whatever their key order.
 * The dossier code (schema 4) comes last and only when there is one, so that the hashes stored for records without
 * one, and the erased hashes (ops/erase.ts), stay what they were.
 */
export function canonicalFeedback(r: FeedbackRecord): string {
  return JSON.stringify([
    r.id.toLowerCase(),
    r.unit,
    r.service ?? null,
    r.dimension ?? null,
    r.rating,
    r.comment ?? null,
    r.contact ?? null,
    r.consent ?? null,
    r.lang,
    r.page ?? null,
    r.createdAt,
    ...(r.dossier === undefined ? [] : [r.dossier]),
  ]);
}

export function canonicalReport(r: UnitReport): string {
  const task = (t: ReportTaskEntry) => [t.taskId, t.status, t.evidence ?? null, t.note ?? null];
  return JSON.stringify([
    r.id.toLowerCase(),
    r.planId,
    r.unit,
    r.period,
    r.tasks.map(task),
    r.lang ?? null,
    r.submittedAt,
  ]);
}

/** One change as the figures' query reads it, with its feedback's unit and time (changes in order, by feedback). */
export interface FigureChange {
  readonly feedback: string | number;
  readonly unit: string;
  readonly receivedAt: string;
  readonly status: AnswerChangeStatus;
  readonly at: string;
}

/** Groups the changes by feedback, in the order read (both stores read them by feedback, then in order). */
export function answerFiguresOf(units: AnswerFigures['units'], changes: Iterable<FigureChange>): AnswerFigures {
  const histories = new Map<string | number, { unit: string; receivedAt: string; history: AnswerHistoryStep[] }>();
  for (const c of changes) {
    let h = histories.get(c.feedback);
    if (!h) histories.set(c.feedback, (h = { unit: c.unit, receivedAt: c.receivedAt, history: [] }));
    h.history.push({ status: c.status, at: c.at });
  }
  return { units, histories: [...histories.values()] };
}

type AnswerHistoryStep = Pick<AnswerHistoryEntry, 'status' | 'at'>;
