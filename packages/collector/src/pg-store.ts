import type { Sql, TransactionSql } from 'postgres';
import {
  type AnswerChange,
  type AnswerChangeStatus,
  type FeedbackRecord,
  type Locale,
  type SatisfactionValue,
  type TaskStatus,
  type UnitReport,
  sameChange,
} from '@papi/core';
import { redactDatabaseUrl } from './config.js';
import {
  type ErasableRow,
  FEEDBACK_ID,
  FORGOTTEN_FIELDS,
  RETAINED_FIELDS,
  erasure,
  forgetEach,
  matchesErased,
  stillHeld,
} from './ops/erase.js';
import { migrate } from './pg-schema.js';
import { PgTokens } from './tokens/pg.js';
import type { NewUnitToken, StoredUnitToken, UnitTokenInfo } from './tokens/types.js';
import {
  type AnswerFigures,
  type AnswerMeta,
  type FeedbackAck,
  type FeedbackMeta,
  type ForgetResult,
  type Forgotten,
  type InboxPage,
  type InboxQuery,
  type LatestReport,
  type PutResult,
  type ReportAck,
  type ReportMeta,
  type Store,
  type StoredFeedback,
  type StoreHealth,
  type StoredReportTask,
  type TallyRow,
  REPORT_HISTORY,
  bodyHash,
  canonicalFeedback,
  canonicalReport,
  effectiveSubmittedMs,
  knownId,
  newReceipt,
  placeReport,
  RECEIPT_ATTEMPTS,
  type ReceiptInfo,
  type FigureChange,
  type StoredAnswer,
  answerFiguresOf,
  receiptInfo,
} from './store.js';

const PAGE = 1000;
/** A report's transaction is run again after losing a race to another instance, at most this many times. */
const MAX_ATTEMPTS = 8;
/** unique_violation, serialization_failure, deadlock_detected: another transaction got there first; try again. */
const RETRYABLE = new Set(['23505', '40001', '40P01']);
/**
 * Feedback groups written at once: while one group's commit is being flushed, the next can already be inserted, and
 * the server then flushes both commits together.
 */
const GROUPS_IN_FLIGHT = 2;
/** Contacts erased per transaction by the retention pass: a long backlog does not hold its rows locked all at once. */
const ERASE_BATCH = 500;
/** The health check's read gives up after this long: a monitor must get an answer while the server does not. */
const HEALTH_TIMEOUT_MS = 5000;

export interface PgStoreOptions {
  /** Connections in this instance's pool (default 10). */
  readonly maxConnections?: number;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

interface PendingFeedback {
  readonly id: string;
  readonly record: FeedbackRecord;
  readonly meta: FeedbackMeta;
  readonly hash: string;
  /** Its receipt is drawn again should another record hold the same code. */
  ack: FeedbackAck;
  readonly resolve: (result: PutResult<FeedbackAck>) => void;
  readonly reject: (error: unknown) => void;
}

interface FeedbackRow {
  seq: string;
  id: string;
  unit: string;
  service: string | null;
  dimension: string | null;
  rating: number;
  comment: string | null;
  contact: string | null;
  consent: boolean | null;
  dossier: string | null;
  lang: string;
  page: string | null;
  created_at: string;
  period: string;
  received_at: string;
}

interface AnswerRow {
  feedback_seq: string;
  status: AnswerChangeStatus;
  answer: string | null;
  changed_at: string;
  token_id: string;
}

const storedAnswer = (a: AnswerRow): StoredAnswer => ({
  status: a.status,
  ...(a.answer === null ? {} : { answer: a.answer }),
  at: a.changed_at,
  by: a.token_id,
});

interface InboxSqlRow {
  seq: string;
  receipt: string;
  received_at: string;
  service: string | null;
  dimension: string | null;
  rating: number;
  comment: string | null;
  contact: string | null;
  consent: boolean | null;
  dossier: string | null;
  lang: string;
}

interface ReportTaskRow {
  seq: string;
  position: number;
  id: string;
  plan_id: string;
  unit: string;
  period: string;
  submitted_at: string;
  lang: string | null;
  received_at: string;
  superseded_by: string | null;
  task_id: string;
  status: string;
  evidence: string | null;
  note: string | null;
}

/**
 * PostgreSQL, for several collector instances behind a load balancer on one database. Every commit runs with
 * synchronous_commit=on (set for every connection, whatever the server's or the role's default), so a put resolves
 * only once its commit is flushed to the server's disk. Nothing here is kept in memory between requests: ids, the
 * current report and the data's version all come from the database, so any instance answers any request alike.
 *
 * Feedback is committed in groups, as in the SQLite store: the records that arrive while one group's INSERT and
 * flush are under way go together in the next one (one statement, one commit, one flush for all of them), which costs
 * the server far less than a transaction per record. A report is one transaction of its own.
 */
export class PgStore implements Store {
  readonly kind = 'postgresql';
  readonly location: string;
  private closed = false;
  private readonly tokens: PgTokens;
  private queue: PendingFeedback[] = [];
  /** The groups being written: a new one starts when fewer than GROUPS_IN_FLIGHT are. */
  private readonly writing = new Set<Promise<void>>();
  private flushScheduled = false;

