// Shared by the release steps: where the repository is, and running a command with its output kept for the error.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this module with pnpm-workspace.yaml (run-ts.mjs moves the module). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('release: no pnpm-workspace.yaml above scripts/');
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot();

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Show the command's output as it runs instead of keeping it for an error. */
  inherit?: boolean;
}

/** Runs a command; throws with its output when it fails. Returns its standard output. */
export function run(command: string, args: string[], options: RunOptions = {}): string {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: options.inherit ? 'inherit' : 'pipe',
  };
  const result = spawnSync(command, args, spawnOptions);
  if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${String(result.stdout ?? '')}${String(result.stderr ?? '')}`.trim();
    throw new Error(`${command} ${args.join(' ')} (in ${spawnOptions.cwd as string}) exited with ${result.status}${output ? `:\n${output}` : ''}`);
  }
  return String(result.stdout ?? '');
}

/**
 * The environment for a package manager run elsewhere (a throw-away project, an unpacked sources zip), without the
 * npm_* settings the running `pnpm release` put there for its own scripts.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|PNPM_SCRIPT_SRC_DIR$)/i.test(key)));
}

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A file's hash as Subresource Integrity writes it, e.g. "sha384-…" (base64). */
export function integrity(bytes: Uint8Array, algorithm: 'sha256' | 'sha384' | 'sha512' = 'sha384'): string {
  return `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The entries of a tarball (`tar -tzf`), without the leading "package/" that npm tarballs have. */
export function tarEntries(tarball: string): string[] {
  return run('tar', ['-tzf', tarball])
    .split('\n')
    .filter(Boolean)
    .map((name) => name.replace(/^package\//, ''));
}
