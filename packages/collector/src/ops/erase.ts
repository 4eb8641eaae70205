import type Database from 'better-sqlite3';
import type { DimensionId, FeedbackRecord, Locale, SatisfactionValue } from '@papi/core';
import { type ErasableField, type ForgetResult, type Forgotten, bodyHash, canonicalFeedback } from '../store.js';

export type { ErasableField, Forgotten };

/**
 * Erasing a resident's personal data from a stored feedback record: the contact and the dossier code (mã hồ sơ,
 * from the counter's kiosk) after the retention period, those and the comment on request (`papi-collector forget`).
 * The rating and its unit, service, dimension and period stay, so the statistics do not change.
 *
 * The stored body hash (which tells a re-sent record, 200, from a different one under the same id, 409) covered the
 * erased text: kept, it would let anyone holding the file find a phone number by trying them all. It is replaced by
 * the hash of the record without the erased fields, marked with their names: the outbox re-sending the original
 * still gets 200 (and brings nothing back), a different rating under that id still 409. PgStore computes the same
 * `erasure` and writes it with its own statements.
 */

/** A feedback id as the collector accepts it: a UUID. */
export const FEEDBACK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const MARK = /^erased\(([a-z,]+)\):/;

/** Erased together by retention and by a request: who the resident is and which dossier was theirs. */
export const RETAINED_FIELDS = ['contact', 'dossier'] as const satisfies readonly ErasableField[];
/** What a resident's request erases. */
export const FORGOTTEN_FIELDS = ['contact', 'comment', 'dossier'] as const satisfies readonly ErasableField[];

/**
 * The record without the erased fields. Every erasure takes the contact and the dossier code: a mark written before
 * dossier codes were stored ("erased(contact)") covers a record whose code, if it had one, was never kept.
 */
function without(record: FeedbackRecord, fields: readonly ErasableField[]): FeedbackRecord {
  return {
    ...record,
    contact: undefined,
    dossier: undefined,
    ...(fields.includes('comment') ? { comment: undefined } : {}),
  };
}

/** The body hash of a record whose fields were erased: "erased(contact,comment,dossier):<hash of the rest>". */
export function erasedHash(record: FeedbackRecord, fields: readonly ErasableField[]): string {
  return `erased(${fields.join(',')}):${bodyHash(canonicalFeedback(without(record, fields)))}`;
}

/** Whether a record re-sent in full is the one stored under an erased hash (the outbox re-sending it). */
export function matchesErased(storedHash: string, record: FeedbackRecord): boolean {
  const m = MARK.exec(storedHash);
  if (!m) return false;
  const fields = m[1]!.split(',') as ErasableField[];
  return storedHash === erasedHash(record, fields);
}

/** A stored feedback row, as either engine returns it (SQLite keeps consent as 0/1, PostgreSQL as a boolean). */
export interface ErasableRow {
  id: string;
  unit: string;
  service: string | null;
  dimension: string | null;
  rating: number;
  comment: string | null;
  contact: string | null;
  consent: number | boolean | null;
  dossier: string | null;
  lang: string;
  page: string | null;
  created_at: string;
  body_hash: string;
}

const recordOf = (r: ErasableRow): FeedbackRecord => ({
  id: r.id,
  unit: r.unit,
  ...(r.service === null ? {} : { service: r.service }),
  ...(r.dimension === null ? {} : { dimension: r.dimension as DimensionId }),
  rating: r.rating as SatisfactionValue,
  ...(r.comment === null ? {} : { comment: r.comment }),
  ...(r.contact === null ? {} : { contact: r.contact }),
  ...(r.consent === null ? {} : { consent: r.consent === 1 || r.consent === true }),
  ...(r.dossier === null ? {} : { dossier: r.dossier }),
  lang: r.lang as Locale,
  ...(r.page === null ? {} : { page: r.page }),
  createdAt: r.created_at,
});

/** The fields a row's hash already marks as erased. */
const erasedBefore = (r: ErasableRow): ErasableField[] =>
  (MARK.exec(r.body_hash)?.[1]?.split(',') as ErasableField[] | undefined) ?? [];

/**
 * What erasing these fields of a row comes to, whichever engine stores it: every field to erase (those erased before
 * stay erased) and the row's new body hash.
 */
export function erasure(
  row: ErasableRow,
  fields: readonly ErasableField[],
): { readonly fields: ErasableField[]; readonly bodyHash: string } {
  const all = FORGOTTEN_FIELDS.filter((f) => fields.includes(f) || erasedBefore(row).includes(f));
  return { fields: all, bodyHash: erasedHash(recordOf(row), all) };
}

