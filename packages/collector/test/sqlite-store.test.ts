import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackRecord } from '@papi/core';
import { SqliteStore } from '../src/index.js';
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
});
