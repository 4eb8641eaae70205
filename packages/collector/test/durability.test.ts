import Database from 'better-sqlite3';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_HISTORY } from '../src/index.js';
import { feedback, post, report } from './helpers.js';

/**
 * The built command, killed with SIGKILL under load and restarted on the same file: every request that got a 2xx
 * must be in the database, and re-sending every request (as the widgets' outbox does) must store nothing twice.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', `durability-test-${process.pid}`);
let dir: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  // Its own build, so that a concurrent `pnpm build` of dist cannot pull the file away mid-test.
  execFileSync(process.execPath, [join(root, 'build.mjs'), '--outdir', outdir], { stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'papi-durability-'));
}, 120_000);
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(outdir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

const env = (dbPath: string): NodeJS.ProcessEnv => ({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  PAPI_DB: dbPath,
  PAPI_RATE_LIMIT: '0',
  PAPI_FEEDBACK_RATE_LIMIT: '0',
  PAPI_REPORT_RATE_LIMIT: '0',
  PAPI_LOG_LEVEL: 'warn',
  PAPI_EXPORT_TOKEN: '',
});

/** A unit's token, issued by the built command as Phòng Nội vụ would: the last line it prints. */
const issueToken = (dbPath: string, unit: string): string =>
  execFileSync(process.execPath, [join(outdir, 'cli.js'), 'token', unit], { env: env(dbPath), encoding: 'utf8' })
    .trimEnd()
    .split('\n')
    .at(-1)!;

async function start(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(outdir, 'cli.js')], {
    env: env(dbPath),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the collector did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /PAPI collector: http:\/\/localhost:(\d+)\/ \(SQLite: (.+)\)/.exec(out);
      if (m) {
        clearTimeout(timer);
        expect(m[2]).toBe(dbPath);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the collector exited with ${code}: ${out}`)));
  });
  return { child, url: `http://127.0.0.1:${port}/` };
}

type Sent = { path: '/api/feedback' | '/api/reports'; body: Record<string, unknown> };

describe('durability', () => {
  it('keeps every acknowledged record through a SIGKILL under load, and stores none twice', async () => {
    const dbPath = join(dir, 'data', 'papi.sqlite');
    const tokens = new Map(
      ['xa-lac-hoa', 'xa-vinh-hai'].map((unit) => [unit, { authorization: `Bearer ${issueToken(dbPath, unit)}` }]),
    );
    const headers = (item: Sent) => (item.path === '/api/reports' ? tokens.get(String(item.body.unit))! : {});
    const first = await start(dbPath);
    const sent: Sent[] = [];
    const acked = new Map<string, unknown>();
    let failed = 0;
    let stop = false;
    // The kill comes once this many writes have been acknowledged, however long that takes on a busy machine.
    const enough = 400;
    let loaded!: () => void;
    const underLoad = new Promise<void>((resolve) => (loaded = resolve));
    const worker = async (w: number): Promise<void> => {
      for (let i = 0; !stop; i++) {
        const item: Sent =
          i % 4 === 3
            ? {
                path: '/api/reports',
                // Spread over 16 periods, so that no unit's history reaches the cap of REPORT_HISTORY, beyond which the
                // oldest are deleted (and a resend of one would be acknowledged anew: tokens.test.ts).
                body: report({
                  unit: w % 2 ? 'xa-lac-hoa' : 'xa-vinh-hai',
                  period: `${2023 + (Math.floor(i / 4) % 8)}-H${1 + (w % 4 < 2 ? 0 : 1)}`,
                  submittedAt: new Date(Date.UTC(2023, 5, 1, 0, 0, i)).toISOString(),
                }),
              }
            : { path: '/api/feedback', body: feedback({ rating: (i % 5) + 1 }) };
        sent.push(item);
        try {
          const r = await post(first.url, item.path, item.body, headers(item));
          if (r.status === 200 || r.status === 201) {
            acked.set(String(item.body.id), r.json);
            if (acked.size >= enough) loaded();
          } else throw new Error(`unexpected ${r.status}: ${r.text}`);
        } catch (error) {
          if (!stop) throw error;
          failed++;
        }
      }
    };
    const workers = Array.from({ length: 24 }, (_, w) => worker(w));
    // Let the load build up, then kill the process in the middle of it: every worker has a request out meanwhile.
    await Promise.race([underLoad, ...workers]);
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await new Promise((r) =>
      first.child.exitCode !== null || first.child.signalCode !== null ? r(null) : first.child.once('exit', r),
    );
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(enough);
    // Some requests were cut off without an answer: the kill really happened mid-load.
    expect(failed).toBeGreaterThan(0);

    const second = await start(dbPath);
    try {
      // The outbox re-sends everything it has no answer for; here, everything, acknowledged or not.
      let created = 0;
      for (let i = 0; i < sent.length; i += 24) {
        await Promise.all(
          sent.slice(i, i + 24).map(async (item) => {
            const { body } = item;
            const r = await post(second.url, item.path, body, headers(item));
            const earlier = acked.get(String(body.id));
            if (earlier !== undefined) {
              // Acknowledged before the kill: found again, with the very same acknowledgement.
              expect([body.id, r.status, r.json]).toEqual([body.id, 200, earlier]);
            } else {
              expect([200, 201]).toContain(r.status);
              if (r.status === 201) created++;
            }
          }),
        );
      }
      expect(created).toBeLessThanOrEqual(failed);

      const db = new Database(dbPath, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = new Set([
          ...db
            .prepare<[], { id: string }>('SELECT id FROM feedback')
            .all()
            .map((r) => r.id),
          ...db
            .prepare<[], { id: string }>('SELECT id FROM reports')
            .all()
            .map((r) => r.id),
        ]);
        for (const id of acked.keys()) expect(stored.has(id)).toBe(true);
        // Every request is now stored exactly once.
        expect(stored.size).toBe(sent.length);
        const counts = db
          .prepare<[], { rows: number }>(
            'SELECT (SELECT COUNT(*) FROM feedback) + (SELECT COUNT(*) FROM reports) AS rows',
          )
          .get();
        expect(counts?.rows).toBe(sent.length);
        // One current report per unit and period, the rest history, none beyond the cap.
        const groups = db
          .prepare<[], { unit: string; n: number; current: number }>(
            'SELECT unit, COUNT(*) AS n, SUM(superseded_by IS NULL) AS current FROM reports GROUP BY unit, plan_id, period',
          )
          .all();
        expect(new Set(groups.map((g) => g.unit))).toEqual(new Set(['xa-lac-hoa', 'xa-vinh-hai']));
        for (const g of groups) expect([g.current, g.n <= REPORT_HISTORY]).toEqual([1, true]);
      } finally {
        db.close();
      }
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((r) => second.child.once('exit', r));
    }
    expect(second.child.exitCode).toBe(0);
  }, 180_000);
});
