import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code, kept inline so that the bundled command needs no second file. Its own connection to the
 * database runs PASSIVE checkpoints on request; with synchronous=NORMAL, SQLite syncs the log before copying it into
 * the database and the database before marking the frames as copied, so a checkpoint never loses a commit.
 */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error && error.message) });
  }
});
`;

/**
 * Copies the write-ahead log into the database on a thread of its own. A checkpoint reads and writes a thousand
 * pages and syncs the database file: run by the connection that commits, as SQLite does by default, it would stall
 * the event loop, every request included, for milliseconds at a time.
 */
export class Checkpointer {
  private readonly worker: Worker;
  private pending: { resolve: () => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;
  private readonly exited: Promise<void>;

  constructor(path: string) {
    const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(SOURCE, { eval: true, workerData: { path, sqlite } });
    // A store that is never closed must not keep the process alive.
    this.worker.unref();
    this.worker.on('message', (m: { ok: true } | { ok: false; message: string }) => {
      const p = this.pending;
      this.pending = undefined;
      if (m.ok) p?.resolve();
      else p?.reject(new Error(m.message));
    });
    this.worker.on('error', (error) => (this.failure = error));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        this.failure ??= new Error('the checkpoint worker has stopped');
        this.pending?.reject(this.failure);
        this.pending = undefined;
        resolve();
      }),
    );
  }

  /** One PASSIVE checkpoint; one at a time. */
  run(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.pending) return Promise.reject(new Error('a checkpoint is already running'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage('checkpoint');
    });
  }

  /** Lets a running checkpoint finish, then closes the worker's connection. */
  async close(): Promise<void> {
    if (!this.failure) this.worker.postMessage('close');
    await this.exited;
  }
}
