import Database from 'better-sqlite3';
import { fdatasync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore, createCollector, issueUnitToken, withDefaults } from '../src/index.js';
import { bearer, feedback, post, report, send } from './helpers.js';

/**
 * A failed fdatasync, injected through the store's one seam for it (the sync function; everything else is the real
 * store on a real file), behind the real HTTP server.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'papi-sync-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Done = (error: NodeJS.ErrnoException | null) => void;

/** The real fdatasync, until told to hold the next call back; a held call is then failed by the test. */
function faultySync() {
  const held: Done[] = [];
  let hold = false;
  return {
    held,
    holdNext: () => (hold = true),
    sync: (fd: number, done: Done): void => {
      if (hold) held.push(done);
      else fdatasync(fd, done);
    },
  };
}

async function start(dbPath: string, fdatasyncFn?: (fd: number, done: Done) => void) {
  const lines: Record<string, unknown>[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const store = new SqliteStore(dbPath, fdatasyncFn ? { fdatasync: fdatasyncFn } : {});
  const collector = await createCollector(
    withDefaults({
      dbPath,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'warn',
      rateLimit: 0,
      feedbackRateLimit: 0,
      reportRateLimit: 0,
    }),
    { store, logStream },
  );
  const { port } = await collector.listen();
  // Reports need their unit's token (see tokens.test.ts); one for the unit these tests report for.
  const auth = bearer((await issueUnitToken(store, 'xa-vinh-hiep')).token);
  return { collector, lines, auth, url: `http://127.0.0.1:${port}/` };
}

const until = async (condition: () => boolean): Promise<void> => {
  for (let i = 0; !condition(); i++) {
    if (i > 500) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

function rows<T>(dbPath: string, sql: string): T[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('a failed fdatasync', () => {
  it('is fatal: no record whose sync failed is ever answered 2xx, not even as a repeat, here or after a restart', async () => {
    const dbPath = join(dir, 'papi.sqlite');
    const fault = faultySync();
    const first = await start(dbPath, fault.sync);
    const a = feedback();
    const older = report({ unit: 'xa-vinh-hiep' });
    const newer = report({ unit: 'xa-vinh-hiep', submittedAt: '2023-06-30T17:00:00+07:00' });
    const b = feedback({ contact: '0909 000 111', consent: true });
    const c = feedback();
    let answeredA: unknown;
    try {
      answeredA = (await post(first.url, '/api/feedback', a)).json;
      expect((await post(first.url, '/api/reports', older, first.auth)).status).toBe(201);

      // b and the newer report are committed and wait for their sync, which the disk then fails.
      fault.holdNext();
      const pendingB = post(first.url, '/api/feedback', b);
      const pendingNewer = post(first.url, '/api/reports', newer, first.auth);
      await until(() => fault.held.length === 1);
      expect(rows(dbPath, `SELECT COUNT(*) AS n FROM feedback WHERE id = '${b.id}'`)).toEqual([{ n: 1 }]);
      // c arrives during that sync and waits for the next one.
      const pendingC = post(first.url, '/api/feedback', c);
      await new Promise((r) => setTimeout(r, 30));
      fault.held[0]!(
        Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO', errno: -5, syscall: 'fdatasync' }),
      );

      for (const pending of [pendingB, pendingNewer, pendingC]) {
        const r = await pending;
        expect([r.status, r.json.error.code]).toEqual([503, 'storage-failed']);
        expect(r.json.error.message).toContain('Nothing of this request was kept');
      }
      // From now on every write is refused: a repeat of the failed record, of a durable one, and a new one.
      for (const [path, body] of [
        ['/api/feedback', b],
        ['/api/feedback', a],
        ['/api/feedback', feedback()],
        ['/api/reports', newer],
      ] as const) {
        const r = await post(first.url, path, body, { 'accept-language': 'vi', ...first.auth });
        expect([path, r.status, r.json.error.code]).toEqual([path, 503, 'storage-failed']);
        expect(r.json.error.message).toMatch(/^Dịch vụ tạm ngừng nhận dữ liệu/);
      }
      const health = await send(first.url, '/api/health');
      expect([health.status, health.json.error.code]).toEqual([503, 'storage-failed']);
      // Said once in the log, at the highest level, with what to do.
      const fatal = first.lines.filter((l) => l.level === 60);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]).toMatchObject({ code: 'storage-failed', detail: 'EIO: i/o error, fdatasync' });
      expect(String(fatal[0]!.msg)).toContain('accepts no more records');
      // What could not be synced was taken back out; the older report is current again. Reads go on.
      expect(rows(dbPath, 'SELECT id FROM feedback')).toEqual([{ id: a.id }]);
      expect(rows(dbPath, 'SELECT id, superseded_by AS supersededBy FROM reports')).toEqual([
        { id: older.id, supersededBy: null },
      ]);
      expect(rows(dbPath, 'SELECT COUNT(*) AS n FROM report_tasks')).toEqual([{ n: 2 }]);
      const stats = await send(first.url, '/api/stats');
      expect([stats.status, stats.json.feedback.total.count]).toEqual([200, 1]);
    } finally {
      await first.collector.close();
    }

    // Restarted on a mended disk: the outbox re-sends, and only now is b stored and acknowledged.
    const second = await start(dbPath);
    try {
      expect((await send(second.url, '/api/health')).json).toEqual({ status: 'ok' });
      const again = await post(second.url, '/api/feedback', b);
      expect(again.status).toBe(201);
      const repeatA = await post(second.url, '/api/feedback', a);
      expect([repeatA.status, repeatA.json]).toEqual([200, answeredA]);
      const r = await post(second.url, '/api/reports', newer, second.auth);
      expect([r.status, r.json.supersedes]).toEqual([201, older.id]);
      expect((await post(second.url, '/api/feedback', c)).status).toBe(201);
    } finally {
      await second.collector.close();
    }
  });
});

describe('GET /api/health', () => {
  it('reads from the database and answers 503 with a code when it cannot', async () => {
    const dbPath = join(dir, 'health.sqlite');
    const s = await start(dbPath);
    try {
      expect((await send(s.url, '/api/health')).json).toEqual({ status: 'ok' });
      // Someone removes a table under the running collector.
      const db = new Database(dbPath);
      db.exec('DROP TABLE report_tasks; DROP TABLE reports');
      db.close();
      const r = await send(s.url, '/api/health');
      expect(r.status).toBe(503);
      expect(r.json.error).toEqual({
        code: 'storage-unavailable',
        message: 'The collector cannot read its database (SQLITE_ERROR).',
      });
      expect(s.lines.some((l) => l.level === 50 && l.code === 'storage-unavailable')).toBe(true);
    } finally {
      await s.collector.close();
    }
  });
});
