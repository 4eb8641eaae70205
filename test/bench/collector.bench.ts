import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type PgCluster,
  POSTGRES_INSTALL_HINT,
  findPostgresBin,
  postgresRequired,
  startPostgres,
} from '../support/postgres.js';
import { newId } from '../../widgets/src/shared/new-id.js';
import { record } from './harness.js';

/**
 * The collector as deployed (the built command, in its own process) under autocannon from this process, on
 * 127.0.0.1 only. The subjects, POST /api/feedback with a fresh id per request, made as the widgets make theirs, stored durably in SQLite (WAL,
 * synchronous=FULL) and in PostgreSQL (synchronous_commit=on, a throw-away local cluster), run in alternating rounds
 * with their baseline: the same POST answered by the same collector with a store that keeps nothing (body received,
 * parsed and validated, then answered). GET /api/health stays in the table for reference. Every 2xx is checked
 * against what the statistics then count, so the figures are for records really stored.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'packages', 'collector', 'dist', 'cli.js');
const ROUND_SECONDS = 2;
const ROUNDS = 3;
const CONNECTIONS = 16;
/** A durable POST must reach this share of the same POST answered without storing. */
const MIN_SHARE = 0.6;
/** p99 latency at CONNECTIONS connections, SQLite. */
const MAX_P99_MS = 10;

type Server = { child: ChildProcess; url: string };

function startServer(args: string[], env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, args, {
    // The rate limits (reads, and feedback posts apart) stay in the path of every route but far above what one load generator sends.
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      PAPI_RATE_LIMIT: '1000000',
      PAPI_FEEDBACK_RATE_LIMIT: '1000000',
      PAPI_LOG_LEVEL: 'warn',
      PAPI_EXPORT_TOKEN: '',
      PAPI_DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/localhost:(\d+)\//.exec(out);
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`the collector exited with ${code}: ${out}`)));
  });
}

const startCollector = (env: Record<string, string>): Promise<Server> => startServer([cli], env);
const startDiscarding = (): Promise<Server> =>
  startServer([join(root, 'scripts', 'run-ts.mjs'), join(root, 'test', 'bench', 'discard-collector.ts')], {});

/** Peak and current resident memory of a process (Linux /proc); undefined elsewhere. */
function memoryOf(pid: number): { peakMb: number; nowMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { peakMb: kb('VmHWM') / 1024, nowMb: kb('VmRSS') / 1024 };
  } catch {
    return undefined;
  }
}

function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve(JSON.parse(body)));
    })
      .on('error', reject)
      .end();
  });
}

const template = {
  unit: 'xa-lac-hoa',
  service: 'khai-sinh',
  dimension: 'd5',
  rating: 4,
  comment: 'Cán bộ hướng dẫn tận tình, hồ sơ trả đúng hẹn.',
  lang: 'vi',
  page: 'https://vinhchau.cantho.gov.vn/thu-tuc/khai-sinh',
  createdAt: '2026-11-27T08:30:00+07:00',
};

interface Totals {
  requests: number;
  seconds: number;
  ok: number;
  bad: number;
  p50: number[];
  p99: number[];
}

