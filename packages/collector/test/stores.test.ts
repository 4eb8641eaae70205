import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { PgStore, SqliteStore } from '../src/index.js';
import { describePg, freshSchema } from './pg.js';
import { storeContract } from './store-contract.js';

// Every store meets the same contract; "another instance" is another connection to the same file or database.
describe('SQLite', () => {
  storeContract('SqliteStore', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-store-'));
    const path = join(dir, 'papi.sqlite');
    return {
      open: async () => new SqliteStore(path),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  });
});

describePg('PostgreSQL', () => {
  storeContract('PgStore', async () => {
    const db = await freshSchema();
    return { open: () => PgStore.open(db.url), cleanup: () => db.drop() };
  });
});
