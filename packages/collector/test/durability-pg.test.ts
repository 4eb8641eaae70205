import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_HISTORY } from '../src/index.js';
import { feedback, post, report } from './helpers.js';
import { type TestDatabase, describePg, freshDatabase, withSql } from './pg.js';

/**
 * Two collector processes (the built command) on one PostgreSQL database, as behind a load balancer. One is killed
 * with SIGKILL under load; the client then re-sends everything to either instance, as the widgets' outbox would:
 * every acknowledged record must be stored exactly once, with the same acknowledgement. The same as
 * durability.test.ts for SQLite, with the second instance taking the load meanwhile.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', `durability-pg-test-${process.pid}`);
const children: ChildProcess[] = [];

beforeAll(() => {
  // Its own build, so that a concurrent `pnpm build` of dist cannot pull the file away mid-test.
  execFileSync(process.execPath, [join(root, 'build.mjs'), '--outdir', outdir], { stdio: 'ignore' });
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(outdir, { recursive: true, force: true });
});

const env = (databaseUrl: string): NodeJS.ProcessEnv => ({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  PAPI_DATABASE_URL: databaseUrl,
  PAPI_RATE_LIMIT: '0',
  PAPI_FEEDBACK_RATE_LIMIT: '0',
  PAPI_REPORT_RATE_LIMIT: '0',
  PAPI_LOG_LEVEL: 'warn',
  PAPI_EXPORT_TOKEN: '',
});

/** A unit's token, issued into the PostgreSQL database by the built command, as Phòng Nội vụ would: its last line. */
const issueToken = (databaseUrl: string, unit: string): string =>
  execFileSync(process.execPath, [join(outdir, 'cli.js'), 'token', unit], { env: env(databaseUrl), encoding: 'utf8' })
    .trimEnd()
    .split('\n')
    .at(-1)!;

