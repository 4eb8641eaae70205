import { afterEach, expect, it } from 'vitest';
import type { FeedbackRecord } from '@papi/core';
import { MIGRATIONS, PG_SCHEMA_VERSION, PgStore, bodyHash, canonicalFeedback } from '../src/index.js';
import { feedback } from './helpers.js';
import { type TestDatabase, describePg, freshDatabase, freshSchema, withSql } from './pg.js';

const meta = { receivedAt: '2026-11-27T01:00:00.000Z', period: '2026-H2' };
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});
async function database(kind: 'own' | 'schema' = 'schema'): Promise<TestDatabase> {
  const db = kind === 'own' ? await freshDatabase() : await freshSchema();
  cleanups.push(() => db.drop());
  return db;
}
async function open(url: string): Promise<PgStore> {
  const store = await PgStore.open(url);
  cleanups.push(() => store.close());
  return store;
}

/** What only the PostgreSQL store does; the contract both stores meet is in store-contract.ts (stores.test.ts). */
describePg('PgStore', () => {
  it('creates its schema once when several instances start at once on an empty database', async () => {
    const db = await database('own');
    const stores = await Promise.all(Array.from({ length: 6 }, () => open(db.url)));
    await Promise.all(stores.map((s) => s.putFeedback(feedback() as unknown as FeedbackRecord, meta)));
    expect((await stores[5]!.counts()).feedback).toBe(6);
    await withSql(db.url, async (sql) => {
      expect((await sql`SELECT version FROM papi_schema ORDER BY version`).map((r) => r.version)).toEqual(
        Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1),
      );
      const tables =
        await sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
      expect(tables.map((r) => r.table_name)).toEqual([
        'answers',
        'feedback',
        'papi_schema',
        'report_tasks',
        'reports',
        'unit_tokens',
      ]);
    });
  }, 30_000);

  it('leaves a migrated database as it is on the next start', async () => {
    const db = await database();
    const first = await open(db.url);
    const record = feedback() as unknown as FeedbackRecord;
    await first.putFeedback(record, meta);
    await first.close();
    const again = await open(db.url);
    expect((await again.putFeedback(record, meta)).kind).toBe('repeat');
    await withSql(db.url, async (sql) =>
      expect((await sql`SELECT count(*)::int AS n FROM papi_schema`)[0]!.n).toBe(PG_SCHEMA_VERSION),
    );
  });

  it('keeps the answers history append-only but for the erasure of an answer’s text (migration 6)', async () => {
    const db = await database();
    const store = await open(db.url);
    const record = feedback({ comment: 'Tôi là Sơn' }) as unknown as FeedbackRecord;
    const { ack } = await store.putFeedback(record, meta);
    const by = { at: '2026-11-28T01:00:00.000Z', by: 'k7mq3xpdab' };
    await store.answerFeedback(ack.receipt!, { status: 'answered', answer: 'Anh Sơn: đã xong.' }, by);
    await withSql(db.url, async (sql) => {
      await expect(sql`UPDATE answers SET status = 'in-progress'`).rejects.toThrow('append-only');
      await expect(sql`UPDATE answers SET answer = 'Sửa lại'`).rejects.toThrow('append-only');
      await expect(sql`UPDATE answers SET answer = NULL, changed_at = '2026-11-29'`).rejects.toThrow('append-only');
      await sql`UPDATE answers SET answer = NULL`;
      expect(await sql`SELECT status, answer, changed_at FROM answers`).toEqual([
        { status: 'answered', answer: null, changed_at: by.at },
      ]);
    });
  });

  it('migrates a database of schema 3, before answers: its feedback keeps its codes and can be answered', async () => {
    const db = await database();
    // The database as the collector of schema 3 left it, with a feedback record in it.
    const receipt = 'K7MQ-3XPD';
    await withSql(db.url, (sql) =>
      sql.begin(async (tx) => {
        await tx.unsafe(
          'CREATE TABLE papi_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
        );
        for (const [i, migration] of MIGRATIONS.slice(0, 3).entries()) {
          for (const statement of migration) await tx.unsafe(statement);
          await tx`INSERT INTO papi_schema (version) VALUES (${i + 1})`;
        }
        const r = feedback() as unknown as FeedbackRecord;
        await tx`
          INSERT INTO feedback (id, unit, rating, lang, created_at, period, received_at, body_hash, ack, receipt)
          VALUES (${r.id}, 'xa-lac-hoa', 4, 'vi', ${r.createdAt}, '2026-H2', ${meta.receivedAt}, 'h', '{}', ${receipt})`;
      }),
    );
    const store = await open(db.url);
    expect(await store.receipt(receipt)).toEqual({
      receipt,
      unit: 'xa-lac-hoa',
      receivedAt: meta.receivedAt,
      status: 'received',
    });
    expect(
      await store.answerFeedback(
        receipt,
        { status: 'answered', answer: 'Đã trả lời.' },
        { at: '2026-12-01T00:00:00.000Z', by: 'k7mq3xpdab' },
      ),
    ).toMatchObject({ status: 'answered', answer: 'Đã trả lời.', answeredAt: '2026-12-01T00:00:00.000Z' });
    expect((await store.unitFeedback('xa-lac-hoa', { limit: 5 })).rows.map((r) => r.receipt)).toEqual([receipt]);
    await withSql(db.url, async (sql) => {
      expect((await sql`SELECT max(version)::int AS v FROM papi_schema`)[0]!.v).toBe(PG_SCHEMA_VERSION);
      // The history is never changed in place.
      await expect(sql`UPDATE answers SET status = 'in-progress'`).rejects.toThrow(
        'the answers history is append-only',
      );
    });
  });

  it('migrates a database of schema 4, before dossier codes: its records stay the same records', async () => {
    const db = await database();
    const old = feedback({ contact: '0909 111 222', consent: true }) as unknown as FeedbackRecord;
    const ack = { id: old.id, receivedAt: '2026-01-01T00:00:00.000Z', receipt: 'K7MQ-3XPD' };
    // The database as the collector of schema 4 left it, with a record stored by its rules (the same body hash).
    await withSql(db.url, (sql) =>
      sql.begin(async (tx) => {
        await tx.unsafe(
          'CREATE TABLE papi_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
        );
        for (const [i, migration] of MIGRATIONS.slice(0, 4).entries()) {
          for (const statement of migration) await tx.unsafe(statement);
          await tx`INSERT INTO papi_schema (version) VALUES (${i + 1})`;
        }
        await tx`
          INSERT INTO feedback (id, unit, service, dimension, rating, comment, contact, consent, lang, page, created_at,
                                period, received_at, body_hash, ack, receipt)
          VALUES (${old.id}, ${old.unit}, ${old.service!}, ${old.dimension!}, ${old.rating}, ${old.comment!},
                  ${old.contact!}, true, ${old.lang}, ${old.page!}, ${old.createdAt}, '2026-H1', ${ack.receivedAt},
                  ${bodyHash(canonicalFeedback(old))}, ${JSON.stringify(ack)}, ${ack.receipt})`;
      }),
    );
    const store = await open(db.url);
    expect(await store.putFeedback(old, meta)).toEqual({ kind: 'repeat', ack });
    expect((await store.putFeedback({ ...old, dossier: 'H59.24-261127-0042' }, meta)).kind).toBe('conflict');
    const kiosk = feedback({ dossier: 'H59.24-261127-0042' }) as unknown as FeedbackRecord;
    const { ack: kioskAck } = await store.putFeedback(kiosk, { ...meta, receivedAt: '2026-01-02T00:00:00.000Z' });
    expect((await store.unitFeedback('xa-lac-hoa', { limit: 5 })).rows.map((r) => [r.receipt, r.dossier])).toEqual([
      [kioskAck.receipt, 'H59.24-261127-0042'],
      [ack.receipt, null],
    ]);
    expect(await store.eraseContacts('2026-02-01T00:00:00.000Z')).toBe(2);
    expect((await store.putFeedback(kiosk, meta)).kind).toBe('repeat');
    await withSql(db.url, async (sql) => {
      expect((await sql`SELECT max(version)::int AS v FROM papi_schema`)[0]!.v).toBe(PG_SCHEMA_VERSION);
      expect(
        (await sql`SELECT contact, dossier FROM feedback ORDER BY seq`).map((r) => [r.contact, r.dossier]),
      ).toEqual([
        [null, null],
        [null, null],
      ]);
      // Retention's query can use the new partial index (the tables are too small for the planner to want it).
      const plan = await sql.begin(async (tx) => {
        await tx`SET LOCAL enable_seqscan = off`;
        return tx.unsafe(
          `EXPLAIN SELECT id FROM feedback WHERE (contact IS NOT NULL OR dossier IS NOT NULL) AND (received_at COLLATE "C") < '2026'`,
        );
      });
      expect(plan.map((r) => r['QUERY PLAN']).join(' ')).toContain('feedback_personal_age');
      expect(
        (
          await sql`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'feedback' AND indexname LIKE 'feedback_%_age'`
        ).map((r) => r.indexname),
      ).toEqual(['feedback_personal_age']);
    });
  });

  it('refuses a database written by a newer collector, and says so', async () => {
    const db = await database();
    await (await open(db.url)).close();
    await withSql(db.url, (sql) => sql`INSERT INTO papi_schema (version) VALUES (${PG_SCHEMA_VERSION + 1})`);
    await expect(PgStore.open(db.url)).rejects.toThrow(
      `was written by a newer collector (schema ${PG_SCHEMA_VERSION + 1}, this one knows ${PG_SCHEMA_VERSION})`,
    );
  });

  it('commits with synchronous_commit=on whatever the database says, and refuses a URL that turns it off', async () => {
    const db = await database('own');
    await withSql(db.url, (sql) => sql.unsafe(`ALTER DATABASE ${db.name} SET synchronous_commit = off`));
    // The store sets it for each of its connections and checks it on open: opening at all proves it is on.
    const store = await open(db.url);
    expect((await store.putFeedback(feedback() as unknown as FeedbackRecord, meta)).kind).toBe('created');
    const off = new URL(db.url);
    off.searchParams.set('synchronous_commit', 'off');
    await expect(PgStore.open(off.toString())).rejects.toThrow('synchronous_commit is off, not on');
  }, 30_000);

  it('names its database without the password', async () => {
    const db = await database();
    const url = new URL(db.url);
    url.password = 's3cret-pa55';
    // The test cluster trusts every local connection, so any password opens it.
    const store = await open(url.toString());
    expect(store.location).not.toContain('s3cret');
    expect(store.location).toContain(':***@127.0.0.1');
  });

  it('answers a write after close with an error, not a hang', async () => {
    const db = await database();
    const store = await PgStore.open(db.url);
    await store.close();
    await expect(store.putFeedback(feedback() as unknown as FeedbackRecord, meta)).rejects.toThrow(
      'the store is closed',
    );
  });
});
