import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { integrityProblems } from './integrity.js';
import { OpsError, collectorTablesMissing, fsyncPath, openExisting } from './open.js';

export interface BackupResult {
  readonly file: string;
  readonly bytes: number;
  readonly feedback: number;
  readonly reports: number;
}

/**
 * A consistent copy of the database while the collector keeps serving: `VACUUM INTO` copies one snapshot while
 * the collector commits (SQLite's backup API starts over at every commit, which on a busy day might never end).
 * The copy is written under another name, synced, checked and only then renamed, so a file with the target's name
 * is always a whole, sound backup. It holds residents' contacts: readable by its owner only.
 */
export function backupDatabase(dbPath: string, target: string): BackupResult {
  const file = resolve(target);
  if (file === resolve(dbPath)) throw new OpsError('the backup must go to another file than the database itself', 2);
  if (existsSync(file))
    throw new OpsError(`${file} exists already; a backup never overwrites a file: choose a new name`, 2);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.partial-${process.pid}`;
  // VACUUM INTO takes an empty file, so the copy is created with the owner's permissions only.
  closeSync(openSync(partial, 'wx', 0o600));
  try {
    const db = openExisting(dbPath);
    try {
      db.prepare('VACUUM INTO ?').run(partial);
    } finally {
      db.close();
    }
    fsyncPath(partial);
    const copy = new Database(partial, { readonly: true, fileMustExist: true });
    let counts: { feedback: number; reports: number };
    try {
      const problems = [
        ...collectorTablesMissing(copy).map((t) => `no table ${t}`),
        ...integrityProblems(copy, 'full'),
      ];
      if (problems.length > 0)
        throw new OpsError(`the copy failed its check (${problems.slice(0, 3).join('; ')}); ${file} was not written`);
      counts = copy
        .prepare<[], { feedback: number; reports: number }>(
          'SELECT (SELECT COUNT(*) FROM feedback) AS feedback, (SELECT COUNT(*) FROM reports) AS reports',
        )
        .get()!;
    } finally {
      copy.close();
    }
    renameSync(partial, file);
    fsyncPath(dirname(file));
    return { file, bytes: statSync(file).size, ...counts };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
