import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A throw-away PostgreSQL cluster for tests and the bench: initdb in a temporary folder, a free port on 127.0.0.1,
 * the socket in that folder, trust authentication for the user "papi"; stopped and removed afterwards. PostgreSQL
 * refuses to run as root, and CI runs as root: there the server runs as the `postgres` user, which owns the folder.
 */
export interface PgCluster {
  readonly port: number;
  readonly dir: string;
  /** postgres://papi@127.0.0.1:PORT/DATABASE (the maintenance database "postgres" by default). */
  url(database?: string): string;
  /** CREATE DATABASE, through the cluster's own createdb. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

const run = promisify(execFile);

/** In CI (CI set, or PAPI_REQUIRE_POSTGRES=1 from .ci/run) a missing server is a failure, never a skip. */
export const postgresRequired = (env: NodeJS.ProcessEnv = process.env): boolean =>
  (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') || env.PAPI_REQUIRE_POSTGRES === '1';

export const POSTGRES_INSTALL_HINT =
  'install the server (Debian/Ubuntu: apt-get install -y postgresql) or set PAPI_PG_BINDIR to the folder holding initdb and pg_ctl';

/** The folder holding initdb and pg_ctl: PAPI_PG_BINDIR, else the newest /usr/lib/postgresql/N/bin, else the PATH's. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PAPI_PG_BINDIR) return existsSync(join(env.PAPI_PG_BINDIR, 'initdb')) ? env.PAPI_PG_BINDIR : undefined;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v) && existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  for (const dir of (env.PATH ?? '').split(':'))
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const isRoot = (): boolean => process.getuid?.() === 0;
/** Single-quoted for sh; the arguments here are paths from mkdtemp and fixed words. */
const sh = (args: readonly string[]): string => args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');

/** Runs a server binary, as the postgres user when this process is root. */
async function asServerUser(args: readonly string[]): Promise<void> {
  if (isRoot()) await run('su', ['postgres', '-s', '/bin/sh', '-c', sh(args)]);
  else await run(args[0]!, args.slice(1));
}

export async function startPostgres(bin: string | undefined = findPostgresBin()): Promise<PgCluster> {
  if (!bin) throw new Error(`no PostgreSQL server found: ${POSTGRES_INSTALL_HINT}`);
  const dir = mkdtempSync(join(tmpdir(), 'papi-pg-'));
  const data = join(dir, 'data');
  try {
    if (isRoot()) {
      let uid: number, gid: number;
      try {
        uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
        gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      } catch {
        throw new Error(
          'running as root, PostgreSQL needs a "postgres" user to run as (Debian\'s postgresql package creates it)',
        );
      }
      chownSync(dir, uid, gid);
    }
    // --no-sync: the cluster is thrown away; the server itself still syncs every commit (fsync stays on).
    await asServerUser([
      join(bin, 'initdb'),
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'papi',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
      '--no-instructions',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300`;
    try {
      await asServerUser([
        join(bin, 'pg_ctl'),
        '-D',
        data,
        '-o',
        options,
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-t',
        '30',
        'start',
      ]);
      break;
    } catch (error) {
      // The port may have been taken between the probe and the start: try another, a few times.
      if (attempt >= 3) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  const url = (database = 'postgres'): string => `postgres://papi@127.0.0.1:${port}/${database}`;
  return {
    port,
    dir,
    url,
    async createDatabase(name) {
      await run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'papi', name]);
      return url(name);
    },
    async stop() {
      try {
        await asServerUser([join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
