import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CommandIo } from '../commands/index.js';
import { dbPathFrom } from '../config.js';
import { backupDatabase } from './backup.js';
import { forget } from './forget.js';
import { DamagedDatabaseError, integrityProblems, isDamage } from './integrity.js';
import { OpsError, collectorTablesMissing, openExisting } from './open.js';
import { restoreDatabase } from './restore.js';

type Print = (line: string) => void;
type Command = (args: readonly string[], dbPath: string, print: Print) => number;

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
    const problems = [...collectorTablesMissing(db).map((t) => `no table ${t}: not a collector database`), ...integrityProblems(db, 'full')];
    if (problems.length > 0) throw new DamagedDatabaseError(dbPath, problems);
    const c = db.prepare<[], { feedback: number; reports: number }>('SELECT (SELECT COUNT(*) FROM feedback) AS feedback, (SELECT COUNT(*) FROM reports) AS reports').get()!;
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
  if (r.keptAs) print(`The file it replaced is kept as ${r.keptAs} (with its -wal, if any): delete it once you no longer need it.`);
  if (r.forgottenAgain > 0) print(`Erased again the contact and comment of ${count(r.forgottenAgain, 'record', 'records')} forgotten since that backup was made.`);
  print('Start the collector again (systemctl start papi-collector).');
  return 0;
};

const forgetCommand: Command = (args, dbPath, print) => {
  const { found, unknown } = forget(dbPath, args);
  for (const f of found) {
    print(
      f.erased.length > 0
        ? `${f.id}: erased its ${f.erased.join(' and ')}; its rating (${f.rating}, ${f.unit}) stays in the statistics.`
        : `${f.id}: had no contact or comment left to erase.`,
    );
  }
  for (const id of unknown) print(`${id}: no feedback record has this id; nothing erased.`);
  return unknown.length > 0 ? 1 : 0;
};

type IoCommand = (args: readonly string[], env: NodeJS.ProcessEnv, io: CommandIo) => Promise<number>;

/** A maintenance command for the dispatcher (commands/index.ts): its failures become one sentence and an exit status. */
function maintenance(name: string, command: Command): IoCommand {
  return async (args, env, io) => {
    const dbPath = dbPathFrom(env);
    try {
      return command(args, dbPath, io.out);
    } catch (error) {
      if (error instanceof OpsError || error instanceof DamagedDatabaseError) {
        io.err(`papi-collector ${name}: ${error.message}`);
        return error instanceof OpsError ? error.exitCode : 3;
      }
      if (isDamage(error)) {
        io.err(`papi-collector ${name}: ${new DamagedDatabaseError(dbPath, [(error as Error).message]).message}`);
        return 3;
      }
      const e = error as NodeJS.ErrnoException;
      io.err(`papi-collector ${name}: ${e.message}${e.code === 'EACCES' ? ` (acting as user id ${process.getuid?.()})` : ''}`);
      return 1;
    }
  };
}

export const OPS_COMMANDS: Readonly<Record<string, IoCommand>> = {
  backup: maintenance('backup', backup),
  check: maintenance('check', check),
  restore: maintenance('restore', restore),
  forget: maintenance('forget', forgetCommand),
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
  process.setgroups?.([gid]);
  process.setgid?.(gid);
  process.setuid?.(uid);
}
