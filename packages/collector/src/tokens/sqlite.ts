import type Database from 'better-sqlite3';
import type { NewUnitToken, StoredUnitToken, UnitTokenInfo } from './types.js';

/**
 * The unit tokens' table in the collector's SQLite file, and the reports' token_id (which token sent each report,
 * for the office to trace what a leaked token did). Created on an older file when missing, without a schema version
 * of its own: CREATE … IF NOT EXISTS and a column added only when absent are safe to run at every start.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS unit_tokens (
  id           TEXT PRIMARY KEY,
  unit         TEXT NOT NULL,
  secret_hash  TEXT NOT NULL,
  note         TEXT,
  demo         INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  revoked_at   TEXT,
  last_used_at TEXT
);
`;

interface Row {
  id: string;
  unit: string;
  secret_hash: string;
  note: string | null;
  demo: number;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

const info = (r: Row): UnitTokenInfo => ({
  id: r.id,
  unit: r.unit,
  note: r.note,
  demo: r.demo === 1,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

/** Creates the table, and the reports' token_id column, where they are missing. Runs before statements are prepared. */
export function migrateTokens(db: Database.Database): void {
  db.exec(SCHEMA);
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('reports')").all();
  if (columns.length > 0 && !columns.some((c) => c.name === 'token_id'))
    db.exec('ALTER TABLE reports ADD COLUMN token_id TEXT');
}

/** The statements; writes are called by SqliteStore inside its durable commit queue, reads directly. */
export class SqliteTokens {
  private readonly stmts;

  constructor(db: Database.Database) {
    this.stmts = {
      insert: db.prepare(
        'INSERT INTO unit_tokens (id, unit, secret_hash, note, demo, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      find: db.prepare<[string], Row>('SELECT * FROM unit_tokens WHERE id = ?'),
      list: db.prepare<[], Row>('SELECT * FROM unit_tokens ORDER BY created_at, id'),
      revoke: db.prepare('UPDATE unit_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      touch: db.prepare('UPDATE unit_tokens SET last_used_at = ? WHERE id = ?'),
    };
  }

  insert(t: NewUnitToken): void {
    this.stmts.insert.run(t.id, t.unit, t.secretHash, t.note ?? null, t.demo ? 1 : 0, t.createdAt);
  }

  find(id: string): StoredUnitToken | undefined {
    const r = this.stmts.find.get(id);
    return r ? { ...info(r), secretHash: r.secret_hash } : undefined;
  }

  list(): UnitTokenInfo[] {
    return this.stmts.list.all().map(info);
  }

  revoke(id: string, at: string): UnitTokenInfo | undefined {
    this.stmts.revoke.run(at, id);
    const r = this.stmts.find.get(id);
    return r ? info(r) : undefined;
  }

  /** Notes that a report came with the token: in the report's own transaction, so it costs no commit of its own. */
  touch(id: string, at: string): void {
    this.stmts.touch.run(at, id);
  }
}
