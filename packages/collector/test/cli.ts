import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root, and a build of the papi-collector command of its own for one test file. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuiltCli {
  readonly path: string;
  /** Runs the command to its end, without blocking this process (an in-process collector keeps serving meanwhile). */
  run(args: readonly string[], env?: Record<string, string | undefined>): Promise<CliResult>;
  remove(): void;
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Its own build, so that a concurrent `pnpm build` of dist cannot pull the file away mid-test. */
export function buildCli(name: string): BuiltCli {
  const outdir = join(root, 'dist', `${name}-test-${process.pid}`);
  execFileSync(process.execPath, [join(root, 'build.mjs'), '--outdir', outdir], { stdio: 'ignore' });
  const path = join(outdir, 'cli.js');
  return {
    path,
    run: (args, env = {}) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [path, ...args], {
          env: { ...process.env, PAPI_LOG_LEVEL: 'warn', ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.once('error', reject);
        child.once('close', (code) => resolve({ code, stdout, stderr }));
      }),
    remove: () => rmSync(outdir, { recursive: true, force: true }),
  };
}
