import type Database from 'better-sqlite3';

/** The SQLite result codes of a file that is not (or no longer) a sound database. */
const DAMAGE = /^SQLITE_(CORRUPT|NOTADB)/;

export const isDamage = (error: unknown): boolean =>
  DAMAGE.test(String((error as { code?: unknown } | null)?.code ?? ''));

/** The command that puts a backup in the damaged file's place (see restore.ts). */
export const restoreCommand = (dbPath: string): string => `PAPI_DB=${dbPath} papi-collector restore <backup file>`;

/** A damaged database file: the collector does not start on it, and says how to restore a backup. */
export class DamagedDatabaseError extends Error {
  override readonly name = 'DamagedDatabaseError';
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
  ) {
    super(
      `the database ${path} is damaged (${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''}). ` +
        'The collector does not start on a damaged file. Stop the service, then put the newest backup in its place with\n' +
        `  ${restoreCommand(path)}\n` +
        '(the damaged file is kept beside it). See "Backups and restoring" in packages/collector/README.md.',
    );
  }
}

/**
 * SQLite's own check of the file: `quick` (at every start: the structure of every page, in about the time of one
 * read of the file) or the full `integrity_check` (indexes against their tables too) and the foreign keys.
 * Returns the problems found; none means the file is sound.
 */
export function integrityProblems(db: Database.Database, mode: 'quick' | 'full'): string[] {
  const rows = db.pragma(mode === 'quick' ? 'quick_check(20)' : 'integrity_check(100)', { simple: false }) as Record<
    string,
    string
  >[];
  // One line a problem, sometimes several in one row, under a "*** in database main ***" heading.
  const problems = rows
    .flatMap((r) => Object.values(r)[0]!.split('\n'))
    .filter((line) => line !== 'ok' && !/^\*\*\* in database/.test(line));
  if (mode === 'full') {
    const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const o of orphans.slice(0, 20))
      problems.push(`${o.table} row ${o.rowid} points to a missing ${o.parent} row`);
  }
  return problems;
}
