import type { CollectorConfig } from './config.js';
import { PgStore } from './pg-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

/** PostgreSQL when the configuration has a database URL, else SQLite at its file (the default). */
export async function openStore(
  config: Pick<CollectorConfig, 'dbPath' | 'databaseUrl' | 'synchronous'>,
): Promise<Store> {
  return config.databaseUrl !== undefined
    ? PgStore.open(config.databaseUrl)
    : new SqliteStore(config.dbPath, { synchronous: config.synchronous });
}

/** The engine's name for people: "SQLite" or "PostgreSQL". */
export const engineName = (store: Store): string => (store.kind === 'postgresql' ? 'PostgreSQL' : 'SQLite');