function spawnCollector(databaseUrl: string): ChildProcess {
  const child = spawn(process.execPath, [join(outdir, 'cli.js')], {
    env: env(databaseUrl),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

async function start(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawnCollector(databaseUrl);
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the collector did not start: ${out}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /PAPI collector: http:\/\/localhost:(\d+)\/ \(PostgreSQL: (.+)\)/.exec(out);
      if (m) {
        clearTimeout(timer);
        expect(m[2]).toBe(databaseUrl);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the collector exited with ${code}: ${out}`)));
  });
  return { child, url: `http://127.0.0.1:${port}/` };
}

const exited = (child: ChildProcess): Promise<unknown> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));

type Sent = { path: '/api/feedback' | '/api/reports'; body: Record<string, unknown> };

describe('the command with PAPI_DATABASE_URL', () => {
  it('stops with a sentence naming the database, without its password, when the server cannot be reached', async () => {
    const child = spawnCollector('postgres://papi:s3cret@127.0.0.1:1/papi');
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    await exited(child);
    expect(child.exitCode).toBe(1);
    expect(err).toContain('papi-collector: cannot start with the database postgres://papi:***@127.0.0.1:1/papi: ');
    expect(err).toMatch(/ECONNREFUSED/);
    expect(err).not.toContain('s3cret');
  }, 20_000);
});

describePg('durability on PostgreSQL, two instances', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
  }, 20_000);
  afterAll(async () => {
    await db?.drop();
  });

  it('keeps every acknowledged record when one instance is SIGKILLed under load, and stores none twice', async () => {
    // Both start at once on the empty database: the migration's lock lets one create the tables.
    const [a, b] = await Promise.all([start(db.url), start(db.url)]);
    const tokens = new Map(
      ['xa-lac-hoa', 'xa-vinh-hai'].map((unit) => [unit, { authorization: `Bearer ${issueToken(db.url, unit)}` }]),
    );
    const headers = (item: Sent) => (item.path === '/api/reports' ? tokens.get(String(item.body.unit))! : {});
    const sent: Sent[] = [];
    const acked = new Map<string, unknown>();
    let failed = 0;
    let stop = false;
    const worker = async (w: number): Promise<void> => {
      for (let i = 0; !stop; i++) {
        // Reports for two units race across both instances (supersession under concurrency), spread over 16 periods
        // so that no unit's history reaches the cap of REPORT_HISTORY (beyond which a resend is acknowledged anew).
        const item: Sent =
          i % 4 === 3
            ? {
                path: '/api/reports',
                body: report({
                  unit: w % 2 ? 'xa-lac-hoa' : 'xa-vinh-hai',
                  period: `${2023 + (Math.floor(i / 4) % 8)}-H${1 + (w % 4 < 2 ? 0 : 1)}`,
                  submittedAt: new Date(Date.UTC(2023, 5, 1, 0, w, i)).toISOString(),
                }),
              }
            : { path: '/api/feedback', body: feedback({ rating: (i % 5) + 1 }) };
        sent.push(item);
        // The load balancer: requests alternate between the two instances.
        const target = (w + i) % 2 ? a : b;
        try {
          const r = await post(target.url, item.path, item.body, headers(item));
          if (r.status === 200 || r.status === 201) acked.set(String(item.body.id), r.json);
          else throw new Error(`unexpected ${r.status}: ${r.text}`);
        } catch (error) {
          if (target !== a || !killed) throw error;
          failed++;
        }
      }
    };
    let killed = false;
    const workers = Array.from({ length: 24 }, (_, w) => worker(w));
    const started = Date.now();
    while (acked.size < 300 && Date.now() - started < 8000) await new Promise((r) => setTimeout(r, 20));
    killed = true;
    a.child.kill('SIGKILL');
    // B keeps taking the load for a moment while A is gone.
    const ackedAtKill = acked.size;
    while (acked.size < ackedAtKill + 50 && Date.now() - started < 15_000) await new Promise((r) => setTimeout(r, 20));
    stop = true;
    await Promise.all(workers);
    await exited(a.child);
    expect(a.child.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThan(ackedAtKill);
    expect(ackedAtKill).toBeGreaterThan(100);
    // Some requests to A were cut off without an answer: the kill really happened mid-load.
    expect(failed).toBeGreaterThan(0);

    // A comes back; the outbox re-sends everything, acknowledged or not, to either instance.
    const a2 = await start(db.url);
    try {
      let created = 0;
      for (let i = 0; i < sent.length; i += 24) {
        await Promise.all(
          sent.slice(i, i + 24).map(async (item, j) => {
            const { body } = item;
            const r = await post((i + j) % 2 ? a2.url : b.url, item.path, body, headers(item));
            const earlier = acked.get(String(body.id));
            if (earlier !== undefined) {
              // Acknowledged before: found again, with the very same acknowledgement.
              expect([body.id, r.status, r.json]).toEqual([body.id, 200, earlier]);
            } else {
              expect([200, 201]).toContain(r.status);
              if (r.status === 201) created++;
            }
          }),
        );
      }
      expect(created).toBeLessThanOrEqual(failed);

      await withSql(db.url, async (sql) => {
        const ids = [...(await sql`SELECT id FROM feedback`), ...(await sql`SELECT id FROM reports`)].map(
          (r) => r.id as string,
        );
        const stored = new Set(ids);
        // Every request is now stored exactly once, every acknowledged one among them.
        expect(ids.length).toBe(sent.length);
        expect(stored.size).toBe(sent.length);
        for (const id of acked.keys()) expect(stored.has(id)).toBe(true);
        const [tasks] =
          await sql`SELECT count(*)::int AS n, count(DISTINCT report_seq)::int AS reports FROM report_tasks`;
        const reports = sent.filter((s) => s.path === '/api/reports').length;
        expect(tasks).toEqual({ n: reports * 2, reports });
        // One current report per unit and period, the one submitted last; the rest history, none beyond the cap.
        const latest = new Map<string, string>();
        for (const s of sent.filter((x) => x.path === '/api/reports')) {
          const key = `${s.body.unit} ${s.body.period}`;
          if (String(s.body.submittedAt) > (latest.get(key) ?? '')) latest.set(key, String(s.body.submittedAt));
        }
        const groups = await sql`
          SELECT unit, period, count(*)::int AS n, max(submitted_at) FILTER (WHERE superseded_by IS NULL) AS current_at,
                 count(*) FILTER (WHERE superseded_by IS NULL)::int AS current
          FROM reports GROUP BY unit, plan_id, period`;
        expect(groups).toHaveLength(latest.size);
        for (const g of groups)
          expect([g.unit, g.period, g.current, g.current_at, g.n <= REPORT_HISTORY]).toEqual([
            g.unit,
            g.period,
            1,
            latest.get(`${g.unit} ${g.period}`),
            true,
          ]);
        // The tokens' last use was noted by whichever instance took their reports.
        const used = await sql`SELECT unit, last_used_at FROM unit_tokens ORDER BY unit`;
        expect(used.map((u) => [u.unit, u.last_used_at !== null])).toEqual([
          ['xa-lac-hoa', true],
          ['xa-vinh-hai', true],
        ]);
      });
    } finally {
      for (const c of [a2.child, b.child]) c.kill('SIGTERM');
      await Promise.all([exited(a2.child), exited(b.child)]);
    }
    expect([a2.child.exitCode, b.child.exitCode]).toEqual([0, 0]);
  }, 60_000);
});