/** What forgetting a row erases now: its contact, comment and dossier code, those it still has. */
export const stillHeld = (row: Pick<ErasableRow, ErasableField>): ErasableField[] =>
  FORGOTTEN_FIELDS.filter((f) => row[f] !== null);

/** "contact", "contact and comment", "contact, comment and dossier code": what an erasure took, in words. */
export function erasedInWords(fields: readonly ErasableField[]): string {
  const words = fields.map((f) => (f === 'dossier' ? 'dossier code' : f));
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Whether the file has the dossier column (schema 4). A maintenance command may meet a file no collector of schema 4
 * has opened yet (`forget` before the upgraded collector's first start, a restored older backup): it has no dossier
 * code to erase, and the collector adds the column at its next start.
 */
const hasDossier = (db: Database.Database): boolean =>
  db.prepare("SELECT 1 FROM pragma_table_info('feedback') WHERE name = 'dossier'").get() !== undefined;

function erase(db: Database.Database, row: ErasableRow, fields: readonly ErasableField[], dossier: boolean): void {
  const e = erasure(row, fields);
  const comment = e.fields.includes('comment') ? ', comment = NULL' : '';
  db.prepare(
    `UPDATE feedback SET contact = NULL${dossier ? ', dossier = NULL' : ''}${comment}, body_hash = ? WHERE id = ?`,
  ).run(e.bodyHash, row.id);
}

/** The columns an erasure reads (a file of schema 3 has no dossier codes). */
const erasableColumns = (dossier: boolean): string =>
  `id, unit, service, dimension, rating, comment, contact, consent, ${dossier ? 'dossier' : 'NULL AS dossier'}, lang, page, created_at, body_hash`;

/**
 * The records retention erases: those still holding a contact or a dossier code. The same expression as the partial
 * index on them (SQLite schema 4, PostgreSQL migration 5), so that both engines use it.
 */
export const HOLDS_PERSONAL = '(contact IS NOT NULL OR dossier IS NOT NULL)';

/**
 * Erases the contact and the dossier code of every record received before the instant given (an ISO 8601 time in
 * UTC, as received_at is stored, so that the strings compare as times), in the store's own file (schema 4). Call it
 * inside a transaction. Returns how many records had either.
 */
export function eraseExpiredContacts(db: Database.Database, receivedBefore: string): number {
  const rows = db
    .prepare<[string], ErasableRow>(
      `SELECT ${erasableColumns(true)} FROM feedback WHERE ${HOLDS_PERSONAL} AND received_at < ?`,
    )
    .all(receivedBefore);
  for (const row of rows) erase(db, row, RETAINED_FIELDS, true);
  return rows.length;
}

/** Whether any record received before the instant given still holds a contact or a dossier code (a cheap read). */
export function hasExpiredContacts(db: Database.Database, receivedBefore: string): boolean {
  return (
    db.prepare(`SELECT 1 FROM feedback WHERE ${HOLDS_PERSONAL} AND received_at < ? LIMIT 1`).get(receivedBefore) !==
    undefined
  );
}

/** Whether the file has the unit's answers (schema 3). */
export const hasAnswers = (db: Database.Database): boolean =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'answers'").get() !== undefined;

/**
 * Erases the contact, the comment and the dossier code of one record, and the text of the unit's answers to it (they
 * may quote the resident); undefined when no record has that id. Call it in a transaction, on a file whose answers
 * trigger allows the erasure (sqlite-schema.ts's allowAnswerErasure).
 */
export function forgetFeedback(db: Database.Database, id: string): Forgotten | undefined {
  const dossier = hasDossier(db);
  const row = db
    .prepare<[string], ErasableRow>(`SELECT ${erasableColumns(dossier)} FROM feedback WHERE id = ?`)
    .get(id.toLowerCase());
  if (!row) return undefined;
  const erased = stillHeld(row);
  if (erased.length > 0) erase(db, row, FORGOTTEN_FIELDS, dossier);
  const answers = hasAnswers(db)
    ? db
        .prepare(
          'UPDATE answers SET answer = NULL WHERE answer IS NOT NULL AND feedback_seq = (SELECT seq FROM feedback WHERE id = ?)',
        )
        .run(row.id).changes
    : 0;
  return { id: row.id, unit: row.unit, rating: row.rating, erased, answers };
}

/** Forgets each id in turn (an id that is no UUID is unknown) and sorts the outcomes: found, in order, and unknown. */
export function forgetEach(ids: readonly string[], forgetOne: (id: string) => Forgotten | undefined): ForgetResult {
  const results = ids.map((id) => ({ id, done: FEEDBACK_ID.test(id) ? forgetOne(id.toLowerCase()) : undefined }));
  return {
    found: results.flatMap((r) => (r.done ? [r.done] : [])),
    unknown: results.filter((r) => !r.done).map((r) => r.id),
  };
}
