import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackRecord } from '@papi/core';
import { SqliteStore } from '../src/index.js';
import { SCHEMA_VERSION } from '../src/sqlite-schema.js';
import { feedback } from './helpers.js';

let dir: string;
let path: string;
let store: SqliteStore;
const meta = { receivedAt: '2026-11-27T01:00:00.000Z', period: '2026-H2' };
const fb = (over: Record<string, unknown> = {}) => feedback(over) as unknown as FeedbackRecord;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'papi-store-'));
  path = join(dir, 'nested', 'papi.sqlite');
  store = new SqliteStore(path);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What only the SQLite store does; the contract both stores meet is in store-contract.ts (stores.test.ts). */
describe('SqliteStore', () => {
  it('creates its directory and its file, in WAL mode', () => {
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('opens a file written before receipt codes: old records keep none, new ones get theirs', async () => {
    const old = fb();
    await store.putFeedback(old, meta);
    await store.close();
    // The file as the collector of schema 1 left it: no receipt column.
    const db = new Database(path);
    db.exec('DROP INDEX feedback_receipt; ALTER TABLE feedback DROP COLUMN receipt');
    db.prepare('UPDATE feedback SET ack = ?').run(JSON.stringify({ id: old.id, receivedAt: meta.receivedAt }));
    db.pragma('user_version = 1');
    db.close();
    store = new SqliteStore(path);
    expect(await store.putFeedback(old, meta)).toEqual({
      kind: 'repeat',
      ack: { id: old.id, receivedAt: meta.receivedAt },
    });
    const fresh = await store.putFeedback(fb(), meta);
    expect(fresh.ack.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await store.receipt(fresh.ack.receipt!)).toMatchObject({ receipt: fresh.ack.receipt });
  });

  it('opens a file of schema 2, before answers: its feedback keeps its codes and can be answered, and is upgraded', async () => {
    const old = fb();
    const { ack } = await store.putFeedback(old, meta);
    await store.close();
    // The file as the collector of schema 2 left it: no answers, no inbox index.
    let db = new Database(path);
    db.exec('DROP TRIGGER answers_append_only; DROP TABLE answers; DROP INDEX feedback_unit');
    db.pragma('user_version = 2');
    db.close();
    store = new SqliteStore(path);
    expect(await store.receipt(ack.receipt!)).toEqual({
      receipt: ack.receipt,
      unit: old.unit,
      receivedAt: meta.receivedAt,
      status: 'received',
    });
    const change = { status: 'answered', answer: 'Đã trả lời.' } as const;
    expect(
      await store.answerFeedback(ack.receipt!, change, { at: '2026-12-01T00:00:00.000Z', by: 'k7mq3xpdab' }),
    ).toMatchObject({ status: 'answered', answer: 'Đã trả lời.' });
    expect((await store.putFeedback(old, meta)).ack).toEqual(ack);
    await store.close();
    db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'answers%' ORDER BY name").pluck().all()).toEqual(
      ['answers', 'answers_append_only', 'answers_feedback'],
    );
    db.close();
    store = new SqliteStore(path);
  });

  it('opens a file of schema 3, before dossier codes: its records keep theirs as they were, and it is upgraded', async () => {
    const old = fb({ contact: '0909 111 222', consent: true });
    const { ack } = await store.putFeedback(old, { ...meta, receivedAt: '2026-01-01T00:00:00.000Z' });
    await store.close();
    // The file as the collector of schema 3 left it: no dossier column, retention's index on contacts alone.
    let db = new Database(path);
    db.exec(`DROP INDEX feedback_personal_age; ALTER TABLE feedback DROP COLUMN dossier;
             CREATE INDEX feedback_contact_age ON feedback (received_at) WHERE contact IS NOT NULL`);
    db.pragma('user_version = 3');
    db.close();
    store = new SqliteStore(path);
    expect(await store.putFeedback(old, meta)).toEqual({ kind: 'repeat', ack });
    expect((await store.putFeedback({ ...old, dossier: 'H59.24-261127-0042' }, meta)).kind).toBe('conflict');
    const kiosk = fb({ dossier: 'H59.24-261127-0042' });
    const { ack: kioskAck } = await store.putFeedback(kiosk, { ...meta, receivedAt: '2026-01-02T00:00:00.000Z' });
    expect((await store.unitFeedback('xa-lac-hoa', { limit: 5 })).rows.map((r) => [r.receipt, r.dossier])).toEqual([
      [kioskAck.receipt, 'H59.24-261127-0042'],
      [ack.receipt, null],
    ]);
    // Retention finds both kinds of personal data through the new index.
    expect(await store.eraseContacts('2026-02-01T00:00:00.000Z')).toBe(2);
    expect((await store.putFeedback(kiosk, meta)).kind).toBe('repeat');
    await store.close();
    db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'feedback_%_age'").pluck().all(),
    ).toEqual(['feedback_personal_age']);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM feedback WHERE (contact IS NOT NULL OR dossier IS NOT NULL) AND received_at < '2026'",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('feedback_personal_age');
    expect(db.prepare('SELECT contact, dossier FROM feedback ORDER BY seq').all()).toEqual([
      { contact: null, dossier: null },
      { contact: null, dossier: null },
    ]);
    db.close();
    store = new SqliteStore(path);
  });

  it('refuses to change the answers history in place', async () => {
    const { ack } = await store.putFeedback(fb(), meta);
    await store.answerFeedback(ack.receipt!, { status: 'in-progress' }, { at: meta.receivedAt, by: 't' });
    const db = new Database(path);
    try {
      expect(() => db.prepare("UPDATE answers SET status = 'answered'").run()).toThrow(
        'the answers history is append-only',
      );
    } finally {
      db.close();
    }
    expect((await store.receipt(ack.receipt!))?.status).toBe('in-progress');
  });

  it('never acknowledges an answer whose sync failed, and takes it back out', async () => {
    await store.close();
    const pending: ((error: NodeJS.ErrnoException | null) => void)[] = [];
    store = new SqliteStore(path, { fdatasync: (_fd, done) => pending.push(done) });
    const put = store.putFeedback(fb(), meta);
    await vi.waitFor(() => expect(pending.length).toBe(1), { timeout: 10_000 });
    pending[0]!(null);
    const code = (await put).ack.receipt!;
    const answer = store.answerFeedback(
      code,
      { status: 'answered', answer: 'Xong.' },
      { at: meta.receivedAt, by: 't' },
    );
    await vi.waitFor(() => expect(pending.length).toBe(2), { timeout: 10_000 });
    pending[1]!(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    await expect(answer).rejects.toThrow('EIO');
    expect(await store.receipt(code)).toMatchObject({ status: 'received' });
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM answers').pluck().get()).toBe(0);
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

  // 10 000 durable writes: about 2 s on a quiet machine, but vitest's 5 s default is not a budget for a busy one.
  it(
    'checkpoints on its own thread and restarts the log, so the log stays small under a steady load',
    { timeout: 60_000 },
    async () => {
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
    },
  );
});
