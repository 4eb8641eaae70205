import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CommandIo } from '../commands/index.js';
import { ConfigError, dbPathFrom, parseDatabaseUrl, redactDatabaseUrl } from '../config.js';
import type { ForgetResult } from '../store.js';
import { backupDatabase } from './backup.js';
import { erasedInWords } from './erase.js';
import { checkForgetIds, forget } from './forget.js';
import { DamagedDatabaseError, integrityProblems, isDamage } from './integrity.js';
import { OpsError, collectorTablesMissing, openExisting } from './open.js';
import { restoreDatabase } from './restore.js';

type Print = (line: string) => void;
type Command = (args: readonly string[], dbPath: string, print: Print) => number;
/** A command that works on PostgreSQL too: given the database URL instead of the file. */
type PgCommand = (args: readonly string[], databaseUrl: string, print: Print) => Promise<number>;

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const records = (c: { feedback: number; reports: number }): string =>
  `${count(c.feedback, 'feedback record', 'feedback records')}, ${count(c.reports, 'report', 'reports')}`;

function oneFile(args: readonly string[], usage: string): string {
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new OpsError(`usage: ${usage}`, 2);
  return args[0]!;
}

const backup: Command = (args, dbPath, print) => {
  const r = backupDatabase(dbPath, oneFile(args, 'papi-collector backup <file>'));
  print(`Backed up ${dbPath} (${records(r)}) to ${r.file} (${Math.ceil(r.bytes / 1024)} KB), checked.`);
  return 0;
};

const check: Command = (args, dbPath, print) => {
  if (args.length > 0) throw new OpsError('usage: papi-collector check', 2);
  const db = openExisting(dbPath);
  try {
    const problems = [
      ...collectorTablesMissing(db).map((t) => `no table ${t}: not a collector database`),
      ...integrityProblems(db, 'full'),
    ];
    if (problems.length > 0) throw new DamagedDatabaseError(dbPath, problems);
    const c = db
      .prepare<[], { feedback: number; reports: number }>(
        'SELECT (SELECT COUNT(*) FROM feedback) AS feedback, (SELECT COUNT(*) FROM reports) AS reports',
      )
      .get()!;
    print(`ok: ${dbPath} is sound (integrity_check and foreign_key_check found nothing wrong; ${records(c)}).`);
    return 0;
  } finally {
    db.close();
  }
};

const restore: Command = (args, dbPath, print) => {
  const file = oneFile(args, 'papi-collector restore <backup file>');
  const r = restoreDatabase(dbPath, file);
  print(`Restored ${file} to ${dbPath} (${records(r)}).`);
  if (r.keptAs)
    print(`The file it replaced is kept as ${r.keptAs} (with its -wal, if any): delete it once you no longer need it.`);
  if (r.forgottenAgain > 0)
    print(
      `Erased again the contact, comment, dossier code and answer texts of ${count(r.forgottenAgain, 'record', 'records')} forgotten since that backup was made.`,
    );
  print('Start the collector again (systemctl start papi-collector).');
  return 0;
};

function printForgotten({ found, unknown }: ForgetResult, print: Print): number {
  for (const f of found) {
    const answers = f.answers > 0 ? `the text of ${count(f.answers, 'answer', 'answers')} from the unit` : '';
    const what = [f.erased.length > 0 ? `its ${erasedInWords(f.erased)}` : '', answers].filter(Boolean).join(', and ');
    print(
      what
        ? `${f.id}: erased ${what}; its rating (${f.rating}, ${f.unit}) stays in the statistics.`
        : `${f.id}: had no contact, comment, dossier code or answer text left to erase.`,
    );
  }
  for (const id of unknown) print(`${id}: no feedback record has this id; nothing erased.`);
  return unknown.length > 0 ? 1 : 0;
}

const forgetCommand: Command = (args, dbPath, print) => printForgotten(forget(dbPath, args), print);

/**
 * On PostgreSQL, through the store (one transaction). There is no list of forgotten ids beside a file to erase them
 * again after a restore: the output says so, and the README says what to do after pg_restore.
 */
const forgetPg: PgCommand = async (args, databaseUrl, print) => {
  checkForgetIds(args);
  // Loaded only here, as in open-store.ts: the SQLite commands start without the driver.
  const { PgStore } = await import('../pg-store.js');
  const store = await PgStore.open(databaseUrl);
  try {
    const result = await store.forgetFeedback(args);
    const status = printForgotten(result, print);
    if (result.found.some((f) => f.erased.length > 0 || f.answers > 0)) {
      print(
        'A pg_dump made before now still holds what was erased: after restoring one, run this command again with these ids.',
      );
    }
    return status;
  } finally {
    await store.close();
  }
};

