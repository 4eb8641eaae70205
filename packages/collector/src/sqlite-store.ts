import Database from 'better-sqlite3';
import { closeSync, existsSync, fdatasyncSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type AnswerChange,
  type FeedbackRecord,
  type Locale,
  type SatisfactionValue,
  type TaskStatus,
  type UnitReport,
  sameChange,
} from '@papi/core';
import { SqliteCommitQueue, type SyncFunction } from './sqlite-commit-queue.js';
import { type AnswerRow, type Statements, prepareStatements } from './sqlite-queries.js';
import { upgradeSchema } from './sqlite-schema.js';
import { SqliteTokens } from './tokens/sqlite.js';
import type { NewUnitToken, StoredUnitToken, UnitTokenInfo } from './tokens/types.js';
import { eraseExpiredContacts, forgetEach, forgetFeedback, hasExpiredContacts, matchesErased } from './ops/erase.js';
import { DamagedDatabaseError, integrityProblems, isDamage } from './ops/integrity.js';
import {
  type AnswerFigures,
  type AnswerMeta,
  type FeedbackAck,
  type FeedbackMeta,
  type ForgetResult,
  type InboxPage,
  type InboxQuery,
  type InboxRow,
  type LatestReport,
  type PutResult,
  type ReportAck,
  type ReportMeta,
  type Store,
  type StoredFeedback,
  type StoreHealth,
  type StoredReportTask,
  type TallyRow,
  bodyHash as hash,
  canonicalFeedback,
  canonicalReport,
  effectiveSubmittedMs,
  knownId,
  newReceipt,
  RECEIPT_ATTEMPTS,
  type ReceiptInfo,
  type StoredAnswer,
  answerFiguresOf,
  placeReport,
  receiptInfo,
} from './store.js';

const PAGE = 1000;

export interface SqliteStoreOptions {
  /**
   * FULL (the default): a write resolves only once the write-ahead log holding it is synced to disk, so an
   * acknowledged record survives a power cut as well as a killed process. NORMAL: a write resolves once committed to
   * the operating system, which survives a killed collector but not a power cut.
   */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** The sync call (node:fs fdatasync); tests replace it to hold a sync back or make it fail. */
  readonly fdatasync?: SyncFunction;
}

