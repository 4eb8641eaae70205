import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { integrityProblems, isDamage } from './integrity.js';
import { SCHEMA_VERSION } from '../sqlite-schema.js';
import { reapplyForgotten } from './forget.js';
import { OpsError, collectorTablesMissing, fsyncPath } from './open.js';

export interface RestoreResult {
  readonly feedback: number;
  readonly reports: number;
  /** Where the file that was replaced now is (with its log beside it), if there was one. */
  readonly keptAs: string | undefined;
  /** Records forgotten since the backup was made, forgotten again. */
  readonly forgottenAgain: number;
}

/**
 * Whether a collector (or any SQLite connection) has the file open: an exclusive lock is refused while one does.
 * A file too damaged to lock is not in use either: no collector starts on it.
 */
export function inUse(dbPath: string): boolean {
  if (!existsSync(dbPath)) return false;
  let db: Database.Database | undefined;
  try {
    db = new Database(dbPath, { fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return false;
  } catch (error) {
    if (isDamage(error)) return false;
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup in the database's place, with the collector stopped. The backup is checked first; the file it
 * replaces is renamed, never deleted (with its log, which may hold the newest records), and the old log is moved
 * away so that SQLite cannot replay it onto the backup. Records forgotten since the backup was made are forgotten
 * again (the erasure list beside the database, see forget.ts).
 */
export function restoreDatabase(dbPath: string, backupFile: string, now: Date = new Date()): RestoreResult {
  const source = resolve(backupFile);
  if (!existsSync(source)) throw new OpsError(`there is no backup at ${source}`, 2);
  if (source === resolve(dbPath)) throw new OpsError('the backup to restore is the database itself', 2);
  let counts: { feedback: number; reports: number };
  let backup: Database.Database | undefined;
  try {
    backup = new Database(source, { readonly: true, fileMustExist: true });
    const version = backup.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION)
      throw new OpsError(
        `${source} was written by a newer collector (schema ${version}, this one knows ${SCHEMA_VERSION}); nothing was changed: restore it with that collector`,
        2,
      );
    const problems = [
      ...collectorTablesMissing(backup).map((t) => `no table ${t}`),
      ...integrityProblems(backup, 'full'),
    ];
    if (problems.length > 0)
      throw new OpsError(
        `${source} is not a sound collector database (${problems.slice(0, 3).join('; ')}); nothing was changed. Try an older backup.`,
      );
    counts = backup
      .prepare<[], { feedback: number; reports: number }>(
        'SELECT (SELECT COUNT(*) FROM feedback) AS feedback, (SELECT COUNT(*) FROM reports) AS reports',
      )
      .get()!;
  } catch (error) {
    if (isDamage(error))
      throw new OpsError(
        `${source} is damaged (${(error as Error).message}); nothing was changed. Try an older backup.`,
      );
    throw error;
  } finally {
    backup?.close();
  }
  if (inUse(dbPath)) {
    throw new OpsError(
      `${dbPath} is in use: stop the collector first (systemctl stop papi-collector); nothing was changed`,
    );
  }

  let keptAs: string | undefined;
  if (existsSync(dbPath)) {
    keptAs = `${dbPath}.replaced-${now.toISOString().replace(/[:.]/g, '-')}`;
    // The log and its index go with the file (SQLite finds them by name), so the kept file opens with its newest records.
    for (const suffix of ['-wal', '-shm', ''])
      if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, keptAs + suffix);
  }
  const incoming = `${dbPath}.restoring-${process.pid}`;
  try {
    copyFileSync(source, incoming);
    fsyncPath(incoming);
    renameSync(incoming, dbPath);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  fsyncPath(dirname(dbPath));
  return { ...counts, keptAs, forgottenAgain: reapplyForgotten(dbPath) };
}
