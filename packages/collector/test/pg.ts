import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { describe, inject } from 'vitest';

/** A database of the test cluster (see test/support/postgres-setup.ts); '' when there is no server. */
export const pgUrl = inject('pgUrl');

/** A describe that runs only with a PostgreSQL server (the global setup fails the run in CI when there is none). */
export const describePg: typeof describe = pgUrl ? describe : (describe.skip as typeof describe);

export interface TestDatabase {
  /** The URL a store opens: its own database, or the shared test database with its own schema on the search path. */
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

const newName = (): string => `papi_${randomBytes(6).toString('hex')}`;

/** A short-lived connection, for set-up and for checks that look behind the store. */
export async function withSql<T>(url: string, f: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await f(sql);
  } finally {
    await sql.end();
  }
}

/**
 * An empty schema of its own in the shared test database, on the store's search path: as empty as a new database
 * for the store, in milliseconds rather than the second a CREATE DATABASE takes.
 */
export async function freshSchema(): Promise<TestDatabase> {
  const name = newName();
  await withSql(pgUrl, (sql) => sql.unsafe(`CREATE SCHEMA ${name}`));
  const url = new URL(pgUrl);
  url.searchParams.set('search_path', name);
  return {
    url: url.toString(),
    name,
    drop: () => withSql(pgUrl, (sql) => sql.unsafe(`DROP SCHEMA ${name} CASCADE`)).then(() => undefined),
  };
}

/** A new, empty database of its own (about a second); drop() ends its connections and removes it. */
export async function freshDatabase(): Promise<TestDatabase> {
  const name = newName();
  await withSql(pgUrl, (sql) => sql.unsafe(`CREATE DATABASE ${name}`));
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withSql(pgUrl, (sql) => sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
