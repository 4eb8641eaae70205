import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FeedbackRecord, type UnitReport, VINH_CHAU_PLAN_2023, tasksForUnit } from '@papi/core';
import { SqliteStore, computeStats } from '../src/index.js';
import { feedback, report } from './helpers.js';

let dir: string;
let path: string;
let store: SqliteStore;
const meta = { receivedAt: '2026-11-27T01:00:00.000Z', period: '2026-H2' };
const fb = (over: Record<string, unknown> = {}) => feedback(over) as unknown as FeedbackRecord;
const rp = (over: Record<string, unknown> = {}) => report(over) as unknown as UnitReport;
const collect = async <T>(rows: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const r of rows) out.push(r);
  return out;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'papi-store-'));
  path = join(dir, 'nested', 'papi.sqlite');
  store = new SqliteStore(path);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteStore', () => {
  it('creates its directory and its file, in WAL mode', () => {
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('acknowledges a write only once the log is synced to disk, and never when the sync fails', async () => {
    await store.close();
    const pending: ((error: NodeJS.ErrnoException | null) => void)[] = [];
    store = new SqliteStore(path, { fdatasync: (_fd, done) => pending.push(done) });
    let settled = false;
    const first = store.putFeedback(fb(), meta).then((r) => ((settled = true), r));
    // Committed, but not yet on disk (the test holds the sync back): no answer yet.
    await vi.waitFor(() => expect(pending.length).toBe(1), { timeout: 10_000 });
    expect(settled).toBe(false);
    // A write arriving during that sync waits for a sync of its own, which starts when the first ends: after the
    // turn of the event loop that would have committed it, still one sync.
    const second = store.putFeedback(fb(), meta);
    await new Promise((r) => setImmediate(r));
    expect(pending.length).toBe(1);
    pending[0]!(null);
    expect((await first).kind).toBe('created');
    await vi.waitFor(() => expect(pending.length).toBe(2), { timeout: 10_000 });
    pending[1]!(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    await expect(second).rejects.toThrow('EIO');
  });

  it('stores a feedback id once, answering repeats with the first acknowledgement', async () => {
    const record = fb();
    const first = await store.putFeedback(record, meta);
    expect(first).toEqual({ kind: 'created', ack: { id: record.id, receivedAt: meta.receivedAt } });
    const again = await store.putFeedback(record, { ...meta, receivedAt: '2026-11-28T00:00:00.000Z' });
    expect(again).toEqual({ kind: 'repeat', ack: first.ack });
    // UUIDs are case-insensitive: the same id in capitals is the same record.
    expect((await store.putFeedback({ ...record, id: record.id.toUpperCase() }, meta)).kind).toBe('repeat');
    expect((await store.putFeedback({ ...record, rating: 1 }, meta)).kind).toBe('conflict');
    const rows = await collect(store.feedbackRows());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: record.id, rating: 4, comment: record.comment });
  });

  it('commits concurrent writes together, each resolving once, duplicates included', async () => {
    const records = Array.from({ length: 50 }, () => fb());
    const results = await Promise.all([...records, ...records.slice(0, 10)].map((r) => store.putFeedback(r, meta)));
    expect(results.filter((r) => r.kind === 'created')).toHaveLength(50);
    expect(results.filter((r) => r.kind === 'repeat')).toHaveLength(10);
    expect((await store.counts()).feedback).toBe(50);
  });

  it('rolls a failing write back alone: the rest of its batch commits, repeats and conflicts included', async () => {
    const known = fb();
    await store.putFeedback(known, meta);
    const good = [fb(), fb(), fb()];
    // A rating the table's CHECK refuses: the server never lets one through, but the store must cope.
    const bad = fb({ rating: 9 });
    const reportBad = rp({ tasks: [{ taskId: 'a-1-5', status: 'done' }, { taskId: null, status: 'done' }] });
    const settled = await Promise.allSettled([
      store.putFeedback(good[0]!, meta),
      store.putFeedback(bad, meta),
      store.putFeedback(known, meta),
      store.putReport(reportBad, meta),
      store.putFeedback(good[1]!, meta),
      store.putFeedback({ ...known, rating: 1 }, meta),
      store.putFeedback(good[2]!, meta),
    ]);
    expect(settled.map((r) => (r.status === 'fulfilled' ? r.value.kind : 'rejected'))).toEqual(['created', 'rejected', 'repeat', 'rejected', 'created', 'conflict', 'created']);
    const rows = await collect(store.feedbackRows());
    expect(rows.map((r) => r.id).sort()).toEqual([known, ...good].map((r) => r.id).sort());
    // The report's row and first task went in before its second task failed: none of it stays.
    expect(await store.counts()).toEqual({ feedback: 4, reports: 0 });
    expect(await collect(store.reportTaskRows())).toEqual([]);
  });

  it('checkpoints on its own thread and restarts the log, so the log stays small under a steady load', async () => {
    const records: FeedbackRecord[] = [];
    for (let round = 0; round < 40; round++) {
      const batch = Array.from({ length: 250 }, () => fb());
      records.push(...batch);
      await Promise.all(batch.map((r) => store.putFeedback(r, meta)));
    }
    // 10 000 records are some 40 MB of log frames: without checkpoints that restart it, the log would hold them all.
    expect(statSync(`${path}-wal`).size).toBeLessThan(16 * 1024 * 1024);
    await store.close();
    store = new SqliteStore(path);
    expect((await store.counts()).feedback).toBe(records.length);
    expect((await store.putFeedback(records[1234]!, meta)).kind).toBe('repeat');
  });

  it('keeps what it acknowledged across a reopen of the file', async () => {
    const record = fb();
    await store.putFeedback(record, meta);
    await store.close();
    store = new SqliteStore(path);
    expect((await store.putFeedback(record, meta)).kind).toBe('repeat');
  });

  it('lets a later-submitted report supersede the current one and keeps the older as history', async () => {
    const older = rp({ submittedAt: '2023-06-20T08:00:00+07:00' });
    const newer = rp({ submittedAt: '2023-06-30T08:00:00+07:00', tasks: [{ taskId: 'a-1-5', status: 'done' }] });
    expect(await store.putReport(older, meta)).toMatchObject({ kind: 'created', ack: { current: true } });
    expect(await store.putReport(newer, meta)).toMatchObject({ kind: 'created', ack: { current: true, supersedes: older.id } });
    // An outbox re-sending an even older draft after the newer one does not displace it.
    const stale = rp({ submittedAt: '2023-06-01T08:00:00+07:00' });
    expect(await store.putReport(stale, meta)).toMatchObject({ kind: 'created', ack: { current: false, supersededBy: newer.id } });
    expect((await store.latestReports()).map((r) => r.id)).toEqual([newer.id]);
    // Another period is a separate line of reports, and the unit's latest report is then that one.
    const h2 = rp({ period: '2023-H2', submittedAt: '2023-12-30T08:00:00+07:00' });
    expect(await store.putReport(h2, meta)).toMatchObject({ ack: { current: true } });
    expect((await store.latestReports()).map((r) => r.id)).toEqual([h2.id]);
    const rows = await collect(store.reportTaskRows());
    expect(rows.filter((r) => r.reportId === older.id).map((r) => [r.current, r.supersededBy])).toEqual([
      [false, newer.id],
      [false, newer.id],
    ]);
    expect(rows.filter((r) => r.current).map((r) => r.reportId)).not.toContain(stale.id);
    expect((await store.counts()).reports).toBe(4);
  });

  it('does not let a report dated in the future stay current against a later one', async () => {
    const future = rp({ submittedAt: '2033-06-30T08:00:00+07:00' });
    await store.putReport(future, { receivedAt: '2023-07-01T01:00:00.000Z' });
    const fixed = rp({ submittedAt: '2023-07-02T08:00:00+07:00' });
    expect(await store.putReport(fixed, { receivedAt: '2023-07-02T01:00:00.000Z' })).toMatchObject({ ack: { current: true, supersedes: future.id } });
  });

  it('treats a repeated report id as a repeat and a changed body under it as a conflict', async () => {
    const r = rp();
    const first = await store.putReport(r, meta);
    expect(await store.putReport(r, meta)).toEqual({ kind: 'repeat', ack: first.ack });
    expect((await store.putReport({ ...r, tasks: [{ taskId: 'a-1-5', status: 'not-started' }] }, meta)).kind).toBe('conflict');
    expect(await collect(store.reportTaskRows())).toHaveLength(2);
  });

  it('pages through exports larger than one page, in order, while writes go on', async () => {
    const records = Array.from({ length: 2345 }, () => fb());
    await Promise.all(records.map((r) => store.putFeedback(r, meta)));
    const seen: string[] = [];
    for await (const row of store.feedbackRows()) {
      seen.push(row.id);
      // A write during an export must not fail (no cursor is held open across yields).
      if (seen.length === 1500) expect((await store.putFeedback(fb(), meta)).kind).toBe('created');
    }
    expect(seen.slice(0, 2345)).toEqual(records.map((r) => r.id));
  });

  it('stores hostile text verbatim, as data', async () => {
    const nasty = `'); DROP TABLE feedback; -- <script>alert(1)</script> ${randomUUID()}`;
    await store.putFeedback(fb({ comment: nasty }), meta);
    const [row] = await collect(store.feedbackRows());
    expect(row?.comment).toBe(nasty);
    expect((await store.counts()).feedback).toBe(1);
  });
});