/**
 * What a SQLite-only command says on PostgreSQL: the database is the server's, and the server's own tools copy,
 * check and restore it (see "PostgreSQL" in packages/collector/README.md).
 */
const POSTGRES_TOOLS: Readonly<Record<'backup' | 'check' | 'restore', string>> = {
  backup:
    "copies a SQLite file (VACUUM INTO), and the collector's database is PostgreSQL (PAPI_DATABASE_URL). " +
    "Back it up with PostgreSQL's own tool, also while the collectors run: pg_dump --format=custom --file=papi-$(date +%F).dump <database>",
  check:
    "checks a SQLite file (integrity_check), and the collector's database is PostgreSQL (PAPI_DATABASE_URL). " +
    "PostgreSQL checks its own files: pg_amcheck <database> (PostgreSQL 14 or newer) and the server's log",
  restore:
    "puts a SQLite backup file in place, and the collector's database is PostgreSQL (PAPI_DATABASE_URL). " +
    "Stop the collectors, then restore a pg_dump with PostgreSQL's own tool: pg_restore --clean --if-exists --dbname=<database> <file.dump>; " +
    'then run papi-collector forget again for the ids forgotten since the dump was made',
};

type IoCommand = (args: readonly string[], env: NodeJS.ProcessEnv, io: CommandIo) => Promise<number>;

/** A maintenance command for the dispatcher (commands/index.ts): its failures become one sentence and an exit status. */
function maintenance(name: 'backup' | 'check' | 'restore' | 'forget', command: Command, onPg?: PgCommand): IoCommand {
  return async (args, env, io) => {
    const dbPath = dbPathFrom(env);
    try {
      const url = databaseUrlFrom(env);
      if (url === undefined) return command(args, dbPath, io.out);
      if (!onPg) throw new OpsError(POSTGRES_TOOLS[name as Exclude<typeof name, 'forget'>], 2);
      return await onPg(args, url, io.out);
    } catch (error) {
      if (error instanceof OpsError || error instanceof DamagedDatabaseError || error instanceof ConfigError) {
        io.err(`papi-collector ${name}: ${error.message}`);
        return error instanceof OpsError ? error.exitCode : error instanceof ConfigError ? 2 : 3;
      }
      if (isDamage(error)) {
        io.err(`papi-collector ${name}: ${new DamagedDatabaseError(dbPath, [(error as Error).message]).message}`);
        return 3;
      }
      const e = error as NodeJS.ErrnoException;
      const url = env.PAPI_DATABASE_URL?.trim();
      // A PostgreSQL error may quote the URL it was given; never its password.
      const message = url ? e.message.replaceAll(url, redactDatabaseUrl(url)) : e.message;
      io.err(
        `papi-collector ${name}: ${message}${e.code === 'EACCES' ? ` (acting as user id ${process.getuid?.()})` : ''}`,
      );
      return 1;
    }
  };
}

/** The PostgreSQL URL the commands work on, when one is set (as the collector itself would use it). */
export function databaseUrlFrom(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.PAPI_DATABASE_URL?.trim();
  return raw ? parseDatabaseUrl(raw) : undefined;
}

export const OPS_COMMANDS: Readonly<Record<string, IoCommand>> = {
  backup: maintenance('backup', backup),
  check: maintenance('check', check),
  restore: maintenance('restore', restore),
  forget: maintenance('forget', forgetCommand, forgetPg),
};

/**
 * Run as root (sudo), a command acts as the owner of the database file: a log or index file SQLite creates for it
 * must belong to the service's user, or the collector could no longer open its own database.
 */
export function actAsOwnerOf(dbPath: string): void {
  if (process.getuid?.() !== 0) return;
  const at = existsSync(dbPath) ? dbPath : existsSync(dirname(dbPath)) ? dirname(dbPath) : undefined;
  if (at === undefined) return;
  const { uid, gid } = statSync(at);
  if (uid === 0) return;
  // SQLite's native module loads on first use: load it now, while the install (perhaps under a folder only root may
  // enter) can still be read.
  new Database(':memory:').close();
  process.setgroups?.([gid]);
  process.setgid?.(gid);
  process.setuid?.(uid);
}
