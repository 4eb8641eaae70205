import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SqliteCommitQueue, type SyncFunction } from '../src/sqlite-commit-queue.js';
import { StoreFailedError } from '../src/store.js';

type Done = (error: NodeJS.ErrnoException | null) => void;

/**
 * The commit queue on its own, over a real database file with one table: what it promises its store (order, one
 * failure kept to itself, an answer only once the log is on disk, a failed sync final) without the store's records.
 */
describe('the SQLite commit queue', () => {
  let dir: string;
  let path: string;
  let db: Database.Database;
  let queue: SqliteCommitQueue<number> | undefined;
  let discarded: number[];
  /** Syncs the test holds back: each is answered by the test (null: synced). */
  let held: Done[];
  const holdSyncs: SyncFunction = (_fd, done) => held.push(done);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'papi-commit-queue-'));
    path = join(dir, 'q.db');
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (seq INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)');
    discarded = [];
    held = [];
  });

  afterEach(async () => {
    await queue?.close();
    queue = undefined;
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = (options: { syncEachCommit?: boolean; fdatasync?: SyncFunction } = {}) =>
    (queue = new SqliteCommitQueue<number>(db, {
      path,
      syncEachCommit: options.syncEachCommit ?? true,
      ...(options.fdatasync ? { fdatasync: options.fdatasync } : {}),
      committed: () => db.prepare('SELECT COALESCE(MAX(seq), 0) FROM t').pluck().get() as number,
      discardSince: (seq) => {
        discarded.push(seq);
        db.prepare('DELETE FROM t WHERE seq > ?').run(seq);
      },
    }));
  const insert = (v: string) => () => Number(db.prepare('INSERT INTO t (v) VALUES (?)').run(v).lastInsertRowid);
  /** What another connection sees: what was committed, not what is still inside a transaction. */
  const committedRows = (): string[] => {
    const other = new Database(path, { readonly: true });
    try {
      return other.prepare('SELECT v FROM t ORDER BY seq').pluck().all() as string[];
    } finally {
      other.close();
    }
  };
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

  it('commits writes in the order they were made and answers each with its own result', async () => {
    const q = start();
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((v) => q.write(insert(v))));
    expect(results).toEqual([1, 2, 3, 4]);
    expect(committedRows()).toEqual(['a', 'b', 'c', 'd']);
    expect(await q.write(insert('e'))).toBe(5);
  });

  it('commits writes made in the same turn together, with one sync for them all', async () => {
    const q = start({ fdatasync: holdSyncs });
    const writes = ['a', 'b', 'c'].map((v) => q.write(insert(v)));
    await vi.waitFor(() => expect(held.length).toBe(1));
    expect(committedRows()).toEqual(['a', 'b', 'c']);
    held[0]!(null);
    expect(await Promise.all(writes)).toEqual([1, 2, 3]);
    expect(held.length).toBe(1);
  });

  it('fails a write that throws alone: the writes beside it commit and are answered with their own results', async () => {
    const q = start();
    const writes = [
      q.write(insert('a')),
      q.write(insert('a')), // the UNIQUE constraint refuses it
      q.write(() => {
        insert('half')();
        throw new Error('refused after writing');
      }),
      q.write(insert('b')),
    ];
    const settled = await Promise.allSettled(writes);
    expect(settled[0]).toEqual({ status: 'fulfilled', value: 1 });
    expect(settled[1]).toMatchObject({ status: 'rejected', reason: { code: 'SQLITE_CONSTRAINT_UNIQUE' } });
    expect(settled[2]).toMatchObject({ status: 'rejected', reason: { message: 'refused after writing' } });
    // The batch was run again with a savepoint per write: 'b' follows 'a' in the table as in the queue.
    expect(settled[3]).toEqual({ status: 'fulfilled', value: 2 });
    // What a failing write did before it threw is rolled back with it; the others' rows are there.
    expect(committedRows()).toEqual(['a', 'b']);
  });

  it('answers a write only once the log holding it is synced, and writes arriving meanwhile wait for the next sync', async () => {
    const q = start({ fdatasync: holdSyncs });
    let firstSettled = false;
    const first = q.write(insert('a')).then((r) => ((firstSettled = true), r));
    await vi.waitFor(() => expect(held.length).toBe(1));
    // Committed, not yet on disk: no answer.
    await turn();
    expect(firstSettled).toBe(false);
    const second = q.write(insert('b'));
    const third = q.write(insert('c'));
    await turn();
    // Not committed while the first sync runs: it is committed, with its neighbour, when that sync ends.
    expect(committedRows()).toEqual(['a']);
    expect(held.length).toBe(1);
    held[0]!(null);
    expect(await first).toBe(1);
    await vi.waitFor(() => expect(held.length).toBe(2));
    expect(committedRows()).toEqual(['a', 'b', 'c']);
    let laterSettled = false;
    const later = Promise.all([second, third]).then((r) => ((laterSettled = true), r));
    await turn();
    expect(laterSettled).toBe(false);
    held[1]!(null);
    expect(await later).toEqual([2, 3]);
  });

  it('with syncEachCommit off, answers once committed, without syncing', async () => {
    const q = start({ syncEachCommit: false, fdatasync: holdSyncs });
    expect(await q.write(insert('a'))).toBe(1);
    expect(held.length).toBe(0);
  });

  it('never acknowledges a write whose sync failed, refuses every later write, and discards what was not synced', async () => {
    const q = start({ fdatasync: holdSyncs });
    const first = q.write(insert('a'));
    await vi.waitFor(() => expect(held.length).toBe(1));
    held[0]!(null);
    expect(await first).toBe(1);
    const second = q.write(insert('b'));
    await vi.waitFor(() => expect(held.length).toBe(2));
    // Arrives during the failing sync: never committed.
    const third = q.write(insert('c'));
    held[1]!(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    const failure = await second.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoreFailedError);
    expect((failure as StoreFailedError).detail).toBe('EIO: i/o error, fdatasync');
    await expect(third).rejects.toBe(failure);
    // What the last good sync covered stays; the unacknowledged row is taken back out.
    expect(discarded).toEqual([1]);
    expect(committedRows()).toEqual(['a']);
    expect(q.failure).toBe(failure);
    await expect(q.write(insert('d'))).rejects.toBe(failure);
    expect(committedRows()).toEqual(['a']);
  });

  it('on close, commits the writes already accepted and answers them once synced; later writes are refused', async () => {
    const q = start({ fdatasync: holdSyncs });
    const write = q.write(insert('a'));
    let closed = false;
    const closing = q.close().then(() => (closed = true));
    // close() committed the queued write at once and waits for its sync.
    expect(committedRows()).toEqual(['a']);
    await vi.waitFor(() => expect(held.length).toBe(1));
    await turn();
    expect(closed).toBe(false);
    held[0]!(null);
    await closing;
    expect(await write).toBe(1);
    expect(q.closed).toBe(true);
    await expect(q.write(insert('b'))).rejects.toThrow('the store is closed');
  });
});