  private constructor(
    private readonly sql: Sql,
    url: string,
  ) {
    this.location = redactDatabaseUrl(url);
    this.tokens = new PgTokens(sql);
  }

  /** Connects, and creates or migrates the schema (safe when several instances start at once). */
  static async open(url: string, options: PgStoreOptions = {}): Promise<PgStore> {
    // Loaded only here: a collector on SQLite (and every command it runs) starts without the driver.
    const { default: postgres } = await import('postgres');
    const sql = postgres(url, {
      max: options.maxConnections ?? 10,
      connect_timeout: 10,
      onnotice: () => {},
      connection: { application_name: 'papi-collector', synchronous_commit: 'on' },
    });
    const store = new PgStore(sql, url);
    try {
      await migrate(sql, store.location);
      const [row] = await sql<{ s: string }[]>`SELECT current_setting('synchronous_commit') AS s`;
      if (row?.s !== 'on') throw new Error(`${store.location}: synchronous_commit is ${row?.s}, not on`);
    } catch (error) {
      await sql.end({ timeout: 1 });
      throw error;
    }
    return store;
  }

  putFeedback(record: FeedbackRecord, meta: FeedbackMeta): Promise<PutResult<FeedbackAck>> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    const id = record.id.toLowerCase();
    return new Promise((resolve, reject) => {
      this.queue.push({
        id,
        record,
        meta,
        hash: bodyHash(canonicalFeedback(record)),
        ack: { id, receivedAt: meta.receivedAt, receipt: newReceipt() },
        resolve,
        reject,
      });
      // Writes of the same turn of the event loop go together; while groups are being written, they wait for one to end.
      if (!this.flushScheduled && this.writing.size < GROUPS_IN_FLIGHT) {
        this.flushScheduled = true;
        setImmediate(() => this.flushFeedback());
      }
    });
  }

  private flushFeedback(): void {
    this.flushScheduled = false;
    if (this.writing.size >= GROUPS_IN_FLIGHT || this.queue.length === 0) return;
    const group = this.queue;
    this.queue = [];
    const writing: Promise<void> = this.writeGroup(group).finally(() => {
      this.writing.delete(writing);
      if (this.queue.length > 0) this.flushFeedback();
    });
    this.writing.add(writing);
  }

  /** One INSERT for the whole group; should it fail (a row the table refuses), each record is tried on its own. */
  private async writeGroup(group: readonly PendingFeedback[]): Promise<void> {
    let inserted: Set<string>;
    try {
      inserted = await this.insertFeedback(group);
    } catch {
      await Promise.all(group.map((p) => this.insertAlone(p).then((ids) => this.answer([p], ids), p.reject)));
      return;
    }
    await this.answer(group, inserted);
  }

