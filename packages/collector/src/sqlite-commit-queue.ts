import type Database from 'better-sqlite3';
import { closeSync, fdatasync, openSync } from 'node:fs';
import { Checkpointer } from './checkpointer.js';
import { StoreFailedError } from './store.js';

/** About as many log frames between checkpoints as SQLite's own wal_autocheckpoint default. */
const CHECKPOINT_FRAMES = 1000;
/** The longest commits wait for the checkpoint's final pass. */
const HOLD_MAX_MS = 250;

export type SyncFunction = (fd: number, callback: (error: NodeJS.ErrnoException | null) => void) => void;

export interface CommitQueueOptions<M> {
  /** The database's file, or ':memory:' (no log to sync, no checkpoints). */
  readonly path: string;
  /**
   * true: a write resolves only once the write-ahead log holding it is fdatasync'd (synchronous=FULL's guarantee).
   * false: once committed to the operating system, which survives a killed process but not a power cut.
   */
  readonly syncEachCommit: boolean;
  /** The sync call (node:fs fdatasync by default); tests replace it to hold a sync back or make it fail. */
  readonly fdatasync?: SyncFunction;
  /** What is committed so far, read when a sync starts: what that sync makes durable (e.g. each table's highest seq). */
  readonly committed: () => M;
  /**
   * After a failed sync: removes what was committed since `durable`, the last mark a sync covered. None of it was
   * acknowledged. Runs in a transaction of its own; should it throw, the transaction is rolled back.
   */
  readonly discardSince: (durable: M) => void;
}

interface Pending {
  readonly run: () => unknown;
  readonly resolve: (value: never) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The SQLite store's writes, committed in groups and acknowledged only once durable. One connection, in WAL mode
 * with synchronous=NORMAL and wal_autocheckpoint=0 (the caller sets both up).
 *
 * - `write(run)`: runs `run` inside a transaction and resolves with its result once the commit is durable. Writes
 *   arriving in the same turn of the event loop commit together, in the order they were made (group commit); one
 *   that throws is rolled back alone and rejects with its error, the others commit and resolve (see commitBatch).
 * - Durability without blocking: SQLite's synchronous=FULL would fsync inside the commit and stall the event loop
 *   for a disk flush. Instead, after each commit the log is fdatasync'd on libuv's thread pool and the writes resolve
 *   once that is done. Writes arriving during a sync are committed together when it ends, so a busy store commits
 *   once per sync. Checkpoints run on a worker thread (Checkpointer) for the same reason.
 * - A failed sync is final (see fail): every write then rejects with `failure`, a StoreFailedError.
 * - `close()`: commits what is queued, waits for the syncs its answers need, and stops the checkpoint thread; the
 *   caller closes the connection afterwards.
 */
export class SqliteCommitQueue<M> {
  private queue: Pending[] = [];
  private flushScheduled = false;
  private closedFlag = false;
  private readonly fdatasync: SyncFunction;
  private walFd: number | undefined;
  private syncing = false;
  private awaitingSync: ((error: NodeJS.ErrnoException | null) => void)[] = [];
  private syncsDone: (() => void)[] = [];
  private checkpointer: Checkpointer | undefined;
  /** Set for good by a failed sync: every write is then refused (see fail). */
  private failed: StoreFailedError | undefined;
  /** What is known to be on disk; what was committed after it was never acknowledged. */
  private durable: M;
  /** Log frames written since the last checkpoint, estimated: a page per write and one more per commit. */
  private framesSinceCheckpoint = 0;
  private checkpointing = false;
  /** While the last frames are copied in, commits wait, so that the log is then whole in the database and restarts. */
  private holding = false;
  private readonly stmts: ReturnType<typeof prepareTransactions>;

  constructor(
    private readonly db: Database.Database,
    private readonly options: CommitQueueOptions<M>,
  ) {
    this.fdatasync = options.fdatasync ?? fdatasync;
    this.stmts = prepareTransactions(db);
    // Whatever is in the database when the queue starts was made durable by the opening checkpoint and sync.
    this.durable = options.committed();
  }

