import type Database from 'better-sqlite3';
import { HOLDS_PERSONAL } from './ops/erase.js';
import { migrateTokens } from './tokens/sqlite.js';

/** The schema's version, in PRAGMA user_version; a file of a higher one was written by a newer collector. */
export const SCHEMA_VERSION = 5;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS feedback (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  unit        TEXT NOT NULL,
  service     TEXT,
  dimension   TEXT,
  rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment     TEXT,
  contact     TEXT,
  consent     INTEGER,
  dossier     TEXT,
  lang        TEXT NOT NULL,
  page        TEXT,
  created_at  TEXT NOT NULL,
  period      TEXT NOT NULL,
  received_at TEXT NOT NULL,
  body_hash   TEXT NOT NULL,
  ack         TEXT NOT NULL,
  receipt     TEXT
);
CREATE TABLE IF NOT EXISTS reports (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  plan_id       TEXT NOT NULL,
  unit          TEXT NOT NULL,
  period        TEXT NOT NULL,
  submitted_at  TEXT NOT NULL,
  submitted_ms  INTEGER NOT NULL,
  lang          TEXT,
  received_at   TEXT NOT NULL,
  superseded_by TEXT,
  body_hash     TEXT NOT NULL,
  ack           TEXT NOT NULL
);
-- One current report per unit, plan and period; the others are history.
CREATE UNIQUE INDEX IF NOT EXISTS reports_current ON reports (unit, plan_id, period) WHERE superseded_by IS NULL;
-- A unit's history for a plan and period, newest first: what the cap of REPORT_HISTORY reports walks.
CREATE INDEX IF NOT EXISTS reports_history ON reports (unit, plan_id, period, submitted_ms, seq);
-- A unit's feedback, newest first: the inbox.
CREATE INDEX IF NOT EXISTS feedback_unit ON feedback (unit, received_at);
-- Version 3: a unit's answers to feedback, one row per change, never updated (the trigger refuses it).
CREATE TABLE IF NOT EXISTS answers (
  seq          INTEGER PRIMARY KEY,
  feedback_seq INTEGER NOT NULL REFERENCES feedback (seq),
  status       TEXT NOT NULL CHECK (status IN ('in-progress', 'answered')),
  answer       TEXT,
  changed_at   TEXT NOT NULL,
  token_id     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_feedback ON answers (feedback_seq, seq);
CREATE TABLE IF NOT EXISTS report_tasks (
  report_seq INTEGER NOT NULL REFERENCES reports (seq),
  position   INTEGER NOT NULL,
  task_id    TEXT NOT NULL,
  status     TEXT NOT NULL,
  evidence   TEXT,
  note       TEXT,
  PRIMARY KEY (report_seq, position)
);
`;

/**
 * Brings an open file's schema to SCHEMA_VERSION (creating it in a new file), or refuses a file written by a newer
 * collector. Every step is idempotent: a file of any earlier version gets what it lacks.
 */
export function upgradeSchema(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(`${path} was written by a newer collector (schema ${version}, this one knows ${SCHEMA_VERSION})`);
  }
  db.exec(SCHEMA);
  // Version 2: receipt codes. A file of version 1 gets the column; its records keep none.
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('feedback')").all();
  if (!columns.some((c) => c.name === 'receipt')) db.exec('ALTER TABLE feedback ADD COLUMN receipt TEXT');
  db.exec('CREATE UNIQUE INDEX IF NOT EXISTS feedback_receipt ON feedback (receipt) WHERE receipt IS NOT NULL');
  // Version 4: the dossier code from the counter's kiosk, personal data like the contact; its records keep none.
  // Retention's index then covers the records holding either (the condition is ops/erase.ts's, word for word).
  if (!columns.some((c) => c.name === 'dossier')) db.exec('ALTER TABLE feedback ADD COLUMN dossier TEXT');
  db.exec(
    `DROP INDEX IF EXISTS feedback_contact_age;
     CREATE INDEX IF NOT EXISTS feedback_personal_age ON feedback (received_at) WHERE ${HOLDS_PERSONAL}`,
  );
  // Version 5: the answers trigger that lets `forget` erase an answer's text (rewritten only once, not at each start).
  if (version < 5) allowAnswerErasure(db);
  migrateTokens(db);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
}

/**
 * The answers history is append-only (version 3), but for one change (version 5): a resident's request to be
 * forgotten erases the text of the unit's answers to their feedback, which may quote them. The status and the time of
 * each change stay, so the unit's accountability figures do not change. Idempotent; the maintenance commands call it
 * on a file no collector of version 5 has opened yet.
 */
export function allowAnswerErasure(db: Database.Database): void {
  db.exec(`DROP TRIGGER IF EXISTS answers_append_only;
    CREATE TRIGGER answers_append_only BEFORE UPDATE ON answers
      WHEN NOT (NEW.answer IS NULL AND NEW.seq = OLD.seq AND NEW.feedback_seq = OLD.feedback_seq
                AND NEW.status = OLD.status AND NEW.changed_at = OLD.changed_at AND NEW.token_id = OLD.token_id)
      BEGIN SELECT RAISE(ABORT, 'the answers history is append-only'); END;`);
}
