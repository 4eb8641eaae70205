import type { TestProject } from 'vitest/node';
import { POSTGRES_INSTALL_HINT, findPostgresBin, postgresRequired, startPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database in the throw-away cluster (postgres://papi@127.0.0.1:PORT/papi_test), for tests to make schemas or other databases from; '' when there is no server. */
    pgUrl: string;
  }
}

/**
 * One throw-away PostgreSQL cluster for the unit tests that need one (each makes its own databases in it). Without
 * a server the PostgreSQL tests are skipped with a loud message, except in CI, where that is a failure.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const bin = findPostgresBin();
  if (!bin) {
    if (postgresRequired())
      throw new Error(
        `The PostgreSQL tests may not be skipped in CI, and no server was found: ${POSTGRES_INSTALL_HINT}.`,
      );
    const line = '!'.repeat(100);
    console.warn(
      `\n${line}\n!! No PostgreSQL server: the PostgreSQL store's tests are SKIPPED. To run them, ${POSTGRES_INSTALL_HINT}.\n${line}\n`,
    );
    project.provide('pgUrl', '');
    return undefined;
  }
  const cluster = await startPostgres(bin);
  try {
    project.provide('pgUrl', await cluster.createDatabase('papi_test'));
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return () => cluster.stop();
}
