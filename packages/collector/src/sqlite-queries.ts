import type Database from 'better-sqlite3';
import type { AnswerChangeStatus, TaskStatus } from '@papi/core';
import { REPORT_HISTORY, type FigureChange, type TallyRow } from './store.js';

export interface AnswerRow {
  feedback_seq: number;
  status: AnswerChangeStatus;
  answer: string | null;
  changed_at: string;
  token_id: string;
}

export interface InboxSqlRow {
  seq: number;
  receipt: string;
  received_at: string;
  service: string | null;
  dimension: string | null;
  rating: number;
  comment: string | null;
  contact: string | null;
  consent: number | null;
  dossier: string | null;
  lang: string;
}

/** The SQLite store's statements, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  return {
    feedbackByReceipt: db.prepare<[string], { seq: number; unit: string; received_at: string }>(
      'SELECT seq, unit, received_at FROM feedback WHERE receipt = ?',
    ),
    historyOf: db.prepare<[number], AnswerRow>(
      'SELECT feedback_seq, status, answer, changed_at, token_id FROM answers WHERE feedback_seq = ? ORDER BY seq',
    ),
    historiesOf: db.prepare<[string], AnswerRow>(
      `SELECT feedback_seq, status, answer, changed_at, token_id FROM answers
     WHERE feedback_seq IN (SELECT value FROM json_each(?)) ORDER BY seq`,
    ),
    insertAnswer: db.prepare<[number, string, string | null, string, string]>(
      'INSERT INTO answers (feedback_seq, status, answer, changed_at, token_id) VALUES (?, ?, ?, ?, ?)',
    ),
    // The latest change's status is the feedback's (none: received); the filters are core's INBOX_FILTERS.
    inbox: db.prepare<
      { unit: string; dimension: string | null; status: string | null; before: string | null; limit: number },
      InboxSqlRow
    >(
      `SELECT * FROM (
       SELECT f.seq, f.receipt, f.received_at, f.service, f.dimension, f.rating, f.comment, f.contact, f.consent, f.dossier, f.lang,
              COALESCE((SELECT a.status FROM answers a WHERE a.feedback_seq = f.seq ORDER BY a.seq DESC LIMIT 1), 'received') AS status
       FROM feedback f
       WHERE f.unit = @unit AND f.receipt IS NOT NULL AND (@dimension IS NULL OR f.dimension = @dimension)
     ) WHERE CASE @status
       WHEN 'unanswered' THEN status <> 'answered'
       WHEN 'overdue' THEN status <> 'answered' AND received_at < @before
       WHEN 'in-progress' THEN status = 'in-progress'
       WHEN 'answered' THEN status = 'answered'
       ELSE 1 END
     ORDER BY received_at DESC, seq DESC LIMIT @limit`,
    ),
    answerUnits: db.prepare<[string], { unit: string; feedback: number; pastDue: number }>(
      `SELECT unit, COUNT(*) AS feedback, SUM(received_at < ?) AS pastDue FROM feedback
     WHERE receipt IS NOT NULL GROUP BY unit ORDER BY unit`,
    ),
    answerHistories: db.prepare<[], FigureChange>(
      `SELECT a.feedback_seq AS feedback, f.unit, f.received_at AS receivedAt, a.status, a.changed_at AS at
     FROM answers a JOIN feedback f ON f.seq = a.feedback_seq ORDER BY a.feedback_seq, a.seq`,
    ),
    feedbackById: db.prepare<[string], { body_hash: string; ack: string }>(
      'SELECT body_hash, ack FROM feedback WHERE id = ?',
    ),
    // One statement per new record: a known id inserts nothing (changes = 0) and only then is the stored row read.
    insertFeedback: db.prepare<
      [
        string,
        string,
        string | null,
        string | null,
        number,
        string | null,
        string | null,
        number | null,
        string | null,
        string,
        string | null,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    >(
      `INSERT INTO feedback (id, unit, service, dimension, rating, comment, contact, consent, dossier, lang, page, created_at, period, received_at, body_hash, ack, receipt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    ),
    reportById: db.prepare<[string], { body_hash: string; ack: string }>(
      'SELECT body_hash, ack FROM reports WHERE id = ?',
    ),
    currentReport: db.prepare<[string, string, string], { seq: number; id: string; submitted_ms: number }>(
      'SELECT seq, id, submitted_ms FROM reports WHERE unit = ? AND plan_id = ? AND period = ? AND superseded_by IS NULL',
    ),
    supersede: db.prepare('UPDATE reports SET superseded_by = ? WHERE seq = ?'),
    insertReport: db.prepare(
      `INSERT INTO reports (id, plan_id, unit, period, submitted_at, submitted_ms, lang, received_at, superseded_by, body_hash, ack, token_id)
     VALUES (@id, @planId, @unit, @period, @submittedAt, @submittedMs, @lang, @receivedAt, @supersededBy, @hash, @ack, @tokenId)`,
    ),
    // Beyond the latest REPORT_HISTORY of a unit, plan and period: their tasks first (the foreign key), then them.
    pruneTasks: db.prepare<[string, string, string]>(
      `DELETE FROM report_tasks WHERE report_seq IN (
       SELECT seq FROM reports WHERE unit = ? AND plan_id = ? AND period = ? ORDER BY submitted_ms DESC, seq DESC LIMIT -1 OFFSET ${REPORT_HISTORY})`,
    ),
    pruneReports: db.prepare<[string, string, string]>(
      `DELETE FROM reports WHERE seq IN (
       SELECT seq FROM reports WHERE unit = ? AND plan_id = ? AND period = ? ORDER BY submitted_ms DESC, seq DESC LIMIT -1 OFFSET ${REPORT_HISTORY})`,
    ),
    insertTask: db.prepare(
      'INSERT INTO report_tasks (report_seq, position, task_id, status, evidence, note) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    tally: db.prepare<[], TallyRow>(
      'SELECT unit, dimension, service, period, rating, COUNT(*) AS count FROM feedback GROUP BY unit, dimension, service, period, rating',
    ),
    latest: db.prepare<
      [],
      { seq: number; id: string; plan_id: string; unit: string; period: string; submitted_at: string }
    >(
      `SELECT seq, id, plan_id, unit, period, submitted_at FROM (
       SELECT *, ROW_NUMBER() OVER (PARTITION BY unit, plan_id ORDER BY submitted_ms DESC, seq DESC) AS n
       FROM reports WHERE superseded_by IS NULL
     ) WHERE n = 1 ORDER BY unit, plan_id`,
    ),
    tasksOf: db.prepare<[number], { task_id: string; status: TaskStatus }>(
      'SELECT task_id, status FROM report_tasks WHERE report_seq = ? ORDER BY position',
    ),
    // A report is superseded only by the insert of a newer one, in the same write, and answers are only appended,
    // so the three maxima cover every change the statistics show.
    version: db.prepare<[], { f: number | null; r: number | null; a: number | null }>(
      'SELECT (SELECT MAX(seq) FROM feedback) AS f, (SELECT MAX(seq) FROM reports) AS r, (SELECT MAX(seq) FROM answers) AS a',
    ),
    counts: db.prepare<[], { feedback: number; reports: number }>(
      'SELECT (SELECT COUNT(*) FROM feedback) AS feedback, (SELECT COUNT(*) FROM reports) AS reports',
    ),
    feedbackPage: db.prepare<[number, number], Record<string, unknown>>(
      'SELECT * FROM feedback WHERE seq > ? ORDER BY seq LIMIT ?',
    ),
    reportTaskPage: db.prepare<[number, number, number], Record<string, unknown>>(
      `SELECT r.seq, t.position, r.id, r.plan_id, r.unit, r.period, r.submitted_at, r.lang, r.received_at, r.superseded_by,
            t.task_id, t.status, t.evidence, t.note
     FROM reports r JOIN report_tasks t ON t.report_seq = r.seq
     WHERE (r.seq, t.position) > (?, ?) ORDER BY r.seq, t.position LIMIT ?`,
    ),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
