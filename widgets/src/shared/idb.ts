import { openDB, type IDBPDatabase } from 'idb';

/**
 * Whether this page may use IndexedDB at all. Reading `indexedDB` itself throws in sandboxed frames and where the
 * browser blocks storage, so even `typeof indexedDB` must be guarded.
 */
export function indexedDbAvailable(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}

/** Whether an error means "this device cannot keep anything" rather than a bug: blocked, refused, full or closing. */
export function isStorageError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return (
    typeof name === 'string' &&
    [
      'SecurityError',
      'QuotaExceededError',
      'InvalidStateError',
      'UnknownError',
      'NotFoundError',
      'AbortError',
      'VersionError',
      'NotAllowedError',
      'StorageUnavailable',
    ].includes(name)
  );
}

/** The error a missing IndexedDB gives, named so that `isStorageError` knows it. */
function unavailable(): Error {
  const error = new Error('IndexedDB is not available on this page');
  error.name = 'StorageUnavailable';
  return error;
}

/**
 * One object store of one database, opened on first use and shared by a module (the outbox, the unit tokens, the
 * self-assessment). Other stores may live in the same database at whatever version it has reached: the store is
 * added by one version step when it is missing. The connection steps aside when another tab needs to upgrade, and
 * is opened again on the next use after that, or after a failure.
 */
export class StoreConnection {
  private db: Promise<IDBPDatabase> | undefined;

  constructor(
    readonly dbName: string,
    readonly storeName: string,
    private readonly storeOptions: IDBObjectStoreParameters = {},
  ) {}

  open(): Promise<IDBPDatabase> {
    this.db ??= this.connect().catch((error: unknown) => {
      this.db = undefined;
      throw error;
    });
    return this.db;
  }

  /** Closes the connection (tests; a page never needs it). */
  close(): void {
    const db = this.db;
    this.db = undefined;
    db?.then(
      (d) => d.close(),
      () => undefined,
    );
  }

  private async connect(): Promise<IDBPDatabase> {
    if (!indexedDbAvailable()) throw unavailable();
    const forget = (): void => {
      this.db = undefined;
    };
    const callbacks = {
      upgrade: (db: IDBPDatabase, _old: number, _new: number | null, transaction: { done: Promise<void> }) => {
        // An aborted upgrade already fails the open itself; its transaction's promise would only add an unhandled copy.
        transaction.done.catch(() => undefined);
        if (!db.objectStoreNames.contains(this.storeName)) db.createObjectStore(this.storeName, this.storeOptions);
      },
      blocking: (_current: number, _next: number | null, event: IDBVersionChangeEvent) => {
        forget();
        (event.target as IDBDatabase).close();
      },
      terminated: forget,
    };
    const db = await openDB(this.dbName, undefined, callbacks);
    if (db.objectStoreNames.contains(this.storeName)) return db;
    db.close();
    return openDB(this.dbName, db.version + 1, callbacks);
  }
}
