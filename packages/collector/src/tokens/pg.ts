import type { Sql, TransactionSql } from 'postgres';
import type { NewUnitToken, StoredUnitToken, UnitTokenInfo } from './types.js';

/** The unit tokens' table in PostgreSQL (created by migration 1 of src/pg-schema.ts); the same rows as tokens/sqlite.ts. */
interface Row {
  id: string;
  unit: string;
  secret_hash: string;
  note: string | null;
  demo: boolean;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

const info = (r: Row): UnitTokenInfo => ({
  id: r.id,
  unit: r.unit,
  note: r.note,
  demo: r.demo,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

export class PgTokens {
  constructor(private readonly sql: Sql) {}

  /** Committed with synchronous_commit=on like every write; a taken id fails with a unique violation. */
  async insert(t: NewUnitToken): Promise<void> {
    await this.sql`
      INSERT INTO unit_tokens (id, unit, secret_hash, note, demo, created_at)
      VALUES (${t.id}, ${t.unit}, ${t.secretHash}, ${t.note ?? null}, ${t.demo ?? false}, ${t.createdAt})`;
  }

  async find(id: string): Promise<StoredUnitToken | undefined> {
    const [r] = await this.sql<Row[]>`SELECT * FROM unit_tokens WHERE id = ${id}`;
    return r ? { ...info(r), secretHash: r.secret_hash } : undefined;
  }

  async list(): Promise<UnitTokenInfo[]> {
    return (await this.sql<Row[]>`SELECT * FROM unit_tokens ORDER BY created_at COLLATE "C", id COLLATE "C"`).map(info);
  }

  async revoke(id: string, at: string): Promise<UnitTokenInfo | undefined> {
    await this.sql`UPDATE unit_tokens SET revoked_at = ${at} WHERE id = ${id} AND revoked_at IS NULL`;
    const [r] = await this.sql<Row[]>`SELECT * FROM unit_tokens WHERE id = ${id}`;
    return r ? info(r) : undefined;
  }

  /** Notes that a report came with the token, in the report's own transaction (tx). */
  static async touch(tx: TransactionSql, id: string, at: string): Promise<void> {
    await tx`UPDATE unit_tokens SET last_used_at = ${at} WHERE id = ${id}`;
  }
}
