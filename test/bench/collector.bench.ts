import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { record } from './harness.js';

/**
 * The collector as deployed (the built command, in its own process, storing into SQLite with WAL and
 * synchronous=FULL) under autocannon from this process, on 127.0.0.1 only. The subject, POST /api/feedback with a
 * fresh UUID per request, and the baseline, the same server's GET /api/health, run in alternating rounds.
 * Every 2xx is checked against what the statistics then count, so the figure is for records really stored.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'packages', 'collector', 'dist', 'cli.js');
const ROUND_SECONDS = 2;
const ROUNDS = 2;
const CONNECTIONS = 16;

function startCollector(dbPath: string, sync: 'FULL' | 'NORMAL'): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli], {
    // The rate limits (reads, and feedback posts apart) stay in the path of both routes but far above what one load generator sends.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PAPI_DB: dbPath, PAPI_SQLITE_SYNC: sync, PAPI_RATE_LIMIT: '1000000', PAPI_FEEDBACK_RATE_LIMIT: '1000000', PAPI_LOG_LEVEL: 'warn', PAPI_EXPORT_TOKEN: '' },
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

const fmt = (n: number, digits = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function benchCollector(): Promise<void> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run pnpm build first (pnpm bench does)`);
  const dir = mkdtempSync(join(tmpdir(), 'papi-bench-'));
  const { child, url } = await startCollector(join(dir, 'papi.sqlite'), 'FULL');
  // The same with PAPI_SQLITE_SYNC=NORMAL, for comparison only: how much of the cost is the disk's.
  const normal = await startCollector(join(dir, 'papi-normal.sqlite'), 'NORMAL');
  try {
    const idle = memoryOf(child.pid!);
    const subject: Totals = { requests: 0, seconds: 0, ok: 0, bad: 0, p50: [], p99: [] };
    const baseline: Totals = { requests: 0, seconds: 0, ok: 0, bad: 0, p50: [], p99: [] };
    const subjectNormal: Totals = { requests: 0, seconds: 0, ok: 0, bad: 0, p50: [], p99: [] };
    const repeats: Totals = { requests: 0, seconds: 0, ok: 0, bad: 0, p50: [], p99: [] };
    const body = () => JSON.stringify({ id: randomUUID(), ...template });
    // The baseline goes through the same request-setup hook and builds the same body, then sends none: autocannon
    // shares this machine's cores with the server, and its per-request setup would otherwise count against the subject.
    const health: autocannon.Options = { url: `${url}/api/health`, requests: [{ setupRequest: (req) => (body() ? req : req) }] };
    const post: autocannon.Options = {
      url: `${url}/api/feedback`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
    };
    // For comparison only: the same POST of a record already stored (received, parsed, validated, looked up, answered
    // 200; nothing written). What a durable write costs beyond receiving and checking a body.
    const storedBody = body();
    const repeat: autocannon.Options = {
      url: `${url}/api/feedback`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req) => (body() ? { ...req, body: storedBody } : req) }],
    };
    // Warm both paths up (JIT, SQLite page cache) outside the measurement.
    await autocannon({ ...health, connections: CONNECTIONS, duration: 0.5 });
    await autocannon({ ...post, connections: CONNECTIONS, duration: 0.5 });
    const warmStored = ((await getJson(`${url}/api/stats`)) as { feedback: { total: { count: number } } }).feedback.total.count;
    await autocannon({ ...post, url: `${normal.url}/api/feedback`, connections: CONNECTIONS, duration: 0.5 });
    for (let i = 0; i < ROUNDS; i++) {
      await round(health, baseline);
      await round(post, subject);
      await round({ ...post, url: `${normal.url}/api/feedback` }, subjectNormal);
      await round(repeat, repeats);
    }
    const peak = memoryOf(child.pid!);
    if (subject.bad > 0 || baseline.bad > 0 || subjectNormal.bad > 0 || repeats.bad > 0) throw new Error(`collector bench: ${subject.bad} failed posts, ${baseline.bad} failed health checks`);
    const stored = ((await getJson(`${url}/api/stats`)) as { feedback: { total: { count: number } } }).feedback.total.count - warmStored;
    // autocannon stops each round with up to one request per connection in flight: stored but never counted.
    if (stored < subject.ok || stored > subject.ok + CONNECTIONS * (ROUNDS + 1)) {
      throw new Error(`collector bench: ${subject.ok} posts acknowledged but ${stored} stored`);
    }

    const rps = subject.requests / subject.seconds;
    const baseRps = baseline.requests / baseline.seconds;
    const ratio = rps / baseRps;
    record({
      figure: 'collector: POST /api/feedback, SQLite WAL synchronous=FULL (baseline: GET /api/health)',
      value: `${fmt(rps)} req/s`,
      baseline: `${fmt(baseRps)} req/s`,
      ratio: `${fmt(ratio * 100)}%`,
      budget: '≥ 50%',
      ok: ratio >= 0.5,
    });
    const repeatRps = repeats.requests / repeats.seconds;
    record({
      figure: 'collector: the same POST vs a POST of an already stored record (body received and checked, nothing written)',
      value: `${fmt(rps)} req/s`,
      baseline: `${fmt(repeatRps)} req/s`,
      ratio: `${fmt((rps / repeatRps) * 100)}%`,
      budget: '',
      ok: undefined,
    });
    record({
      figure: 'collector: a POST of an already stored record vs GET /api/health (receiving and checking a body alone)',
      value: `${fmt(repeatRps)} req/s`,
      baseline: `${fmt(baseRps)} req/s`,
      ratio: `${fmt((repeatRps / baseRps) * 100)}%`,
      budget: '',
      ok: undefined,
    });
    const normalRps = subjectNormal.requests / subjectNormal.seconds;
    record({
      figure: 'collector: the same with PAPI_SQLITE_SYNC=NORMAL (not power-cut safe; for comparison)',
      value: `${fmt(normalRps)} req/s`,
      baseline: `${fmt(baseRps)} req/s`,
      ratio: `${fmt((normalRps / baseRps) * 100)}%`,
      budget: '',
      ok: undefined,
    });
    for (const [name, pick] of [
      ['p50', (t: Totals) => median(t.p50)],
      ['p99', (t: Totals) => median(t.p99)],
    ] as const) {
      const v = pick(subject);
      const b = pick(baseline);
      record({ figure: `collector: ${name} latency, ${CONNECTIONS} connections`, value: `${fmt(v, 1)} ms`, baseline: `${fmt(b, 1)} ms`, ratio: b > 0 ? `${(v / b).toFixed(2)}×` : '', budget: '', ok: undefined });
    }
    record({
      figure: `collector: peak RSS (${fmt(subject.ok)} records stored)`,
      value: peak ? `${fmt(peak.peakMb, 1)} MB` : 'n/a (no /proc)',
      baseline: idle ? `${fmt(idle.nowMb, 1)} MB idle` : '',
      ratio: peak && idle ? `${(peak.peakMb / idle.nowMb).toFixed(2)}×` : '',
      budget: '',
      ok: undefined,
    });
  } finally {
    for (const c of [child, normal.child]) {
      c.kill('SIGTERM');
      await new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)));
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