  /** Why writes are refused for good, once a sync failed. */
  get failure(): StoreFailedError | undefined {
    return this.failed;
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  write<T>(run: () => T): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.closedFlag) return Promise.reject(new Error('the store is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run, resolve: resolve as (value: never) => void, reject });
      // While a sync runs or a checkpoint holds commits, writes wait and are then committed together (see flush).
      if (!this.flushScheduled && !this.syncing && !this.holding) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async close(): Promise<void> {
    if (this.closedFlag) return;
    this.closedFlag = true;
    this.flush();
    // Answers still waiting for their sync get it before the database closes.
    while (this.syncing) await new Promise<void>((resolve) => this.syncsDone.push(resolve));
    await this.checkpointer?.close();
    if (this.walFd !== undefined) closeSync(this.walFd);
  }

  private flush(): void {
    this.flushScheduled = false;
    // A commit during a sync could not be answered before that sync and another had run: the writes wait, and the
    // sync's end (or the hold's, see release) commits them all in one transaction.
    if ((this.syncing || this.holding) && !this.closedFlag) return;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    if (this.failed) return batch.forEach((p) => p.reject(this.failed));
    let results: { ok: boolean; value: unknown }[];
    try {
      results = this.commitBatch(batch);
      this.framesSinceCheckpoint += batch.length + 1;
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing in the batch is durable, so nobody gets a 2xx.
      if (this.db.inTransaction) this.stmts.rollback.run();
      for (const p of batch) p.reject(error);
      return;
    }
    const settle = (): void =>
      batch.forEach((p, i) => (results[i]!.ok ? p.resolve(results[i]!.value as never) : p.reject(results[i]!.value)));
    if (this.framesSinceCheckpoint >= CHECKPOINT_FRAMES && this.options.path !== ':memory:') this.checkpoint();
    if (!this.options.syncEachCommit) return settle();
    this.syncLog((error) => (error ? batch.forEach((p) => p.reject(error)) : settle()));
  }

  /**
   * Copies the log into the database on the checkpoint thread. That pass copies what was committed when it began;
   * commits go on meanwhile, so a second, short pass follows with commits held (they queue as during a sync), which
   * leaves the whole log copied: the next commit then starts the log over from its beginning instead of growing it.
   * Should the worker fail, SQLite's own checkpoints in this connection take over.
   */
  private checkpoint(): void {
    if (this.checkpointing || this.closedFlag) return;
    this.checkpointing = true;
    this.framesSinceCheckpoint = 0;
    try {
      this.checkpointer ??= new Checkpointer(this.options.path);
    } catch {
      return this.checkpointsInline();
    }
    const checkpointer = this.checkpointer;
    checkpointer
      .run()
      .then(() => {
        // The first pass reports the log as it was when the pass began, not what was committed since: hold always.
        if (this.closedFlag) return;
        this.holding = true;
        // Should that pass hang, commits go on after a while; the log then just does not restart this time.
        const release = setTimeout(() => this.release(), HOLD_MAX_MS);
        return checkpointer.run().finally(() => clearTimeout(release));
      })
      .then(
        () => this.endCheckpoint(),
        () => {
          this.endCheckpoint();
          this.checkpointsInline();
        },
      );
  }

  private endCheckpoint(): void {
    this.checkpointing = false;
    this.release();
  }

  /** Ends a hold on commits: what queued meanwhile is committed now, unless a sync is running (its end commits it). */
  private release(): void {
    if (!this.holding) return;
    this.holding = false;
    if (this.queue.length > 0 && !this.syncing && !this.flushScheduled) this.flush();
  }

  /** Hands checkpoints back to SQLite in this connection, for good: checkpoint() does nothing from now on. */
  private checkpointsInline(): void {
    this.checkpointing = true;
    if (!this.closedFlag) this.db.pragma('wal_autocheckpoint = 1000');
  }

  /**
   * Runs the batch in one transaction and commits it; a failing write is rolled back alone and the rest commit.
   * Writes rarely fail (the server validated them), so the batch first runs without savepoints: a savepoint per
   * write would double the statements each one costs. Should any write throw, the transaction is rolled back and
   * the batch run again with a savepoint around every write, so that the failure stays its own. Prepared
   * BEGIN/SAVEPOINT statements rather than db.transaction(), which builds a wrapper on every call.
   */
  private commitBatch(batch: readonly Pending[]): { ok: boolean; value: unknown }[] {
    const results: { ok: boolean; value: unknown }[] = [];
    this.stmts.begin.run();
    try {
      for (const p of batch) results.push({ ok: true, value: p.run() });
    } catch {
      if (this.db.inTransaction) this.stmts.rollback.run();
      results.length = 0;
      this.stmts.begin.run();
      for (const p of batch) {
        this.stmts.savepoint.run();
        try {
          results.push({ ok: true, value: p.run() });
          this.stmts.release.run();
        } catch (error) {
          this.stmts.rollbackTo.run();
          this.stmts.release.run();
          results.push({ ok: false, value: error });
        }
      }
    }
    this.stmts.commit.run();
    return results;
  }

  /**
   * Calls back once the write-ahead log is on disk up to this moment. One fdatasync at a time: batches committed
   * while one runs wait for the next, which then covers them all, so a busy store syncs once per disk flush rather
   * than once per batch.
   */
  private syncLog(done: (error: NodeJS.ErrnoException | null) => void): void {
    this.awaitingSync.push(done);
    if (!this.syncing) this.startSync();
  }

  private startSync(): void {
    const waiting = this.awaitingSync.splice(0);
    try {
      // The log exists from the first commit on and stays the same file while this connection is open.
      this.walFd ??= openSync(`${this.options.path}-wal`, 'r+');
    } catch (error) {
      for (const done of waiting) done(error as NodeJS.ErrnoException);
      return;
    }
    this.syncing = true;
    // Everything committed so far: what this sync covers.
    const upTo = this.options.committed();
    this.fdatasync(this.walFd, (error) => {
      this.syncing = false;
      if (error) this.fail(error);
      else this.durable = upTo;
      for (const done of waiting) done(this.failed ?? null);
      if (this.failed) {
        for (const done of this.awaitingSync.splice(0)) done(this.failed);
        for (const resolve of this.syncsDone.splice(0)) resolve();
        return;
      }
      // The writes that arrived during the sync: committed now, and their sync started right away.
      if (this.queue.length > 0) this.flush();
      if (this.awaitingSync.length > 0 && !this.syncing) this.startSync();
      else if (!this.syncing) for (const resolve of this.syncsDone.splice(0)) resolve();
    });
  }

  /**
   * A failed fdatasync is fatal for durability: the kernel may have dropped the unwritten pages while still showing
   * them to readers, and a later successful sync says nothing about them. Every later write is refused (the store
   * answers 503 storage-failed; health says so), and what was committed since the last good sync, none of it
   * acknowledged, is discarded so that no later run answers it as a repeat; the outbox re-sends it after a restart.
   * Should that fail, the next start's checkpoint syncs what is visible before answering anything.
   */
  private fail(error: NodeJS.ErrnoException): void {
    if (this.failed) return;
    const code = error.code ?? 'error';
    this.failed = new StoreFailedError(error.message.startsWith(code) ? error.message : `${code}: ${error.message}`);
    for (const p of this.queue.splice(0)) p.reject(this.failed);
    try {
      this.stmts.begin.run();
      this.options.discardSince(this.durable);
      this.stmts.commit.run();
    } catch {
      if (this.db.inTransaction) this.stmts.rollback.run();
    }
  }
}

function prepareTransactions(db: Database.Database) {
  return {
    savepoint: db.prepare('SAVEPOINT op'),
    release: db.prepare('RELEASE op'),
    rollbackTo: db.prepare('ROLLBACK TO op'),
    begin: db.prepare('BEGIN IMMEDIATE'),
    commit: db.prepare('COMMIT'),
    rollback: db.prepare('ROLLBACK'),
  };
}
