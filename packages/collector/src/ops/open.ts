import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync } from 'node:fs';
import { DamagedDatabaseError, isDamage } from './integrity.js';

/** A maintenance command's failure: a sentence for the officer and the exit status (see --help). */
export class OpsError extends Error {
  override readonly name = 'OpsError';
  constructor(
    message: string,
    /** 1 failed, 2 bad usage or setting, 3 the database is damaged. */
    readonly exitCode: 1 | 2 | 3 = 1,
  ) {
    super(message);
  }
}

/**
 * The collector's database for a maintenance command, beside a collector that may be running: never created,
 * waiting for the collector's commits rather than failing, and every commit of its own synced to disk.
 */
export function openExisting(dbPath: string): Database.Database {
  if (!existsSync(dbPath))
    throw new OpsError(`there is no database at ${dbPath} (set PAPI_DB to the collector's file)`, 2);
  const db = new Database(dbPath, { fileMustExist: true, timeout: 10_000 });
  try {
    db.pragma('synchronous = FULL');
    // Any read fails at once on a file that is not a database at all.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    db.close();
    throw isDamage(error) ? new DamagedDatabaseError(dbPath, [(error as Error).message]) : error;
  }
  return db;
}

/** fsync of a file, or of a directory so that a rename or a new file in it is on disk too. */
export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The tables a collector's database has; a file without them is not one. */
export function collectorTablesMissing(db: Database.Database): string[] {
  const have = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .all()
      .map((r) => r.name),
  );
  return ['feedback', 'reports', 'report_tasks'].filter((t) => !have.has(t));
}
