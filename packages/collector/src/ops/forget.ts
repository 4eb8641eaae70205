import type Database from 'better-sqlite3';
import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import type { ForgetResult } from '../store.js';
import { SCHEMA_VERSION, allowAnswerErasure } from '../sqlite-schema.js';
import { FEEDBACK_ID as UUID, forgetEach, forgetFeedback, hasAnswers } from './erase.js';
import { OpsError, openExisting } from './open.js';

/**
 * The ids forgotten on request, one a line, beside the database: a backup made before the request still holds the
 * contact, and restoring it must not bring it back (restore.ts forgets them again). Ids only, no personal data.
 */
export const forgottenList = (dbPath: string): string => `${dbPath}.forgotten`;

/** Erases the contact, comment and dossier code of each record, in one transaction; notes the ids for later restores. */
export function forget(dbPath: string, ids: readonly string[]): ForgetResult {
  checkForgetIds(ids);
  const db = openExisting(dbPath);
  try {
    refuseNewer(db, dbPath);
    const known = ids
      .map((id) => id.toLowerCase())
      .filter((id) => db.prepare('SELECT 1 FROM feedback WHERE id = ?').get(id) !== undefined);
    // Noted before the erasure: should that fail, a noted id is only erased again at a restore, which is harmless;
    // the other way round, a failed note would let a restore bring the contact back.
    if (known.length > 0) note(dbPath, known);
    return db.transaction(() => {
      if (hasAnswers(db)) allowAnswerErasure(db);
      return forgetEach(ids, (id) => forgetFeedback(db, id));
    })();
  } finally {
    db.close();
  }
}

/**
 * A file of an older schema (a restored backup, or `forget` before the upgraded collector's first start) gets the
 * answers trigger that lets an answer's text be erased (allowAnswerErasure); a newer collector's file is refused.
 */
function refuseNewer(db: Database.Database, dbPath: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION)
    throw new OpsError(
      `${dbPath} was written by a newer collector (schema ${version}, this one knows ${SCHEMA_VERSION}); nothing was changed: use that collector's own command`,
      2,
    );
}

/** The command's arguments: one feedback id or more, each a UUID (exit status 2 otherwise). */
export function checkForgetIds(ids: readonly string[]): void {
  const bad = ids.filter((id) => !UUID.test(id));
  if (ids.length === 0) throw new OpsError('name the feedback id(s) to forget: papi-collector forget <id>…', 2);
  if (bad.length > 0)
    throw new OpsError(`not a feedback id (a UUID such as 0b6f0e52-2f0c-4f57-9a53-7d0b1c2d3e4f): ${bad.join(', ')}`, 2);
}

function note(dbPath: string, ids: readonly string[]): void {
  appendFileSync(forgottenList(dbPath), ids.map((id) => `${id}\n`).join(''), { mode: 0o600 });
  const fd = openSync(forgottenList(dbPath), 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Forgets again every id on the list (after a restore); returns how many records had something left to erase. */
export function reapplyForgotten(dbPath: string, open: (path: string) => Database.Database = openExisting): number {
  if (!existsSync(forgottenList(dbPath))) return 0;
  const ids = readFileSync(forgottenList(dbPath), 'utf8')
    .split('\n')
    .filter((l) => UUID.test(l));
  if (ids.length === 0) return 0;
  const db = open(dbPath);
  try {
    refuseNewer(db, dbPath);
    return db.transaction(() => {
      if (hasAnswers(db)) allowAnswerErasure(db);
      return ids.filter((id) => {
        const done = forgetFeedback(db, id);
        return done !== undefined && (done.erased.length > 0 || done.answers > 0);
      }).length;
    })();
  } finally {
    db.close();
  }
}