async function round(options: autocannon.Options, totals: Totals): Promise<void> {
  const r = await autocannon({ connections: CONNECTIONS, duration: ROUND_SECONDS, ...options });
  totals.requests += r.requests.total;
  totals.seconds += r.duration;
  totals.ok += r['2xx'];
  totals.bad += r.non2xx + r.errors + r.timeouts;
  totals.p50.push(r.latency.p50);
  totals.p99.push(r.latency.p99);
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function stopServer(s: Server): Promise<unknown> {
  s.child.kill('SIGTERM');
  return new Promise((r) =>
    s.child.exitCode !== null || s.child.signalCode !== null ? r(null) : s.child.once('exit', r),
  );
}

const storedCount = async (url: string): Promise<number> =>
  ((await getJson(`${url}/api/stats`)) as { feedback: { total: { count: number } } }).feedback.total.count;
const newTotals = (): Totals => ({ requests: 0, seconds: 0, ok: 0, bad: 0, p50: [], p99: [] });

export async function benchCollector(): Promise<void> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run pnpm build first (pnpm bench does)`);
  const dir = mkdtempSync(join(tmpdir(), 'papi-bench-'));
  const started: Server[] = [];
  let cluster: PgCluster | undefined;
  try {
    const full = await startCollector({ PAPI_DB: join(dir, 'papi.sqlite'), PAPI_SQLITE_SYNC: 'FULL' });
    started.push(full);
    // The same with PAPI_SQLITE_SYNC=NORMAL, for comparison only: how much of the cost is the disk's.
    const normal = await startCollector({ PAPI_DB: join(dir, 'papi-normal.sqlite'), PAPI_SQLITE_SYNC: 'NORMAL' });
    started.push(normal);
    const discarding = await startDiscarding();
    started.push(discarding);
    const bin = findPostgresBin();
    let pg: Server | undefined;
    if (bin) {
      cluster = await startPostgres(bin);
      pg = await startCollector({ PAPI_DATABASE_URL: await cluster.createDatabase('papi_bench') });
      started.push(pg);
    } else if (postgresRequired()) {
      throw new Error(`collector bench: no PostgreSQL server: ${POSTGRES_INSTALL_HINT}`);
    } else {
      console.warn(`collector bench: PostgreSQL is NOT measured: no server (${POSTGRES_INSTALL_HINT})`);
    }

    const idle = memoryOf(full.child.pid!);
    // Ids as the widgets make them (version 7, following the clock).
    const body = () => JSON.stringify({ id: newId(), ...template });
    const postTo = (url: string): autocannon.Options => ({
      url: `${url}/api/feedback`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
    });
    // The health check goes through the same request-setup hook and builds the same body, then sends none:
    // autocannon shares this machine's cores with the servers, and its per-request setup would otherwise count
    // against the subjects.
    const health: autocannon.Options = {
      url: `${full.url}/api/health`,
      requests: [{ setupRequest: (req) => (body() ? req : req) }],
    };
    const subjects: { name: string; options: autocannon.Options; totals: Totals; server: Server; stores: boolean }[] = [
      { name: 'health', options: health, totals: newTotals(), server: full, stores: false },
      { name: 'discard', options: postTo(discarding.url), totals: newTotals(), server: discarding, stores: false },
      { name: 'full', options: postTo(full.url), totals: newTotals(), server: full, stores: true },
      ...(pg ? [{ name: 'pg', options: postTo(pg.url), totals: newTotals(), server: pg, stores: true }] : []),
      { name: 'normal', options: postTo(normal.url), totals: newTotals(), server: normal, stores: true },
    ];
    // Warm every path up (JIT, page caches, connection pools) outside the measurement.
    for (const s of subjects) await autocannon({ ...s.options, connections: CONNECTIONS, duration: 0.5 });
    const before = new Map<string, number>();
    for (const s of subjects) if (s.stores) before.set(s.name, await storedCount(s.server.url));
    for (let i = 0; i < ROUNDS; i++) {
      // Alternating order, so that no subject always follows the same one.
      const order = i % 2 ? [...subjects].reverse() : subjects;
      for (const s of order) await round(s.options, s.totals);
    }
    const by = (name: string) => subjects.find((s) => s.name === name)?.totals;
    const peak = memoryOf(full.child.pid!);
    for (const s of subjects) {
      if (s.totals.bad > 0) throw new Error(`collector bench: ${s.totals.bad} failed requests (${s.name})`);
      if (!s.stores) continue;
      const stored = (await storedCount(s.server.url)) - before.get(s.name)!;
      // autocannon stops each round with up to one request per connection in flight: stored but never counted.
      if (stored < s.totals.ok || stored > s.totals.ok + CONNECTIONS * ROUNDS)
        throw new Error(`collector bench: ${s.totals.ok} posts acknowledged but ${stored} stored (${s.name})`);
    }

    const rps = (t: Totals) => t.requests / t.seconds;
    const discardRps = rps(by('discard')!);
    const healthRps = rps(by('health')!);
    const share = (name: string, figure: string, budget: boolean) => {
      const t = by(name);
      const r = t ? rps(t) / discardRps : 0;
      record({
        figure,
        value: t ? `${fmt(rps(t))} req/s` : 'not measured (no PostgreSQL server)',
        baseline: `${fmt(discardRps)} req/s`,
        ratio: t ? `${fmt(r * 100)}%` : '',
        budget: budget ? `≥ ${MIN_SHARE * 100}%` : '',
        ok: budget && t ? r >= MIN_SHARE : undefined,
      });
    };
    share(
      'full',
      'collector: POST /api/feedback stored in SQLite, WAL synchronous=FULL (baseline: the same POST answered without storing)',
      true,
    );
    share('pg', 'collector: POST /api/feedback stored in PostgreSQL, synchronous_commit=on (baseline: the same)', true);
    share(
      'normal',
      'collector: the same in SQLite with PAPI_SQLITE_SYNC=NORMAL (not power-cut safe; for comparison)',
      false,
    );
    record({
      figure:
        'collector: the POST answered without storing vs GET /api/health (receiving and checking a body; for reference)',
      value: `${fmt(discardRps)} req/s`,
      baseline: `${fmt(healthRps)} req/s`,
      ratio: `${fmt((discardRps / healthRps) * 100)}%`,
      budget: '',
      ok: undefined,
    });
    for (const [name, engine] of [
      ['full', 'SQLite'],
      ['pg', 'PostgreSQL'],
    ] as const) {
      const t = by(name);
      if (!t) continue;
      const base = by('discard')!;
      for (const [q, pick] of [
        ['p50', (x: Totals) => median(x.p50)],
        ['p99', (x: Totals) => median(x.p99)],
      ] as const) {
        const v = pick(t);
        const b = pick(base);
        const budgeted = q === 'p99' && name === 'full';
        record({
          figure: `collector: ${q} latency, ${CONNECTIONS} connections, ${engine} (baseline: without storing)`,
          value: `${fmt(v, 1)} ms`,
          baseline: `${fmt(b, 1)} ms`,
          ratio: b > 0 ? `${(v / b).toFixed(2)}×` : '',
          budget: budgeted ? `≤ ${MAX_P99_MS} ms` : '',
          ok: budgeted ? v <= MAX_P99_MS : undefined,
        });
      }
    }
    const fullTotals = by('full')!;
    record({
      figure: `collector: peak RSS, SQLite (${fmt(fullTotals.ok)} records stored)`,
      value: peak ? `${fmt(peak.peakMb, 1)} MB` : 'n/a (no /proc)',
      baseline: idle ? `${fmt(idle.nowMb, 1)} MB idle` : '',
      ratio: peak && idle ? `${(peak.peakMb / idle.nowMb).toFixed(2)}×` : '',
      budget: '',
      ok: undefined,
    });
  } finally {
    await Promise.all(started.map(stopServer));
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
