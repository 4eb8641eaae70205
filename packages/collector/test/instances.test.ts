import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Collector, type CollectorConfig, createCollector, issueUnitToken, withDefaults } from '../src/index.js';
import { TOKEN, bearer, feedback, post, report, send } from './helpers.js';
import { describePg, freshSchema } from './pg.js';

/**
 * Two collectors on one database, as behind a load balancer: whichever instance a request reaches, the answer is
 * the same. Run on SQLite (two collectors on one file) and on PostgreSQL (two collectors on one database).
 */
function instancesSuite(
  setup: () => Promise<{
    config: Partial<CollectorConfig> & { dbPath: string };
    engine: string;
    cleanup(): Promise<void>;
  }>,
): void {
  let a: { url: string; collector: Collector };
  let b: { url: string; collector: Collector };
  let cleanup: () => Promise<void>;
  const start = async (config: Partial<CollectorConfig> & { dbPath: string }) => {
    const collector = await createCollector(
      withDefaults({
        port: 0,
        host: '127.0.0.1',
        logLevel: 'silent',
        exportToken: TOKEN,
        rateLimit: 0,
        feedbackRateLimit: 0,
        reportRateLimit: 0,
        ...config,
      }),
    );
    const { port } = await collector.listen();
    return { url: `http://127.0.0.1:${port}/`, collector };
  };

  beforeAll(async () => {
    const s = await setup();
    cleanup = s.cleanup;
    a = await start(s.config);
    b = await start(s.config);
    expect([a.collector.store.kind, b.collector.store.kind]).toEqual([s.engine, s.engine]);
  });
  afterAll(async () => {
    await a?.collector.close();
    await b?.collector.close();
    await cleanup?.();
  });

  it('answers a feedback record 201 on one instance, then 200 and 409 on the other', async () => {
    const f = feedback();
    const created = await post(a.url, '/api/feedback', f);
    expect(created.status).toBe(201);
    const repeat = await post(b.url, '/api/feedback', f);
    expect([repeat.status, repeat.json]).toEqual([200, created.json]);
    const conflict = await post(b.url, '/api/feedback', { ...f, rating: 1 });
    expect([conflict.status, conflict.json.error.code]).toEqual([409, 'id-conflict']);
    expect((await post(a.url, '/api/feedback', f)).status).toBe(200);
  });

  it('supersedes reports across instances by submission time, with a token issued through either', async () => {
    const unit = 'xa-vinh-hiep';
    // Issued through A's store, accepted by B: the token lives in the database, not in an instance.
    const auth = bearer((await issueUnitToken(a.collector.store, unit)).token);
    const older = report({ unit, submittedAt: '2023-06-01T08:00:00+07:00' });
    const newer = report({ unit, submittedAt: '2023-06-02T08:00:00+07:00' });
    const stale = report({ unit, submittedAt: '2023-05-01T08:00:00+07:00' });
    expect((await post(a.url, '/api/reports', older, auth)).json).toMatchObject({ current: true });
    expect((await post(b.url, '/api/reports', newer, auth)).json).toMatchObject({
      current: true,
      supersedes: older.id,
    });
    expect((await post(a.url, '/api/reports', stale, auth)).json).toMatchObject({
      current: false,
      supersededBy: newer.id,
    });
    const again = await post(a.url, '/api/reports', newer, auth);
    expect([again.status, again.json]).toMatchObject([200, { current: true, supersedes: older.id }]);
    for (const url of [a.url, b.url]) {
      const stats = await send(url, '/api/stats');
      expect(
        stats.json.selfAssessment
          .filter((p: { unit: string }) => p.unit === unit)
          .map((p: { reportId: string }) => p.reportId),
      ).toEqual([newer.id]);
    }
  });

  it('serves statistics that follow writes made through the other instance, with the same ETag on both', async () => {
    const first = await send(b.url, '/api/stats');
    expect(first.status).toBe(200);
    const same = await send(a.url, '/api/stats', { headers: { 'if-none-match': first.headers.etag as string } });
    expect(same.status).toBe(304);
    // B has its answer cached; a write through A must still show on B at once.
    expect((await post(a.url, '/api/feedback', feedback({ rating: 5, unit: 'phuong-vinh-phuoc-2025' }))).status).toBe(
      201,
    );
    const after = await send(b.url, '/api/stats', { headers: { 'if-none-match': first.headers.etag as string } });
    expect(after.status).toBe(200);
    expect(after.json.feedback.total.count).toBe(first.json.feedback.total.count + 1);
    expect(after.json.feedback.byUnit.find((u: { unit: string }) => u.unit === 'phuong-vinh-phuoc-2025')).toMatchObject(
      { count: 1, satisfied: 1 },
    );
    const fromA = await send(a.url, '/api/stats');
    expect([fromA.headers.etag, fromA.text]).toEqual([after.headers.etag, after.text]);
  });

  it('exports the same CSV from either instance', async () => {
    await post(a.url, '/api/feedback', feedback({ comment: 'Khen cán bộ một cửa' }));
    await post(b.url, '/api/feedback', feedback({ comment: '=1+1', rating: 2 }));
    for (const path of ['/api/export/feedback.csv', '/api/export/reports.csv']) {
      const [x, y] = await Promise.all(
        [a.url, b.url].map((u) => send(u, path, { headers: { authorization: `Bearer ${TOKEN}` } })),
      );
      expect([x!.status, y!.status]).toEqual([200, 200]);
      expect(x!.text).toBe(y!.text);
      expect(x!.text.split('\r\n').length).toBeGreaterThan(3);
    }
    const csv = (await send(b.url, '/api/export/feedback.csv', { headers: { authorization: `Bearer ${TOKEN}` } })).text;
    expect(csv).toContain(',Khen cán bộ một cửa,');
    expect(csv).toContain(",'=1+1,");
  });
}

describe('two SQLite collectors on one file', () => {
  instancesSuite(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-instances-'));
    return {
      config: { dbPath: join(dir, 'papi.sqlite') },
      engine: 'sqlite',
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  });
});

describePg('two PostgreSQL collectors on one database', () => {
  instancesSuite(async () => {
    const db = await freshSchema();
    // dbPath is set but unused: the database URL wins.
    return {
      config: { dbPath: '/nonexistent/papi.sqlite', databaseUrl: db.url },
      engine: 'postgresql',
      cleanup: () => db.drop(),
    };
  });
});