describe('statistics from the store', () => {
  it('count, share satisfied and the 5-level distribution by unit, dimension, service, period and rating', async () => {
    const ratings = [5, 4, 4, 3, 1];
    for (const rating of ratings) await store.putFeedback(fb({ rating }), meta);
    await store.putFeedback(fb({ unit: 'phuong-vinh-chau-2025', dimension: 'd8', service: undefined, rating: 2 }), { ...meta, period: '2027-H1' });
    const stats = computeStats(await store.feedbackTally(), await store.latestReports(), new Map(), '2026-11-27');
    expect(stats.feedback.total).toEqual({ count: 6, satisfied: 3, shareSatisfied: 0.5, distribution: { 1: 1, 2: 1, 3: 1, 4: 2, 5: 1 } });
    expect(stats.feedback.byUnit.map((u) => [u.unit, u.count, u.shareSatisfied])).toEqual([
      ['phuong-vinh-chau-2025', 1, 0],
      ['xa-lac-hoa', 5, 0.6],
    ]);
    expect(stats.feedback.byDimension.map((d) => d.dimension)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8']);
    expect(stats.feedback.byDimension.find((d) => d.dimension === 'd5')).toMatchObject({ count: 5, satisfied: 3 });
    expect(stats.feedback.byDimension.find((d) => d.dimension === 'd1')).toMatchObject({ count: 0, shareSatisfied: null });
    expect(stats.feedback.byService).toEqual([{ service: 'khai-sinh', count: 5, satisfied: 3, shareSatisfied: 0.6, distribution: { 1: 1, 2: 0, 3: 1, 4: 2, 5: 1 } }]);
    expect(stats.feedback.byPeriod.map((p) => [p.period, p.count])).toEqual([
      ['2026-H2', 5],
      ['2027-H1', 1],
    ]);
    expect(stats.feedback.byRating).toEqual([
      { rating: 5, count: 1 },
      { rating: 4, count: 2 },
      { rating: 3, count: 1 },
      { rating: 2, count: 1 },
      { rating: 1, count: 1 },
    ]);
  });

  it('progress of each unit from its latest report, against the plan it names', async () => {
    const plan = VINH_CHAU_PLAN_2023;
    const own = tasksForUnit(plan, 'xa-lac-hoa');
    expect(own.length).toBeGreaterThan(1);
    const allDone = rp({ tasks: own.map((t) => ({ taskId: t.id, status: 'done' })), submittedAt: '2023-06-01T08:00:00+07:00' });
    await store.putReport(allDone, meta);
    const plans = new Map([[plan.id, plan]]);
    let [progress] = computeStats([], await store.latestReports(), plans, '2023-07-01').selfAssessment;
    expect(progress).toMatchObject({ unit: 'xa-lac-hoa', planKnown: true, reportId: allDone.id });
    expect(progress?.overall).toMatchObject({ total: own.length, done: own.length, ratio: 1 });
    const d = own[0]!.dimensions[0]!;
    expect(progress?.byDimension?.[d].done).toBe(own.filter((t) => t.dimensions.includes(d)).length);

    // A later report with one task back in progress replaces it in the statistics.
    const later = rp({ tasks: [{ taskId: own[0]!.id, status: 'in-progress' }, ...own.slice(1).map((t) => ({ taskId: t.id, status: 'done' }))], submittedAt: '2023-12-01T08:00:00+07:00', period: '2023-H2' });
    await store.putReport(later, meta);
    [progress] = computeStats([], await store.latestReports(), plans, '2023-12-02').selfAssessment;
    expect(progress).toMatchObject({ reportId: later.id, period: '2023-H2' });
    expect(progress?.overall).toMatchObject({ done: own.length - 1, inProgress: 1 });

    // A plan the collector does not hold: the reported tasks count, no per-dimension view.
    await store.putReport(rp({ planId: 'ke-hoach-khac', unit: 'xa-vinh-hai' }), meta);
    const other = computeStats([], await store.latestReports(), plans, '2023-12-02').selfAssessment.find((p) => p.planId === 'ke-hoach-khac');
    expect(other).toMatchObject({ planKnown: false, byDimension: null, overall: { total: 2, done: 1, inProgress: 1 } });
  });
});
