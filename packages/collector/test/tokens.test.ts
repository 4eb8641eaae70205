import Database from 'better-sqlite3';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS, REPORT_HISTORY, SqliteStore, issueUnitToken, revokeUnitToken } from '../src/index.js';
import { type TestCollector, bearer, feedback, post, postReport, report, send, startTestCollector } from './helpers.js';

let t: TestCollector;
beforeAll(async () => {
  t = await startTestCollector();
});
afterAll(async () => {
  await t?.close();
});

function inDatabase<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const stored = (id: unknown) => inDatabase<{ id: string }>(t.dbPath, 'SELECT id FROM reports WHERE id = ?', id);

describe('POST /api/reports with unit tokens', () => {
  it('accepts the report with its own unit’s token, and notes which token sent it', async () => {
    const token = await t.token('xa-lac-hoa');
    const r = report({ unit: 'xa-lac-hoa' });
    const ok = await post(t.url, '/api/reports', r, bearer(token));
    expect(ok.status).toBe(201);
    const id = token.split('_')[1];
    expect(inDatabase(t.dbPath, 'SELECT token_id AS tokenId FROM reports WHERE id = ?', r.id)).toEqual([
      { tokenId: id },
    ]);
    const [row] = inDatabase<{ last_used_at: string | null; secret_hash: string }>(
      t.dbPath,
      'SELECT last_used_at, secret_hash FROM unit_tokens WHERE id = ?',
      id,
    );
    expect(row!.last_used_at).toBe(ok.json.receivedAt);
    expect(row!.secret_hash).toMatch(/^[\w-]{43}$/);
    // The same report again, with the same token: the repeat's answer as before.
    expect((await post(t.url, '/api/reports', r, bearer(token))).status).toBe(200);
  });

  it('answers 401 token-required without a token, before reading the body, and stores nothing', async () => {
    const r = report();
    const none = await post(t.url, '/api/reports', r, { 'accept-language': 'vi' });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer realm="papi-collector"/);
    expect(none.json.error.code).toBe('token-required');
    expect(none.json.error.message).toContain('Phòng Nội vụ');
    for (const header of ['Basic eGE6eGE=', 'Bearer', 'Bearer  ', await t.token('xa-lac-hoa')]) {
      const r2 = await post(t.url, '/api/reports', r, { authorization: header });
      expect([header.slice(0, 12), r2.status, r2.json.error.code]).toEqual([
        header.slice(0, 12),
        401,
        'token-required',
      ]);
    }
    // Over the 1 MB limit and no token: refused for the token, not after reading a megabyte.
    const huge = await post(
      t.url,
      '/api/reports',
      JSON.stringify(report({ tasks: [{ taskId: 'x', status: 'done', note: 'n'.repeat(1100 * 1024) }] })),
    );
    expect(huge.status).toBe(401);
    expect(stored(r.id)).toEqual([]);
  });

  it('answers 401 token-invalid for a malformed, unknown or revoked token', async () => {
    const r = report();
    const token = await t.token('xa-lac-hoa');
    const unknown = token.replace(/_(\w{52})$/, (_m, s: string) => `_${s.startsWith('a') ? 'b' : 'a'}${s.slice(1)}`);
    const otherId = `papi_${'a'.repeat(10)}_${token.slice(-52)}`;
    for (const bad of ['papi_123', `${token}x`, unknown, otherId]) {
      const res = await post(t.url, '/api/reports', r, bearer(bad));
      expect([bad.slice(0, 20), res.status, res.json.error.code]).toEqual([bad.slice(0, 20), 401, 'token-invalid']);
    }
    await revokeUnitToken(t.collector.store, token);
    const revoked = await post(t.url, '/api/reports', r, bearer(token));
    expect(revoked.status).toBe(401);
    expect(revoked.json.error).toMatchObject({ code: 'token-invalid', message: expect.stringContaining('revoked') });
    expect(stored(r.id)).toEqual([]);
  });

  it('answers 403 token-wrong-unit with another unit’s token, whatever else is wrong with the report', async () => {
    const token = await t.token('xa-vinh-hai');
    const r = report({ unit: 'xa-lac-hoa' });
    const res = await post(t.url, '/api/reports', r, { ...bearer(token), 'accept-language': 'vi' });
    expect(res.status).toBe(403);
    expect(res.json.error).toEqual({
      code: 'token-wrong-unit',
      message: 'Mã này là của đơn vị xa-vinh-hai; không dùng được để gửi cho đơn vị xa-lac-hoa.',
    });
    const broken = await post(t.url, '/api/reports', report({ unit: 'xa-lac-hoa', tasks: [] }), bearer(token));
    expect(broken.status).toBe(403);
    expect(stored(r.id)).toEqual([]);
    // Its own unit's report goes through with the same token.
    expect((await post(t.url, '/api/reports', report({ unit: 'xa-vinh-hai' }), bearer(token))).status).toBe(201);
  });

  it('keeps only hashes: no token is anywhere in the database files', async () => {
    const token = await t.token('phuong-vinh-chau-2025');
    expect(
      (
        await post(
          t.url,
          '/api/reports',
          report({ unit: 'phuong-vinh-chau-2025', period: '2026-H1', tasks: [{ taskId: 'a-1-5', status: 'done' }] }),
          bearer(token),
        )
      ).status,
    ).toBe(201);
    const dir = join(t.dbPath, '..');
    const secret = token.slice(-52);
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file)).includes(secret), file).toBe(false);
  });

  it('refuses the demo’s tokens unless the collector is the demo’s', async () => {
    const { token } = await issueUnitToken(t.collector.store, 'xa-lai-hoa-2025', { demo: true });
    const r = report({ unit: 'xa-lai-hoa-2025', planId: 'ke-hoach-demo', tasks: [{ taskId: '1', status: 'done' }] });
    expect((await post(t.url, '/api/reports', r, bearer(token))).status).toBe(401);
    const demo = await startTestCollector({}, { acceptDemoTokens: true });
    try {
      const { token: demoToken } = await issueUnitToken(demo.collector.store, 'xa-lai-hoa-2025', { demo: true });
      expect((await post(demo.url, '/api/reports', r, bearer(demoToken))).status).toBe(201);
    } finally {
      await demo.close();
    }
  });

  it('lets browsers on the configured origins send the Authorization header', async () => {
    const allowed = 'http://localhost:8080';
    const pre = await send(t.url, '/api/reports', {
      method: 'OPTIONS',
      headers: {
        origin: allowed,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(allowed);
    expect(String(pre.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/)).toEqual(
      expect.arrayContaining(['authorization', 'content-type']),
    );
    const evil = await send(t.url, '/api/reports', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    // A page elsewhere holding a real token is refused too.
    const r = report();
    expect((await postReport(t, r, { origin: 'https://evil.example' })).status).toBe(403);
    expect(stored(r.id)).toEqual([]);
  });
});

describe('bounded storage', () => {
  it(`keeps the latest ${REPORT_HISTORY} reports of a unit, plan and period, whatever order they arrive in`, async () => {
    const unit = 'xa-vinh-tan';
    const at = (i: number) => new Date(Date.UTC(2023, 5, 1, 0, 0, i)).toISOString();
    const sent = Array.from({ length: REPORT_HISTORY + 5 }, (_, i) =>
      report({ unit, period: '2023-H2', submittedAt: at(i) }),
    );
    // The newest first, then the rest oldest first: an outbox delivering late does not keep old ones.
    for (const r of [sent.at(-1)!, ...sent.slice(0, -1)]) expect((await postReport(t, r)).status).toBe(201);
    const kept = inDatabase<{ id: string; current: number }>(
      t.dbPath,
      'SELECT id, superseded_by IS NULL AS current FROM reports WHERE unit = ? AND period = ? ORDER BY submitted_ms',
      unit,
      '2023-H2',
    );
    expect(kept.map((k) => k.id)).toEqual(sent.slice(5).map((r) => r.id));
    expect(kept.filter((k) => k.current === 1).map((k) => k.id)).toEqual([sent.at(-1)!.id]);
    // No task lines left behind by the deleted reports; another period is untouched.
    expect(
      inDatabase(t.dbPath, 'SELECT COUNT(*) AS n FROM report_tasks WHERE report_seq NOT IN (SELECT seq FROM reports)'),
    ).toEqual([{ n: 0 }]);
    const stats = await send(t.url, '/api/stats');
    expect(stats.json.selfAssessment.find((s: { unit: string }) => s.unit === unit)).toMatchObject({
      reportId: sent.at(-1)!.id,
    });
    // An outbox resending one that is no longer kept gets a 2xx (it stops resending), and it is not kept again.
    const resent = await postReport(t, sent[0]!);
    expect(resent.status).toBe(201);
    expect(resent.json).toMatchObject({ id: sent[0]!.id, current: false, supersededBy: sent.at(-1)!.id });
    expect(stored(sent[0]!.id)).toEqual([]);
    expect(
      inDatabase(t.dbPath, 'SELECT COUNT(*) AS n FROM reports WHERE unit = ? AND period = ?', unit, '2023-H2'),
    ).toEqual([{ n: REPORT_HISTORY }]);
  });

  it('limits reports per token: one unit’s burst does not hold back another’s', async () => {
    const s = await startTestCollector({ reportRateLimit: 2 });
    try {
      for (let i = 0; i < 2; i++) expect((await postReport(s, report())).status).toBe(201);
      const r = report();
      const limited = await postReport(s, r);
      expect(limited.status).toBe(429);
      expect(limited.json.error.code).toBe('rate-limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(inDatabase(s.dbPath, 'SELECT id FROM reports WHERE id = ?', r.id)).toEqual([]);
      expect((await postReport(s, report({ unit: 'xa-vinh-hai' }))).status).toBe(201);
      // A second token of the same unit has a count of its own.
      expect((await post(s.url, '/api/reports', report(), bearer(await s.token('xa-lac-hoa')))).status).toBe(201);
    } finally {
      await s.close();
    }
  });

  it('never throttles the statistics and health check with feedback posts: 120 posts from one address, then the dashboard’s reads', async () => {
    const s = await startTestCollector({
      rateLimit: DEFAULTS.rateLimit,
      feedbackRateLimit: DEFAULTS.feedbackRateLimit,
      reportRateLimit: DEFAULTS.reportRateLimit,
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 120; i++)
        statuses.push((await post(s.url, '/api/feedback', feedback({ rating: (i % 5) + 1 }))).status);
      expect(statuses.filter((x) => x === 201)).toHaveLength(DEFAULTS.feedbackRateLimit);
      expect(statuses.slice(DEFAULTS.feedbackRateLimit).every((x) => x === 429)).toBe(true);
      const stats = await send(s.url, '/api/stats', { headers: { origin: 'http://localhost:8080' } });
      expect(stats.status).toBe(200);
      expect(stats.json.feedback.total.count).toBe(DEFAULTS.feedbackRateLimit);
      expect((await send(s.url, '/api/health')).status).toBe(200);
      // And a unit's report, counted by its token, still goes through.
      expect((await postReport(s, report())).status).toBe(201);
    } finally {
      await s.close();
    }
  });
});

describe('the tokens table', () => {
  it('is added to a database written before tokens existed', async () => {
    const path = join(t.dir, 'old.sqlite');
    await new SqliteStore(path).close();
    const db = new Database(path);
    db.exec('DROP TABLE unit_tokens; ALTER TABLE reports DROP COLUMN token_id');
    db.close();
    const store = new SqliteStore(path);
    try {
      const { token, info } = await issueUnitToken(store, 'xa-lac-hoa');
      expect(token).toMatch(/^papi_/);
      const r = report() as never;
      expect(await store.putReport(r, { receivedAt: new Date().toISOString(), tokenId: info.id })).toMatchObject({
        kind: 'created',
      });
      expect((await store.listTokens())[0]).toMatchObject({
        id: info.id,
        unit: 'xa-lac-hoa',
        lastUsedAt: expect.any(String),
        revokedAt: null,
        demo: false,
      });
    } finally {
      await store.close();
    }
  });
});
