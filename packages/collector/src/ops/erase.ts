import type Database from 'better-sqlite3';
import type { DimensionId, FeedbackRecord, Locale, SatisfactionValue } from '@papi/core';
import { type ErasableField, type ForgetResult, type Forgotten, bodyHash, canonicalFeedback } from '../store.js';

export type { ErasableField, Forgotten };

/**
 * Erasing a resident's personal data from a stored feedback record: the contact after the retention period, the
 * contact and the comment on request (`papi-collector forget`). The rating and its unit, service, dimension and
 * period stay, so the statistics do not change.
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

function without(record: FeedbackRecord, fields: readonly ErasableField[]): FeedbackRecord {
  return { ...record, contact: undefined, ...(fields.includes('comment') ? { comment: undefined } : {}) };
}

/** The body hash of a record whose fields were erased: "erased(contact,comment):<hash of the rest>". */
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
  const all = (['contact', 'comment'] as const).filter((f) => fields.includes(f) || erasedBefore(row).includes(f));
  return { fields: all, bodyHash: erasedHash(recordOf(row), all) };
}

/** What forgetting a row erases now: its contact and its comment, those it still has. */
export const stillHeld = (row: Pick<ErasableRow, 'contact' | 'comment'>): ErasableField[] =>
  (['contact', 'comment'] as const).filter((f) => row[f] !== null);

function erase(db: Database.Database, row: ErasableRow, fields: readonly ErasableField[]): void {
  const e = erasure(row, fields);
  db.prepare(
    `UPDATE feedback SET contact = NULL${e.fields.includes('comment') ? ', comment = NULL' : ''}, body_hash = ? WHERE id = ?`,
  ).run(e.bodyHash, row.id);
}

/** The columns an erasure reads. */
export const ERASABLE_COLUMNS =
  'id, unit, service, dimension, rating, comment, contact, consent, lang, page, created_at, body_hash';

/**
 * Erases the contact of every record received before the instant given (an ISO 8601 time in UTC, as received_at
 * is stored, so that the strings compare as times). Call it inside a transaction. Returns how many were erased.
 */
export function eraseExpiredContacts(db: Database.Database, receivedBefore: string): number {
  const rows = db
    .prepare<[string], ErasableRow>(
      `SELECT ${ERASABLE_COLUMNS} FROM feedback WHERE contact IS NOT NULL AND received_at < ?`,
    )
    .all(receivedBefore);
  for (const row of rows) erase(db, row, ['contact']);
  return rows.length;
}

/** Whether any record still holds a contact received before the instant given (a cheap read before a write). */
export function hasExpiredContacts(db: Database.Database, receivedBefore: string): boolean {
  return (
    db.prepare('SELECT 1 FROM feedback WHERE contact IS NOT NULL AND received_at < ? LIMIT 1').get(receivedBefore) !==
    undefined
  );
}

/** Erases the contact and the comment of one record; undefined when no record has that id. Call it in a transaction. */
export function forgetFeedback(db: Database.Database, id: string): Forgotten | undefined {
  const row = db
    .prepare<[string], ErasableRow>(`SELECT ${ERASABLE_COLUMNS} FROM feedback WHERE id = ?`)
    .get(id.toLowerCase());
  if (!row) return undefined;
  const erased = stillHeld(row);
  if (erased.length > 0) erase(db, row, ['contact', 'comment']);
  return { id: row.id, unit: row.unit, rating: row.rating, erased };
}

/** Forgets each id in turn (an id that is no UUID is unknown) and sorts the outcomes: found, in order, and unknown. */
export function forgetEach(ids: readonly string[], forgetOne: (id: string) => Forgotten | undefined): ForgetResult {
  const results = ids.map((id) => ({ id, done: FEEDBACK_ID.test(id) ? forgetOne(id.toLowerCase()) : undefined }));
  return {
    found: results.flatMap((r) => (r.done ? [r.done] : [])),
    unknown: results.filter((r) => !r.done).map((r) => r.id),
  };
}
