import type { Sql } from 'postgres';

/**
 * The PostgreSQL schema as numbered migrations. Each runs once, in order, inside one transaction that holds an
 * advisory lock, so several collectors starting at once on an empty database do not race: the first creates the
 * tables, the others wait for its commit and then find nothing left to do. Never edit a migration that has shipped;
 * append a new one.
 */
export const MIGRATIONS: readonly (readonly string[])[] = [
  // 1: the tables of the SQLite store (with unit tokens and the reports' bounded history), with PostgreSQL's types.
  [
    `CREATE TABLE feedback (
       seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       id          uuid NOT NULL UNIQUE,
       unit        text NOT NULL,
       service     text,
       dimension   text,
       rating      smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
       comment     text,
       contact     text,
       consent     boolean,
       lang        text NOT NULL,
       page        text,
       created_at  text NOT NULL,
       period      text NOT NULL,
       received_at text NOT NULL,
       body_hash   text NOT NULL,
       ack         text NOT NULL
     )`,
    `CREATE TABLE reports (
       seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       id            uuid NOT NULL UNIQUE,
       plan_id       text NOT NULL,
       unit          text NOT NULL,
       period        text NOT NULL,
       submitted_at  text NOT NULL,
       submitted_ms  bigint NOT NULL,
       lang          text,
       received_at   text NOT NULL,
       superseded_by uuid,
       body_hash     text NOT NULL,
       ack           text NOT NULL,
       token_id      text
     )`,
    // One current report per unit, plan and period: two instances racing to make one current cannot both succeed.
    `CREATE UNIQUE INDEX reports_current ON reports (unit, plan_id, period) WHERE superseded_by IS NULL`,
    // A unit's history for a plan and period, newest first: what the cap of REPORT_HISTORY reports walks.
    `CREATE INDEX reports_history ON reports (unit, plan_id, period, submitted_ms, seq)`,
    `CREATE TABLE report_tasks (
       report_seq bigint NOT NULL REFERENCES reports (seq),
       position   integer NOT NULL,
       task_id    text NOT NULL,
       status     text NOT NULL,
       evidence   text,
       note       text,
       PRIMARY KEY (report_seq, position)
     )`,
    `CREATE TABLE unit_tokens (
       id           text PRIMARY KEY,
       unit         text NOT NULL,
       secret_hash  text NOT NULL,
       note         text,
       demo         boolean NOT NULL DEFAULT false,
       created_at   text NOT NULL,
       revoked_at   text,
       last_used_at text
     )`,
  ],
  // 2: the few records that still hold a contact, by age, for contact retention (the erasure compares received_at
  // as text in byte order, which is time order for the UTC ISO 8601 times stored there).
  [`CREATE INDEX feedback_contact_age ON feedback ((received_at COLLATE "C")) WHERE contact IS NOT NULL`],
  // 3: receipt codes; records stored before keep none.
  [`ALTER TABLE feedback ADD COLUMN receipt text`, `CREATE UNIQUE INDEX feedback_receipt ON feedback (receipt)`],
  // 4: a unit's answers to feedback, one row per change, never updated (the trigger refuses it); a unit's feedback
  // newest first, for its inbox.
  [
    `CREATE TABLE answers (
       seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       feedback_seq bigint NOT NULL REFERENCES feedback (seq),
       status       text NOT NULL CHECK (status IN ('in-progress', 'answered')),
       answer       text,
       changed_at   text NOT NULL,
       token_id     text NOT NULL
     )`,
    `CREATE INDEX answers_feedback ON answers (feedback_seq, seq)`,
    `CREATE INDEX feedback_unit ON feedback (unit, (received_at COLLATE "C"))`,
    `CREATE FUNCTION papi_answers_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'the answers history is append-only'; END $$`,
    `CREATE TRIGGER answers_append_only BEFORE UPDATE ON answers
       FOR EACH ROW EXECUTE FUNCTION papi_answers_append_only()`,
  ],
  // 5: the dossier code (mã hồ sơ) a resident may give at the counter's kiosk, personal data like the contact, and
  // retention's index on the records holding either (the condition is ops/erase.ts's, word for word).
  [
    `ALTER TABLE feedback ADD COLUMN dossier text`,
    `DROP INDEX feedback_contact_age`,
    `CREATE INDEX feedback_personal_age ON feedback ((received_at COLLATE "C"))
       WHERE (contact IS NOT NULL OR dossier IS NOT NULL)`,
  ],
  // 6: the answers history stays append-only but for one change: a resident's request to be forgotten erases the
  // text of the unit's answers to their feedback (it may quote them); the status and time of each change stay.
  [
    `CREATE OR REPLACE FUNCTION papi_answers_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.answer IS NULL AND (NEW.seq, NEW.feedback_seq, NEW.status, NEW.changed_at, NEW.token_id)
              IS NOT DISTINCT FROM (OLD.seq, OLD.feedback_seq, OLD.status, OLD.changed_at, OLD.token_id) THEN
           RETURN NEW;
         END IF;
         RAISE EXCEPTION 'the answers history is append-only';
       END $$`,
  ],
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The advisory lock's key ("papi" in ASCII): database-wide, so other databases of the cluster are not held up. */
const LOCK_KEY = 0x70617069;

/** Brings the database's schema to SCHEMA_VERSION; refuses a database written by a newer collector. */
export async function migrate(sql: Sql, where: string): Promise<{ from: number; to: number }> {
  return sql.begin(async (tx) => {
    // Held until this transaction ends: a second collector waits here, then sees the first one's tables.
    await tx.unsafe(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    await tx.unsafe(`CREATE TABLE IF NOT EXISTS papi_schema (
      version    integer PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const [row] = await tx<{ v: number }[]>`SELECT coalesce(max(version), 0)::int AS v FROM papi_schema`;
    const from = row!.v;
    if (from > SCHEMA_VERSION) {
      throw new Error(`${where} was written by a newer collector (schema ${from}, this one knows ${SCHEMA_VERSION})`);
    }
    for (let version = from + 1; version <= SCHEMA_VERSION; version++) {
      for (const statement of MIGRATIONS[version - 1]!) await tx.unsafe(statement);
      await tx`INSERT INTO papi_schema (version) VALUES (${version})`;
    }
    return { from, to: SCHEMA_VERSION };
  });
}
