import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { MIGRATIONS, PG_SCHEMA_VERSION, PgStore, createCollector, withDefaults } from '../src/index.js';
import { type BuiltCli, buildCli } from './cli.js';
import { TOKEN, feedback, post, send } from './helpers.js';
import { type TestDatabase, describePg, freshDatabase, freshSchema, withSql } from './pg.js';

/** The maintenance commands and the health check on PostgreSQL: the built command against the test cluster. */
// Each run of the command starts a Node process: on a busy machine, most of a second.
vi.setConfig({ testTimeout: 60_000 });
let cli: BuiltCli;
beforeAll(() => {
  cli = buildCli('ops-pg');
});
afterAll(() => cli?.remove());
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function serve(db: TestDatabase) {
  const collector = await createCollector(
    withDefaults({
      dbPath: '/nonexistent/never-used.sqlite',
      databaseUrl: db.url,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      exportToken: TOKEN,
      rateLimit: 0,
      feedbackRateLimit: 0,
    }),
  );
  cleanups.push(() => collector.close());
  const { port } = await collector.listen();
  return { collector, url: `http://127.0.0.1:${port}/` };
}

async function schema(): Promise<TestDatabase> {
  const db = await freshSchema();
  cleanups.push(() => db.drop());
  return db;
}

describePg('papi-collector on PostgreSQL (PAPI_DATABASE_URL)', () => {
  it("forget erases a resident's contact, comment and dossier code in the database; the statistics stay and a re-send brings nothing back", async () => {
    const db = await schema();
    const { url } = await serve(db);
    const mine = feedback({
      rating: 2,
      contact: '0909 123 456',
      consent: true,
      comment: 'Tôi là Thạch Sô Phát, ấp Cà Lăng',
      dossier: 'H59.24-261127-0042',
    });
    const other = feedback({ rating: 5, contact: 'other@example.vn', consent: true });
    const first = await post(url, '/api/feedback', mine);
    await post(url, '/api/feedback', other);
    const stats = await send(url, '/api/stats');

    const unknown = randomUUID();
    // PAPI_DB names a file that does not exist: on PostgreSQL the command never looks at it.
    const env = { PAPI_DATABASE_URL: db.url, PAPI_DB: '/nonexistent/papi.sqlite' };
    const r = await cli.run(['forget', String(mine.id).toUpperCase(), unknown], env);
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(r.stdout).toBe(
      `${mine.id}: erased its contact, comment and dossier code; its rating (2, xa-lac-hoa) stays in the statistics.\n` +
        `${unknown}: no feedback record has this id; nothing erased.\n` +
        'A pg_dump made before now still holds what was erased: after restoring one, run this command again with these ids.\n',
    );
    await withSql(db.url, async (sql) => {
      const rows =
        await sql`SELECT id, rating, contact, comment, dossier, consent, body_hash FROM feedback ORDER BY seq`;
      expect(rows.map((x) => [x.id, x.rating, x.contact, x.comment, x.dossier, x.consent])).toEqual([
        [mine.id, 2, null, null, null, true],
        [other.id, 5, 'other@example.vn', other.comment, null, true],
      ]);
      // Nothing in the database can lead back to the erased text: the stored hash no longer covers it.
      expect(rows[0]!.body_hash).toMatch(/^erased\(contact,comment,dossier\):/);
    });
    const after = await send(url, '/api/stats');
    expect(after.text).toBe(stats.text);
    const again = await post(url, '/api/feedback', mine);
    expect([again.status, again.json]).toEqual([200, first.json]);
    expect((await post(url, '/api/feedback', { ...mine, rating: 5 })).status).toBe(409);

    const twice = await cli.run(['forget', String(mine.id)], env);
    expect([twice.code, twice.stdout]).toEqual([
      0,
      `${mine.id}: had no contact, comment, dossier code or answer text left to erase.\n`,
    ]);
    const bad = await cli.run(['forget', 'phone:0909123456'], env);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'papi-collector forget: not a feedback id (a UUID such as 0b6f0e52-2f0c-4f57-9a53-7d0b1c2d3e4f): phone:0909123456\n',
    ]);
  });

  it("backup, check and restore refuse, and name PostgreSQL's own tools", async () => {
    const env = { PAPI_DATABASE_URL: 'postgres://papi:s3cret@127.0.0.1:1/papi', PAPI_DB: '/nonexistent/papi.sqlite' };
    const expected: [string[], string][] = [
      [['backup', '/tmp/papi-backup.sqlite'], 'pg_dump --format=custom'],
      [['check'], 'pg_amcheck'],
      [['restore', '/tmp/papi-backup.sqlite'], 'pg_restore --clean'],
    ];
    for (const [args, tool] of expected) {
      const r = await cli.run(args, env);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`papi-collector ${args[0]}: `);
      expect(r.stderr).toContain("the collector's database is PostgreSQL (PAPI_DATABASE_URL)");
      expect(r.stderr).toContain(tool);
      expect(r.stderr).not.toContain('s3cret');
    }
  });

  it('forget says, without the password, that the server cannot be reached', async () => {
    const r = await cli.run(['forget', randomUUID()], { PAPI_DATABASE_URL: 'postgres://papi:s3cret@127.0.0.1:1/papi' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^papi-collector forget: .*ECONNREFUSED/);
    expect(r.stderr).not.toContain('s3cret');
  });

  it('answers /api/health 503 storage-unavailable when its database is gone, and 200 while it serves', async () => {
    const db = await freshDatabase();
    cleanups.push(() => db.drop());
    const { url } = await serve(db);
    const ok = await send(url, '/api/health');
    expect([ok.status, ok.json]).toEqual([200, { status: 'ok' }]);
    // The database dropped under the collector (its connections ended): every read fails from then on.
    await db.drop();
    const gone = await send(url, '/api/health');
    expect(gone.status).toBe(503);
    // The server's or the driver's error code (here most likely 3D000, no such database), never the URL.
    expect(gone.json).toEqual({
      error: {
        code: 'storage-unavailable',
        message: expect.stringMatching(/^The collector cannot read its database \([0-9A-Z_]+\)\.$/),
      },
    });
  });
});

describePg('PgStore migrations', () => {
  it('bring a database made by migration 1 to the last: retention’s index, receipt codes, answers, dossier codes', async () => {
    const db = await schema();
    await withSql(db.url, (sql) =>
      sql.begin(async (tx) => {
        await tx.unsafe(
          'CREATE TABLE papi_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
        );
        for (const statement of MIGRATIONS[0]!) await tx.unsafe(statement);
        await tx`INSERT INTO papi_schema (version) VALUES (1)`;
      }),
    );
    const again = await PgStore.open(db.url);
    cleanups.push(() => again.close());
    await withSql(db.url, async (sql) => {
      expect((await sql`SELECT version FROM papi_schema ORDER BY version`).map((r) => r.version)).toEqual(
        Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1),
      );
      const indexes = Object.fromEntries(
        (
          await sql`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'feedback'`
        ).map((r) => [r.indexname, r.indexdef as string]),
      );
      // Migration 2's index on the records holding a contact gave way to migration 5's, on those holding either.
      expect(indexes['feedback_contact_age']).toBeUndefined();
      expect(indexes['feedback_personal_age']).toContain('WHERE ((contact IS NOT NULL) OR (dossier IS NOT NULL))');
      expect(indexes['feedback_receipt']).toContain('UNIQUE');
    });
  });
});
