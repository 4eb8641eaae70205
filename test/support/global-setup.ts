import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.js';
import { startDemo } from './demo-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
    /** The SQLite file the demo's collector writes to during the tests. */
    demoDb: string;
  }
}

/** Starts the built demo exactly as `pnpm start` does, on a free port, and hands its address to the tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium(); // fail first, with the install hint, when there is no browser
  // The tests' feedback and reports land in a database of their own, never in a developer's ./data; the tests count
  // what they send, so this demo starts without the sample (demo-first-start.test.ts checks the sample).
  const dataDir = mkdtempSync(join(tmpdir(), 'papi-browser-tests-'));
  const demoDb = join(dataDir, 'demo.sqlite');
  const demo = await startDemo({ PAPI_DEMO_DB: demoDb, PAPI_DEMO_SAMPLE: '0' });
  project.provide('demoUrl', demo.url);
  project.provide('demoDb', demoDb);
  return async () => {
    await demo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