/** Each table's highest seq: what a sync covers, and what a failed one leaves behind (see discardSince). */
interface Seqs {
  readonly f: number;
  readonly r: number;
  readonly a: number;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * SQLite in WAL mode. Every write goes through the commit queue (sqlite-commit-queue.ts): writes arriving together
 * are committed in one transaction, one failing write does not take the others down, and a write resolves only once
 * the log holding it is synced to disk (with synchronous FULL, the default). Reads run directly on the connection.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly location: string;
  private readonly db: Database.Database;
  private readonly commits: SqliteCommitQueue<Seqs>;
  private readonly stmts: Statements;
  private readonly tokens: SqliteTokens;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.location = path;
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    try {
      this.open(path);
    } catch (error) {
      this.db.close();
      throw isDamage(error) ? new DamagedDatabaseError(path, [(error as Error).message]) : error;
    }
    const db = this.db;
    this.tokens = new SqliteTokens(db);
    this.stmts = prepareStatements(db);
    this.commits = new SqliteCommitQueue<Seqs>(db, {
      path,
      syncEachCommit: (options.synchronous ?? 'FULL') === 'FULL' && path !== ':memory:',
      ...(options.fdatasync ? { fdatasync: options.fdatasync } : {}),
      committed: () => {
        const v = this.stmts.version.get()!;
        return { f: v.f ?? 0, r: v.r ?? 0, a: v.a ?? 0 };
      },
      discardSince: ({ f, r, a }) => {
        // Answers first: they refer to feedback (an answer is never older than its feedback).
        db.prepare('DELETE FROM answers WHERE seq > ?').run(a);
        db.prepare('DELETE FROM feedback WHERE seq > ?').run(f);
        db.prepare('DELETE FROM report_tasks WHERE report_seq > ?').run(r);
        db.prepare('DELETE FROM reports WHERE seq > ?').run(r);
        // A report that one of those had superseded is current again.
        db.prepare(
          'UPDATE reports SET superseded_by = NULL WHERE superseded_by IS NOT NULL AND superseded_by NOT IN (SELECT id FROM reports)',
        ).run();
      },
    });
  }

  private write<T>(run: () => T): Promise<T> {
    return this.commits.write(run);
  }

  /** Opens the file, refusing a damaged one, and brings it to a known state before anything is answered. */
  private open(path: string): void {
    const mode = this.db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal' && path !== ':memory:')
      throw new Error(`${path}: SQLite could not switch to WAL mode (got ${String(mode)})`);
    const problems = integrityProblems(this.db, 'quick');
    if (problems.length > 0) throw new DamagedDatabaseError(path, problems);
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // Whatever an earlier run left in the log goes into the database file, synced, and the rest of the log is synced,
    // before anything is answered: after a kill or a failed sync (whose pages the kernel may have dropped while still
    // showing them) what this run reads, and may answer as a repeat, is then on disk. Busy (a backup is reading)
    // only means that part of the log stays a log.
    if (path !== ':memory:') this.db.pragma('wal_checkpoint(TRUNCATE)');
    if (path !== ':memory:' && existsSync(`${path}-wal`)) {
      const fd = openSync(`${path}-wal`, 'r+');
      try {
        fdatasyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    // Checkpoints run on a worker thread (see Checkpointer), not inside this connection's commits.
    if (path !== ':memory:') this.db.pragma('wal_autocheckpoint = 0');
    upgradeSchema(this.db, path);
  }

  putFeedback(record: FeedbackRecord, meta: FeedbackMeta): Promise<PutResult<FeedbackAck>> {
    return this.write(() => {
      const id = record.id.toLowerCase();
      const bodyHash = hash(canonicalFeedback(record));
      let ack: FeedbackAck = { id, receivedAt: meta.receivedAt, receipt: newReceipt() };
      const insert = () =>
        this.stmts.insertFeedback.run(
          id,
          record.unit,
          orNull(record.service),
          orNull(record.dimension),
          record.rating,
          orNull(record.comment),
          orNull(record.contact),
          record.consent === undefined ? null : record.consent ? 1 : 0,
          orNull(record.dossier),
          record.lang,
          orNull(record.page),
          record.createdAt,
          meta.period,
          meta.receivedAt,
          bodyHash,
          JSON.stringify(ack),
          ack.receipt!,
        );
      const inserted = (): boolean => {
        for (let attempt = 1; ; attempt++) {
          try {
            return insert().changes === 1;
          } catch (error) {
            if (!receiptTaken(error) || attempt >= RECEIPT_ATTEMPTS) throw error;
            ack = { ...ack, receipt: newReceipt() };
          }
        }
      };
      if (inserted()) return { kind: 'created', ack };
      const existing = this.stmts.feedbackById.get(id)!;
      // A record whose personal data was erased is compared without it (see ops/erase.ts).
      return knownId<FeedbackAck>(
        existing.body_hash === bodyHash || matchesErased(existing.body_hash, record),
        existing.ack,
      );
    });
  }

  putReport(report: UnitReport, meta: ReportMeta): Promise<PutResult<ReportAck>> {
    return this.write(() => {
      const id = report.id.toLowerCase();
      const bodyHash = hash(canonicalReport(report));
      const existing = this.stmts.reportById.get(id);
      if (existing) return knownId<ReportAck>(existing.body_hash === bodyHash, existing.ack);
      const submittedMs = effectiveSubmittedMs(report, meta);
      const current = this.stmts.currentReport.get(report.unit, report.planId, report.period);
      const { ack, supersedesCurrent, supersededBy } = placeReport(
        id,
        submittedMs,
        meta,
        current && { id: current.id, submittedMs: current.submitted_ms },
      );
      if (supersedesCurrent) this.stmts.supersede.run(id, current!.seq);
      const { lastInsertRowid } = this.stmts.insertReport.run({
        id,
        planId: report.planId,
        unit: report.unit,
        period: report.period,
        submittedAt: report.submittedAt,
        submittedMs,
        lang: orNull(report.lang),
        receivedAt: meta.receivedAt,
        supersededBy,
        hash: bodyHash,
        ack: JSON.stringify(ack),
        tokenId: orNull(meta.tokenId),
      });
      report.tasks.forEach((t, i) =>
        this.stmts.insertTask.run(lastInsertRowid, i, t.taskId, t.status, orNull(t.evidence), orNull(t.note)),
      );
      // History is bounded: an outbox resending a report older than the kept ones gets its answer, and it is not kept.
      this.stmts.pruneTasks.run(report.unit, report.planId, report.period);
      this.stmts.pruneReports.run(report.unit, report.planId, report.period);
      if (meta.tokenId) this.tokens.touch(meta.tokenId, meta.receivedAt);
      return { kind: 'created', ack };
    });
  }

  createToken(token: NewUnitToken): Promise<void> {
    return this.write(() => this.tokens.insert(token));
  }

  async findToken(id: string): Promise<StoredUnitToken | undefined> {
    return this.tokens.find(id);
  }

  async listTokens(): Promise<readonly UnitTokenInfo[]> {
    return this.tokens.list();
  }

  revokeToken(id: string, at: string): Promise<UnitTokenInfo | undefined> {
    return this.write(() => this.tokens.revoke(id, at));
  }

  async feedbackTally(): Promise<readonly TallyRow[]> {
    return this.stmts.tally.all();
  }

  async latestReports(): Promise<readonly LatestReport[]> {
    return this.stmts.latest.all().map((r) => ({
      id: r.id,
      planId: r.plan_id,
      unit: r.unit,
      period: r.period,
      submittedAt: r.submitted_at,
      statuses: Object.fromEntries(this.stmts.tasksOf.all(r.seq).map((t) => [t.task_id, t.status])),
    }));
  }

  receipt(code: string): Promise<ReceiptInfo | null> {
    try {
      const row = this.stmts.feedbackByReceipt.get(code);
      return Promise.resolve(
        row ? receiptInfo(code, row.unit, row.received_at, this.stmts.historyOf.all(row.seq).map(storedAnswer)) : null,
      );
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  answerFeedback(code: string, change: AnswerChange, meta: AnswerMeta): Promise<ReceiptInfo | null> {
    return this.write(() => {
      const row = this.stmts.feedbackByReceipt.get(code);
      if (!row) return null;
      const history = this.stmts.historyOf.all(row.seq).map(storedAnswer);
      if (!sameChange(change, history[history.length - 1])) {
        this.stmts.insertAnswer.run(row.seq, change.status, orNull(change.answer), meta.at, meta.by);
        history.push({ ...change, at: meta.at, by: meta.by });
        this.tokens.touch(meta.by, meta.at);
      }
      return receiptInfo(code, row.unit, row.received_at, history);
    });
  }

  async unitFeedback(unit: string, query: InboxQuery): Promise<InboxPage> {
    const found = this.stmts.inbox.all({
      unit,
      dimension: query.dimension ?? null,
      status: query.status ?? null,
      before: query.overdueBefore ?? null,
      limit: query.limit + 1,
    });
    const rows = found.slice(0, query.limit);
    const histories = new Map<number, StoredAnswer[]>();
    for (const a of this.stmts.historiesOf.all(JSON.stringify(rows.map((r) => r.seq)))) {
      let h = histories.get(a.feedback_seq);
      if (!h) histories.set(a.feedback_seq, (h = []));
      h.push(storedAnswer(a));
    }
    return {
      rows: rows.map((r): InboxRow => ({
        receipt: r.receipt,
        receivedAt: r.received_at,
        service: r.service,
        dimension: r.dimension,
        rating: r.rating as SatisfactionValue,
        comment: r.comment,
        contact: r.contact,
        consent: r.consent === null ? null : r.consent === 1,
        dossier: r.dossier,
        lang: r.lang as Locale,
        history: histories.get(r.seq) ?? [],
      })),
      truncated: found.length > query.limit,
    };
  }

  async answerFigures(overdueBefore: string): Promise<AnswerFigures> {
    return answerFiguresOf(this.stmts.answerUnits.all(overdueBefore), this.stmts.answerHistories.all());
  }

  // Exports read in pages rather than through one open cursor: better-sqlite3 refuses writes on a connection
  // with an open cursor, and a slow download must not block the residents' feedback.
  async *feedbackRows(): AsyncIterable<StoredFeedback> {
    let page = this.stmts.feedbackPage.all(0, PAGE);
    while (page.length > 0) {
      const last = page[page.length - 1]!;
      for (const r of page)
        yield {
          id: r.id as string,
          unit: r.unit as string,
          service: r.service as string | null,
          dimension: r.dimension as string | null,
          rating: r.rating as SatisfactionValue,
          comment: r.comment as string | null,
          contact: r.contact as string | null,
          consent: r.consent === null ? null : r.consent === 1,
          dossier: r.dossier as string | null,
          lang: r.lang as Locale,
          page: r.page as string | null,
          createdAt: r.created_at as string,
          period: r.period as string,
          receivedAt: r.received_at as string,
        };
      page = this.stmts.feedbackPage.all(last.seq as number, PAGE);
    }
  }

  async *reportTaskRows(): AsyncIterable<StoredReportTask> {
    let page = this.stmts.reportTaskPage.all(0, -1, PAGE);
    while (page.length > 0) {
      const last = page[page.length - 1]!;
      for (const r of page)
        yield {
          reportId: r.id as string,
          planId: r.plan_id as string,
          unit: r.unit as string,
          period: r.period as string,
          submittedAt: r.submitted_at as string,
          lang: r.lang as Locale | null,
          receivedAt: r.received_at as string,
          current: r.superseded_by === null,
          supersededBy: r.superseded_by as string | null,
          taskId: r.task_id as string,
          status: r.status as TaskStatus,
          evidence: r.evidence as string | null,
          note: r.note as string | null,
        };
      page = this.stmts.reportTaskPage.all(last.seq as number, last.position as number, PAGE);
    }
  }

  async version(): Promise<string> {
    const v = this.stmts.version.get()!;
    return `${v.f ?? 0}.${v.r ?? 0}.${v.a ?? 0}`;
  }

  async counts(): Promise<{ feedback: number; reports: number }> {
    return this.stmts.counts.get()!;
  }

  async health(): Promise<StoreHealth> {
    const failure = this.commits.failure;
    if (failure) return { ok: false, code: 'storage-failed', detail: failure.detail };
    if (this.commits.closed) return { ok: false, code: 'storage-unavailable', detail: 'the store is closed' };
    try {
      this.stmts.version.get();
      return { ok: true };
    } catch (error) {
      return {
        ok: false,
        code: 'storage-unavailable',
        detail: String((error as { code?: string }).code ?? (error as Error).message),
      };
    }
  }

  async eraseContacts(receivedBefore: string): Promise<number> {
    if (!hasExpiredContacts(this.db, receivedBefore)) return 0;
    return this.write(() => eraseExpiredContacts(this.db, receivedBefore));
  }

  async forgetFeedback(ids: readonly string[]): Promise<ForgetResult> {
    return this.write(() => forgetEach(ids, (id) => forgetFeedback(this.db, id)));
  }

  async close(): Promise<void> {
    if (this.commits.closed) return;
    await this.commits.close();
    this.db.close();
  }
}

const storedAnswer = (a: AnswerRow): StoredAnswer => ({
  status: a.status,
  ...(a.answer === null ? {} : { answer: a.answer }),
  at: a.changed_at,
  by: a.token_id,
});

/** A unique-index violation on the receipt code: another record drew the same code. */
function receiptTaken(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return (
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof e.message === 'string' && e.message.includes('feedback.receipt')
  );
}