  /** One record on its own, with a new receipt code should its code be taken. */
  private async insertAlone(p: PendingFeedback): Promise<Set<string>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.insertFeedback([p]);
      } catch (error) {
        const e = error as { code?: unknown; constraint_name?: unknown };
        if (e.code !== '23505' || e.constraint_name !== 'feedback_receipt' || attempt >= RECEIPT_ATTEMPTS) throw error;
        p.ack = { ...p.ack, receipt: newReceipt() };
      }
    }
  }

  private async insertFeedback(group: readonly PendingFeedback[]): Promise<Set<string>> {
    const col = <T>(f: (p: PendingFeedback) => T): T[] => group.map(f);
    const rows = await this.sql<{ id: string }[]>`
      INSERT INTO feedback (id, unit, service, dimension, rating, comment, contact, consent, dossier, lang, page, created_at, period, received_at, body_hash, ack, receipt)
      SELECT * FROM unnest(
        ${col((p) => p.id)}::uuid[], ${col((p) => p.record.unit)}::text[], ${col((p) => orNull(p.record.service))}::text[],
        ${col((p) => orNull(p.record.dimension))}::text[], ${col((p) => p.record.rating)}::smallint[], ${col((p) => orNull(p.record.comment))}::text[],
        ${col((p) => orNull(p.record.contact))}::text[], ${col((p) => orNull(p.record.consent))}::boolean[], ${col((p) => orNull(p.record.dossier))}::text[],
        ${col((p) => p.record.lang)}::text[],
        ${col((p) => orNull(p.record.page))}::text[], ${col((p) => p.record.createdAt)}::text[], ${col((p) => p.meta.period)}::text[],
        ${col((p) => p.meta.receivedAt)}::text[], ${col((p) => p.hash)}::text[], ${col((p) => JSON.stringify(p.ack))}::text[],
        ${col((p) => p.ack.receipt!)}::text[])
      ON CONFLICT (id) DO NOTHING RETURNING id`;
    return new Set(rows.map((r) => r.id));
  }

  /** Settles a committed group: the first of each inserted id was created; every other is a repeat or a conflict. */
  private async answer(group: readonly PendingFeedback[], inserted: Set<string>): Promise<void> {
    const known: PendingFeedback[] = [];
    for (const p of group) {
      if (inserted.delete(p.id)) p.resolve({ kind: 'created', ack: p.ack });
      else known.push(p);
    }
    if (known.length === 0) return;
    try {
      // A conflicting insert waited for the other transaction holding the id; this new statement sees its commit.
      const stored = await this.sql<{ id: string; body_hash: string; ack: string }[]>`
        SELECT id, body_hash, ack FROM feedback WHERE id = ANY(${known.map((p) => p.id)}::uuid[])`;
      const byId = new Map(stored.map((r) => [r.id, r]));
      for (const p of known) {
        const row = byId.get(p.id);
        // A record whose personal data was erased is compared without it (see ops/erase.ts).
        if (row)
          p.resolve(knownId<FeedbackAck>(row.body_hash === p.hash || matchesErased(row.body_hash, p.record), row.ack));
        else p.reject(new Error(`feedback ${p.id} was neither inserted nor found`));
      }
    } catch (error) {
      for (const p of known) p.reject(error);
    }
  }

  async putReport(report: UnitReport, meta: ReportMeta): Promise<PutResult<ReportAck>> {
    this.open();
    const id = report.id.toLowerCase();
    const hash = bodyHash(canonicalReport(report));
    const submittedMs = effectiveSubmittedMs(report, meta);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.sql.begin(async (tx): Promise<PutResult<ReportAck>> => {
          const [existing] = await tx<
            { body_hash: string; ack: string }[]
          >`SELECT body_hash, ack FROM reports WHERE id = ${id}`;
          if (existing) return knownId<ReportAck>(existing.body_hash === hash, existing.ack);
          // Locks the current report: another instance placing a report for the same unit, plan and period waits
          // for this commit, then finds this one current (or, should two both find none, the unique index
          // reports_current refuses the second, which runs again).
          const [current] = await tx<{ seq: string; id: string; submitted_ms: string }[]>`
            SELECT seq, id, submitted_ms FROM reports
            WHERE unit = ${report.unit} AND plan_id = ${report.planId} AND period = ${report.period} AND superseded_by IS NULL
            FOR UPDATE`;
          const placed = placeReport(
            id,
            submittedMs,
            meta,
            current && { id: current.id, submittedMs: Number(current.submitted_ms) },
          );
          if (placed.supersedesCurrent) await tx`UPDATE reports SET superseded_by = ${id} WHERE seq = ${current!.seq}`;
          const [row] = await tx<{ seq: string }[]>`
            INSERT INTO reports (id, plan_id, unit, period, submitted_at, submitted_ms, lang, received_at, superseded_by, body_hash, ack, token_id)
            VALUES (${id}, ${report.planId}, ${report.unit}, ${report.period}, ${report.submittedAt}, ${submittedMs}, ${orNull(report.lang)},
                    ${meta.receivedAt}, ${placed.supersededBy}, ${hash}, ${JSON.stringify(placed.ack)}, ${orNull(meta.tokenId)})
            RETURNING seq`;
          const t = report.tasks;
          await tx`
            INSERT INTO report_tasks (report_seq, position, task_id, status, evidence, note)
            SELECT ${row!.seq}, n - 1, task_id, status, evidence, note
            FROM unnest(${t.map((x) => x.taskId)}::text[], ${t.map((x) => x.status)}::text[],
                        ${t.map((x) => orNull(x.evidence))}::text[], ${t.map((x) => orNull(x.note))}::text[])
                 WITH ORDINALITY AS x (task_id, status, evidence, note, n)`;
          // History is bounded: an outbox resending a report older than the kept ones gets its answer, and it is not kept.
          // The tasks' foreign key is checked at the end of the statement, when both deletes are done.
          await tx`
            WITH old AS (
              SELECT seq FROM reports WHERE unit = ${report.unit} AND plan_id = ${report.planId} AND period = ${report.period}
              ORDER BY submitted_ms DESC, seq DESC OFFSET ${REPORT_HISTORY}
            ), tasks AS (DELETE FROM report_tasks WHERE report_seq IN (SELECT seq FROM old))
            DELETE FROM reports WHERE seq IN (SELECT seq FROM old)`;
          if (meta.tokenId) await PgTokens.touch(tx, meta.tokenId, meta.receivedAt);
          return { kind: 'created', ack: placed.ack };
        });
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has((error as { code?: string }).code ?? '')) throw error;
      }
    }
  }

  async createToken(token: NewUnitToken): Promise<void> {
    this.open();
    return this.tokens.insert(token);
  }

  async findToken(id: string): Promise<StoredUnitToken | undefined> {
    return this.tokens.find(id);
  }

  async listTokens(): Promise<readonly UnitTokenInfo[]> {
    return this.tokens.list();
  }

  async revokeToken(id: string, at: string): Promise<UnitTokenInfo | undefined> {
    this.open();
    return this.tokens.revoke(id, at);
  }

  async feedbackTally(): Promise<readonly TallyRow[]> {
    return this.sql<TallyRow[]>`
      SELECT unit, dimension, service, period, rating, count(*)::int AS count FROM feedback GROUP BY unit, dimension, service, period, rating`;
  }

  async latestReports(): Promise<readonly LatestReport[]> {
    const rows = await this.sql<
      {
        id: string;
        plan_id: string;
        unit: string;
        period: string;
        submitted_at: string;
        tasks: [string, TaskStatus][];
      }[]
    >`
      SELECT r.id, r.plan_id, r.unit, r.period, r.submitted_at,
             (SELECT coalesce(json_agg(json_build_array(t.task_id, t.status) ORDER BY t.position), '[]')
              FROM report_tasks t WHERE t.report_seq = r.seq) AS tasks
      FROM (SELECT *, row_number() OVER (PARTITION BY unit, plan_id ORDER BY submitted_ms DESC, seq DESC) AS n
            FROM reports WHERE superseded_by IS NULL) r
      WHERE n = 1
      ORDER BY r.unit COLLATE "C", r.plan_id COLLATE "C"`;
    return rows.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      unit: r.unit,
      period: r.period,
      submittedAt: r.submitted_at,
      statuses: Object.fromEntries(r.tasks),
    }));
  }

  async receipt(code: string): Promise<ReceiptInfo | null> {
    this.open();
    const [row] = await this.sql<{ seq: string; unit: string; received_at: string }[]>`
      SELECT seq, unit, received_at FROM feedback WHERE receipt = ${code}`;
    if (!row) return null;
    return receiptInfo(code, row.unit, row.received_at, await PgStore.historyOf(this.sql, row.seq));
  }

  /**
   * One transaction that locks the feedback's row: two changes to the same feedback at once, on any instances, are
   * appended one after the other, each compared with the one before it.
   */
  async answerFeedback(code: string, change: AnswerChange, meta: AnswerMeta): Promise<ReceiptInfo | null> {
    this.open();
    return this.sql.begin(async (tx) => {
      const [row] = await tx<{ seq: string; unit: string; received_at: string }[]>`
        SELECT seq, unit, received_at FROM feedback WHERE receipt = ${code} FOR UPDATE`;
      if (!row) return null;
      const history = await PgStore.historyOf(tx, row.seq);
      if (!sameChange(change, history[history.length - 1])) {
        await tx`
          INSERT INTO answers (feedback_seq, status, answer, changed_at, token_id)
          VALUES (${row.seq}, ${change.status}, ${orNull(change.answer)}, ${meta.at}, ${meta.by})`;
        await PgTokens.touch(tx, meta.by, meta.at);
        history.push({ ...change, at: meta.at, by: meta.by });
      }
      return receiptInfo(code, row.unit, row.received_at, history);
    });
  }

  /** A feedback's history, oldest first. */
  private static async historyOf(sql: Sql | TransactionSql, seq: string): Promise<StoredAnswer[]> {
    const rows = await sql<AnswerRow[]>`
      SELECT feedback_seq, status, answer, changed_at, token_id FROM answers WHERE feedback_seq = ${seq} ORDER BY seq`;
    return rows.map(storedAnswer);
  }

  async unitFeedback(unit: string, query: InboxQuery): Promise<InboxPage> {
    this.open();
    // The latest change's status is the feedback's (none: received); the filters are core's INBOX_FILTERS.
    const found = await this.sql<InboxSqlRow[]>`
      SELECT * FROM (
        SELECT f.seq, f.receipt, f.received_at, f.service, f.dimension, f.rating, f.comment, f.contact, f.consent, f.dossier, f.lang,
               coalesce((SELECT a.status FROM answers a WHERE a.feedback_seq = f.seq ORDER BY a.seq DESC LIMIT 1), 'received') AS status
        FROM feedback f
        WHERE f.unit = ${unit} AND f.receipt IS NOT NULL
          AND (${query.dimension ?? null}::text IS NULL OR f.dimension = ${query.dimension ?? null}::text)
      ) x WHERE CASE ${query.status ?? null}::text
        WHEN 'unanswered' THEN status <> 'answered'
        WHEN 'overdue' THEN status <> 'answered' AND (received_at COLLATE "C") < ${query.overdueBefore ?? null}::text
        WHEN 'in-progress' THEN status = 'in-progress'
        WHEN 'answered' THEN status = 'answered'
        ELSE true END
      ORDER BY (received_at COLLATE "C") DESC, seq DESC LIMIT ${query.limit + 1}`;
    const rows = found.slice(0, query.limit);
    const histories = new Map<string, StoredAnswer[]>();
    const answers = await this.sql<AnswerRow[]>`
      SELECT feedback_seq, status, answer, changed_at, token_id FROM answers
      WHERE feedback_seq = ANY(${rows.map((r) => r.seq)}::bigint[]) ORDER BY seq`;
    for (const a of answers) {
      let h = histories.get(a.feedback_seq);
      if (!h) histories.set(a.feedback_seq, (h = []));
      h.push(storedAnswer(a));
    }
    return {
      rows: rows.map((r) => ({
        receipt: r.receipt,
        receivedAt: r.received_at,
        service: r.service,
        dimension: r.dimension,
        rating: r.rating as SatisfactionValue,
        comment: r.comment,
        contact: r.contact,
        consent: r.consent,
        dossier: r.dossier,
        lang: r.lang as Locale,
        history: histories.get(r.seq) ?? [],
      })),
      truncated: found.length > query.limit,
    };
  }

  /** Both reads in one snapshot, so that the answered ones are counted among the same feedback. */
  async answerFigures(overdueBefore: string): Promise<AnswerFigures> {
    this.open();
    return this.sql.begin('isolation level repeatable read read only', async (tx) => {
      const units = await tx<{ unit: string; feedback: number; pastDue: number }[]>`
        SELECT unit, count(*)::int AS feedback,
               count(*) FILTER (WHERE (received_at COLLATE "C") < ${overdueBefore})::int AS "pastDue"
        FROM feedback WHERE receipt IS NOT NULL GROUP BY unit ORDER BY unit COLLATE "C"`;
      const changes = await tx<FigureChange[]>`
        SELECT a.feedback_seq AS feedback, f.unit, f.received_at AS "receivedAt", a.status, a.changed_at AS at
        FROM answers a JOIN feedback f ON f.seq = a.feedback_seq ORDER BY a.feedback_seq, a.seq`;
      return answerFiguresOf(units, changes);
    });
  }

  // Pages rather than one cursor: a slow download must not hold a connection (and its snapshot) for its whole length.
  async *feedbackRows(): AsyncIterable<StoredFeedback> {
    let after = '0';
    for (;;) {
      const page = await this.sql<
        FeedbackRow[]
      >`SELECT * FROM feedback WHERE seq > ${after} ORDER BY seq LIMIT ${PAGE}`;
      for (const r of page)
        yield {
          id: r.id,
          unit: r.unit,
          service: r.service,
          dimension: r.dimension,
          rating: r.rating as SatisfactionValue,
          comment: r.comment,
          contact: r.contact,
          consent: r.consent,
          dossier: r.dossier,
          lang: r.lang as Locale,
          page: r.page,
          createdAt: r.created_at,
          period: r.period,
          receivedAt: r.received_at,
        };
      if (page.length < PAGE) return;
      after = page[page.length - 1]!.seq;
    }
  }

  async *reportTaskRows(): AsyncIterable<StoredReportTask> {
    let after = { seq: '0', position: -1 };
    for (;;) {
      const page = await this.sql<ReportTaskRow[]>`
        SELECT r.seq, t.position, r.id, r.plan_id, r.unit, r.period, r.submitted_at, r.lang, r.received_at, r.superseded_by,
               t.task_id, t.status, t.evidence, t.note
        FROM reports r JOIN report_tasks t ON t.report_seq = r.seq
        WHERE (r.seq, t.position) > (${after.seq}::bigint, ${after.position}::int)
        ORDER BY r.seq, t.position LIMIT ${PAGE}`;
      for (const r of page)
        yield {
          reportId: r.id,
          planId: r.plan_id,
          unit: r.unit,
          period: r.period,
          submittedAt: r.submitted_at,
          lang: r.lang as Locale | null,
          receivedAt: r.received_at,
          current: r.superseded_by === null,
          supersededBy: r.superseded_by,
          taskId: r.task_id,
          status: r.status as TaskStatus,
          evidence: r.evidence,
          note: r.note,
        };
      if (page.length < PAGE) return;
      const last = page[page.length - 1]!;
      after = { seq: last.seq, position: last.position };
    }
  }

  /**
   * The server's current snapshot (xmin:xmax:in-progress ids). Two reads with the same snapshot see exactly the same
   * committed data, and any commit changes it, so it is a version shared by every instance. Unlike max(seq), it also
   * changes when a transaction holding a smaller seq commits after a larger one was already visible. It changes as
   * well for writes elsewhere in the cluster, which merely costs a recomputation.
   */
  async version(): Promise<string> {
    const [row] = await this.sql<{ v: string }[]>`SELECT pg_current_snapshot()::text AS v`;
    return row!.v;
  }

  async counts(): Promise<{ feedback: number; reports: number }> {
    const [row] = await this.sql<{ feedback: number; reports: number }[]>`
      SELECT (SELECT count(*) FROM feedback)::int AS feedback, (SELECT count(*) FROM reports)::int AS reports`;
    return row!;
  }

  /**
   * One read through the pool. A failed commit is not a state of this store: PostgreSQL acknowledges a commit only
   * once it is flushed, and a server that cannot flush its log stops (and recovers from it on restart), so there is
   * no storage-failed here; a server that cannot be reached is storage-unavailable, with the driver's or the
   * server's error code (never the URL, which may hold a password).
   */
  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, code: 'storage-unavailable', detail: 'the store is closed' };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error('timeout'), { code: `no answer within ${HEALTH_TIMEOUT_MS / 1000} s` })),
        HEALTH_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([this.sql`SELECT 1`, timeout]);
      return { ok: true };
    } catch (error) {
      return {
        ok: false,
        code: 'storage-unavailable',
        detail: String((error as { code?: string }).code ?? (error as Error).name),
      };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * In batches of ERASE_BATCH rows, each a transaction that locks its rows: an instance running the same pass at the
   * same time waits for those rows, then no longer finds them (the condition is checked again on the locked rows).
   */
  async eraseContacts(receivedBefore: string): Promise<number> {
    this.open();
    let total = 0;
    for (;;) {
      const erased = await this.sql.begin(async (tx) => {
        const rows = await tx<ErasableRow[]>`
          SELECT id, unit, service, dimension, rating, comment, contact, consent, dossier, lang, page, created_at, body_hash FROM feedback
          WHERE (contact IS NOT NULL OR dossier IS NOT NULL) AND (received_at COLLATE "C") < ${receivedBefore}
          LIMIT ${ERASE_BATCH} FOR UPDATE`;
        await PgStore.erase(
          tx,
          rows.map((r) => ({ id: r.id, ...erasure(r, RETAINED_FIELDS) })),
        );
        return rows.length;
      });
      total += erased;
      if (erased < ERASE_BATCH) return total;
    }
  }

  async forgetFeedback(ids: readonly string[]): Promise<ForgetResult> {
    this.open();
    const wanted = [...new Set(ids.filter((id) => FEEDBACK_ID.test(id)).map((id) => id.toLowerCase()))];
    return this.sql.begin(async (tx) => {
      const rows = await tx<ErasableRow[]>`
        SELECT id, unit, service, dimension, rating, comment, contact, consent, dossier, lang, page, created_at, body_hash FROM feedback
        WHERE id = ANY(${wanted}::uuid[]) FOR UPDATE`;
      const byId = new Map(rows.map((r) => [r.id, r]));
      const erasures: { id: string; fields: readonly string[]; bodyHash: string }[] = [];
      const result = forgetEach(ids, (id): Forgotten | undefined => {
        const row = byId.get(id);
        if (!row) return undefined;
        const erased = stillHeld(row);
        if (erased.length > 0) {
          erasures.push({ id, ...erasure(row, FORGOTTEN_FIELDS) });
          // The same id named twice: nothing is left to erase the second time.
          byId.set(id, { ...row, contact: null, comment: null, dossier: null });
        }
        return { id: row.id, unit: row.unit, rating: row.rating, erased, answers: 0 };
      });
      await PgStore.erase(tx, erasures);
      // The text of the unit's answers to them (it may quote the resident); their status and time stay.
      const cleared = await tx<{ id: string; n: number }[]>`
        WITH erased AS (
          UPDATE answers a SET answer = NULL FROM feedback f
          WHERE a.feedback_seq = f.seq AND f.id = ANY(${[...byId.keys()]}::uuid[]) AND a.answer IS NOT NULL
          RETURNING f.id::text AS id)
        SELECT id, count(*)::int AS n FROM erased GROUP BY id`;
      const answers = new Map(cleared.map((c) => [c.id, c.n]));
      return {
        ...result,
        // The same id named twice: its answers are erased (and counted) the first time.
        found: result.found.map((f, i) =>
          result.found.findIndex((g) => g.id === f.id) === i ? { ...f, answers: answers.get(f.id) ?? 0 } : f,
        ),
      };
    });
  }

  /**
   * Writes erasures (see ops/erase.ts): the contact and the dossier code always, the comment when named, and the new
   * body hash.
   */
  private static async erase(
    tx: TransactionSql,
    erasures: readonly { id: string; fields: readonly string[]; bodyHash: string }[],
  ): Promise<void> {
    if (erasures.length === 0) return;
    await tx`
      UPDATE feedback f SET contact = NULL, dossier = NULL, comment = CASE WHEN e.comment THEN NULL ELSE f.comment END, body_hash = e.body_hash
      FROM unnest(${erasures.map((e) => e.id)}::uuid[], ${erasures.map((e) => e.fields.includes('comment'))}::boolean[],
                  ${erasures.map((e) => e.bodyHash)}::text[]) AS e (id, comment, body_hash)
      WHERE f.id = e.id`;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // The writes already accepted are committed and answered; then the connections close.
    while (this.writing.size > 0 || this.queue.length > 0) {
      this.flushFeedback();
      await Promise.race(this.writing);
    }
    await this.sql.end({ timeout: 5 });
  }

  private open(): void {
    if (this.closed) throw new Error('the store is closed');
  }
}
