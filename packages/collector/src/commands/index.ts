// The papi-collector command's subcommands. Without one, the command starts the collector (cli.ts).
import { dbPathFrom } from '../config.js';
import { OPS_COMMANDS, actAsOwnerOf } from '../ops/commands.js';
import { tokenCommand } from './token.js';

export interface CommandIo {
  /** One line of the command's output (stdout). */
  out(line: string): void;
  /** One line of explanation of a failure (stderr). */
  err(line: string): void;
}

export const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

type Command = (args: readonly string[], env: NodeJS.ProcessEnv, io: CommandIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  token: tokenCommand,
  // backup, check, restore, forget (ops/commands.ts)
  ...OPS_COMMANDS,
};

/** Runs the subcommand named by the first argument and resolves with its exit code; undefined when there is none. */
export async function runCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CommandIo = processIo,
): Promise<number | undefined> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) return undefined;
  try {
    // On PostgreSQL no file of the collector's is touched here: the database is the server's.
    if (!env.PAPI_DATABASE_URL?.trim()) actAsOwnerOf(dbPathFrom(env));
  } catch (error) {
    io.err(
      `papi-collector ${name}: cannot act as the owner of the database: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  return command(rest, env, io);
}
