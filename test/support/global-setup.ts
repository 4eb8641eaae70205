import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
    /** The SQLite file the demo's collector writes to during the tests. */
    demoDb: string;
  }
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Starts the built demo exactly as `pnpm start` does, on a free port, and hands its address to the tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium(); // fail first, with the install hint, when there is no browser
  const serve = join(root, 'packages', 'demo', 'dist', 'serve.js');
  if (!existsSync(serve)) throw new Error('The demo is not built: run `pnpm build` first (`pnpm test` does it for you).');
  // The tests' feedback and reports land in a database of their own, never in a developer's ./data.
  const dataDir = mkdtempSync(join(tmpdir(), 'papi-browser-tests-'));
  const env = { ...process.env, PORT: '0', PAPI_DB: join(dataDir, 'papi.sqlite') };
  const child: ChildProcess = spawn(process.execPath, [serve], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`demo server did not start: ${out}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`demo server exited with ${code}: ${out}`)));
  });
  project.provide('demoUrl', url);
  project.provide('demoDb', env.PAPI_DB);
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
