import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SqliteStore, createCollector, withDefaults } from '../src/index.js';
import { type BuiltCli, buildCli } from './cli.js';
import { TOKEN, feedback, post, send } from './helpers.js';

/** The maintenance commands, run as the built papi-collector command against a real file, the collector serving. */
// Each run of the command starts a Node process: on a busy machine, most of a second.
vi.setConfig({ testTimeout: 60_000 });
let cli: BuiltCli;
let dir: string;
beforeAll(() => {
  cli = buildCli('ops');
  dir = mkdtempSync(join(tmpdir(), 'papi-ops-'));
});
afterAll(() => {
  cli?.remove();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
const freshPath = (): string => join(dir, `case-${++n}`, 'papi.sqlite');

async function serve(dbPath: string) {
  const collector = await createCollector(
    withDefaults({
      dbPath,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      exportToken: TOKEN,
      rateLimit: 0,
      feedbackRateLimit: 0,
    }),
  );
  const { port } = await collector.listen();
  return { collector, url: `http://127.0.0.1:${port}/` };
}

function rows<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Some thousands of records written straight into the file, so that a copy of it takes a while. */
async function seed(dbPath: string, count: number): Promise<void> {
  await new SqliteStore(dbPath).close();
  const db = new Database(dbPath);
  const insert = db.prepare(
    `INSERT INTO feedback (id, unit, rating, comment, lang, created_at, period, received_at, body_hash, ack)
     VALUES (?, 'xa-lac-hoa', 4, ?, 'vi', '2026-01-05T08:00:00+07:00', '2026-H1', '2026-01-05T01:00:00.000Z', 'seeded', '{}')`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(randomUUID(), `Góp ý số ${i} `.repeat(40));
  })();
  db.close();
}

/** Garbage over one page of a closed database (its log already checkpointed in), as a failing disk might leave it. */
function damage(dbPath: string, page: number): void {
  const fd = openSync(dbPath, 'r+');
  try {
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, (page - 1) * 4096);
  } finally {
    closeSync(fd);
  }
}

describe('papi-collector backup', () => {
  it('copies a consistent snapshot while writes are in flight, every record acknowledged before it included', async () => {
    const dbPath = freshPath();
    await seed(dbPath, 20_000);
    const { collector, url } = await serve(dbPath);
    const acked: { id: string; at: number }[] = [];
    let stop = false;
    const writer = async (): Promise<void> => {
      while (!stop) {
        const f = feedback({ contact: '0909 123 456', consent: true });
        const r = await post(url, '/api/feedback', f);
        expect(r.status).toBe(201);
        acked.push({ id: String(f.id), at: performance.now() });
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    try {
      while (acked.length < 100) await new Promise((r) => setTimeout(r, 5));
      const target = join(dir, 'backups', `papi-${randomUUID()}.sqlite`);
      const started = performance.now();
      const before = new Set(acked.map((a) => a.id));
      const result = await cli.run(['backup', target], { PAPI_DB: dbPath });
      const ended = performance.now();
      const during = acked.filter((a) => a.at > started && a.at < ended).length;
      // Keep writing a little after the copy, so that the database goes on past the snapshot.
      const after = acked.length;
      while (acked.length < after + 50) await new Promise((r) => setTimeout(r, 5));
      stop = true;
      await Promise.all(writers);

      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        new RegExp(
          `^Backed up ${dbPath} \\(\\d+ feedback records, 0 reports\\) to ${target} \\(\\d+ KB\\), checked\\.\\n$`,
        ),
      );
      expect(during).toBeGreaterThan(0);
      expect(statSync(target).mode & 0o777).toBe(0o600);
      expect(existsSync(`${target}-wal`)).toBe(false);

      const backup = new Database(target, { readonly: true, fileMustExist: true });
      try {
        expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
        const ids = new Set(
          backup
            .prepare<[], { id: string }>('SELECT id FROM feedback')
            .all()
            .map((r) => r.id),
        );
        for (const id of before) expect(ids.has(id)).toBe(true);
        // A snapshot: exactly the records committed up to one moment, amid the test's writes.
        const last = backup.prepare<[], { seq: number }>('SELECT MAX(seq) AS seq FROM feedback').get()!.seq;
        const source = rows<{ id: string }>(dbPath, 'SELECT id FROM feedback WHERE seq <= ?', last).map((r) => r.id);
        expect(ids.size).toBe(source.length);
        expect(source.every((id) => ids.has(id))).toBe(true);
        expect(last).toBeGreaterThan(20_000);
        expect(
          rows<{ n: number }>(dbPath, 'SELECT COUNT(*) AS n FROM feedback WHERE seq > ?', last)[0]!.n,
        ).toBeGreaterThan(0);
      } finally {
        backup.close();
      }
    } finally {
      stop = true;
      await Promise.allSettled(writers);
      await collector.close();
    }
  }, 30_000);

  it('never overwrites a file, and says why', async () => {
    const dbPath = freshPath();
    await new SqliteStore(dbPath).close();
    const target = join(dir, `exists-${randomUUID()}.sqlite`);
    closeSync(openSync(target, 'w'));
    const r = await cli.run(['backup', target], { PAPI_DB: dbPath });
    expect([r.code, r.stderr.trim()]).toEqual([
      2,
      `papi-collector backup: ${target} exists already; a backup never overwrites a file: choose a new name`,
    ]);
    expect(statSync(target).size).toBe(0);
    const usage = await cli.run(['backup'], { PAPI_DB: dbPath });
    expect([usage.code, usage.stderr.trim()]).toEqual([
      2,
      'papi-collector backup: usage: papi-collector backup <file>',
    ]);
  });
});

describe('papi-collector check, and the check at start', () => {
  it('says ok for a sound file, also while the collector is serving it', async () => {
    const dbPath = freshPath();
    const { collector, url } = await serve(dbPath);
    try {
      await post(url, '/api/feedback', feedback());
      const r = await cli.run(['check'], { PAPI_DB: dbPath });
      expect([r.code, r.stdout.trim()]).toEqual([
        0,
        `ok: ${dbPath} is sound (integrity_check and foreign_key_check found nothing wrong; 1 feedback record, 0 reports).`,
      ]);
    } finally {
      await collector.close();
    }
  });

  it('names what is wrong in a damaged file, and the collector refuses to start on it, unchanged', async () => {
    const dbPath = freshPath();
    const store = new SqliteStore(dbPath);
    for (let i = 0; i < 300; i++)
      await store.putFeedback(feedback({ comment: `Ý kiến ${i} `.repeat(20) }) as never, {
        receivedAt: new Date().toISOString(),
        period: '2026-H2',
      });
    await store.close();
    damage(dbPath, 3);
    const bytes = readFileSync(dbPath);

    const checked = await cli.run(['check'], { PAPI_DB: dbPath });
    expect(checked.code).toBe(3);
    expect(checked.stderr).toContain(`papi-collector check: the database ${dbPath} is damaged (`);
    expect(checked.stderr).toMatch(/btreeInitPage|malformed|never used/);

    const started = await cli.run([], { PAPI_DB: dbPath, PORT: '0', HOST: '127.0.0.1' });
    expect(started.code).toBe(3);
    expect(started.stdout).toBe('');
    expect(started.stderr).toContain(`papi-collector: the database ${dbPath} is damaged (`);
    expect(started.stderr).toContain(`  PAPI_DB=${dbPath} papi-collector restore <backup file>\n`);
    expect(readFileSync(dbPath).equals(bytes)).toBe(true);
  });

  it('refuses a file that is no database at all, and one that is not there', async () => {
    const dbPath = freshPath();
    await new SqliteStore(dbPath).close();
    damage(dbPath, 1);
    const started = await cli.run([], { PAPI_DB: dbPath, PORT: '0' });
    expect(started.code).toBe(3);
    expect(started.stderr).toContain(`the database ${dbPath} is damaged (file is not a database)`);
    expect(started.stderr).toContain('papi-collector restore <backup file>');
    const missing = await cli.run(['check'], { PAPI_DB: join(dir, 'nothing-here.sqlite') });
    expect([missing.code, missing.stderr.trim()]).toEqual([
      2,
      `papi-collector check: there is no database at ${join(dir, 'nothing-here.sqlite')} (set PAPI_DB to the collector's file)`,
    ]);
  });
});

describe('papi-collector restore', () => {
  it('puts a checked backup in place of a damaged file, keeps the damaged one, and forgets again what was forgotten since', async () => {
    const dbPath = freshPath();
    const backupFile = join(dir, `restore-${randomUUID()}.sqlite`);
    const kept = feedback({ contact: 'kept@example.vn', consent: true });
    const forgotten = feedback({ contact: '0911 222 333', consent: true, comment: 'Tên tôi là Lâm Thị Sa Ry' });
    const later = feedback();
    let { collector, url } = await serve(dbPath);
    try {
      for (const f of [kept, forgotten]) expect((await post(url, '/api/feedback', f)).status).toBe(201);
      expect((await cli.run(['backup', backupFile], { PAPI_DB: dbPath })).code).toBe(0);
      expect((await post(url, '/api/feedback', later)).status).toBe(201);
      expect((await cli.run(['forget', String(forgotten.id)], { PAPI_DB: dbPath })).code).toBe(0);
      // Not while the collector has the file open.
      const busy = await cli.run(['restore', backupFile], { PAPI_DB: dbPath });
      expect([busy.code, busy.stderr.trim()]).toEqual([
        1,
        `papi-collector restore: ${dbPath} is in use: stop the collector first (systemctl stop papi-collector); nothing was changed`,
      ]);
    } finally {
      await collector.close();
    }
    damage(dbPath, 2);

    const r = await cli.run(['restore', backupFile], { PAPI_DB: dbPath });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const keptAs = /kept as (\S+) \(with its -wal/.exec(r.stdout)?.[1];
    expect(r.stdout).toBe(
      `Restored ${backupFile} to ${dbPath} (2 feedback records, 0 reports).\n` +
        `The file it replaced is kept as ${keptAs} (with its -wal, if any): delete it once you no longer need it.\n` +
        'Erased again the contact, comment, dossier code and answer texts of 1 record forgotten since that backup was made.\n' +
        'Start the collector again (systemctl start papi-collector).\n',
    );
    expect(keptAs).toMatch(new RegExp(`^${dbPath}\\.replaced-\\d{4}-\\d\\d-\\d\\dT`));
    expect(statSync(keptAs!).size).toBeGreaterThan(0);
    expect(rows(dbPath, 'SELECT id, contact, comment FROM feedback ORDER BY seq')).toEqual([
      { id: kept.id, contact: 'kept@example.vn', comment: kept.comment },
      { id: forgotten.id, contact: null, comment: null },
    ]);

    ({ collector, url } = await serve(dbPath));
    try {
      // The record that came after the backup is re-sent by its outbox and stored again.
      expect((await post(url, '/api/feedback', later)).status).toBe(201);
      expect((await post(url, '/api/feedback', kept)).status).toBe(200);
    } finally {
      await collector.close();
    }
  });

  it('refuses a backup a newer collector wrote, and changes nothing', async () => {
    const dbPath = freshPath();
    await new SqliteStore(dbPath).close();
    const newer = join(dir, `newer-${randomUUID()}.sqlite`);
    await new SqliteStore(newer).close();
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(dbPath);
    const r = await cli.run(['restore', newer], { PAPI_DB: dbPath });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${newer} was written by a newer collector (schema 99`);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const dbPath = freshPath();
    await new SqliteStore(dbPath).close();
    const bad = join(dir, `bad-${randomUUID()}.sqlite`);
    await new SqliteStore(bad).close();
    damage(bad, 1);
    const before = readFileSync(dbPath);
    const r = await cli.run(['restore', bad], { PAPI_DB: dbPath });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `papi-collector restore: ${bad} is damaged (file is not a database); nothing was changed. Try an older backup.`,
    );
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });
});

describe('papi-collector forget', () => {
  it("erases one resident's contact, comment and dossier code, leaves the statistics as they were, and a re-send brings nothing back", async () => {
    const dbPath = freshPath();
    const { collector, url } = await serve(dbPath);
    try {
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

      const r = await cli.run(['forget', String(mine.id).toUpperCase()], { PAPI_DB: dbPath });
      expect([r.code, r.stdout]).toEqual([
        0,
        `${mine.id}: erased its contact, comment and dossier code; its rating (2, xa-lac-hoa) stays in the statistics.\n`,
      ]);
      expect(rows(dbPath, 'SELECT id, rating, contact, comment, dossier, consent FROM feedback ORDER BY seq')).toEqual([
        { id: mine.id, rating: 2, contact: null, comment: null, dossier: null, consent: 1 },
        { id: other.id, rating: 5, contact: 'other@example.vn', comment: other.comment, dossier: null, consent: 1 },
      ]);
      const after = await send(url, '/api/stats');
      expect(after.text).toBe(stats.text);
      expect(after.headers.etag).toBe(stats.headers.etag);
      const csv = await send(url, '/api/export/feedback.csv', { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(csv.text).not.toContain('0909 123 456');
      expect(csv.text).not.toContain('Thạch Sô Phát');
      expect(csv.text).not.toContain('H59.24-261127-0042');

      // The widget's outbox may still hold the original: it is the same record (200, the first acknowledgement) and
      // stores nothing; a different rating under that id is still a conflict.
      const again = await post(url, '/api/feedback', mine);
      expect([again.status, again.json]).toEqual([200, first.json]);
      expect((await post(url, '/api/feedback', { ...mine, rating: 5 })).status).toBe(409);
      expect(rows(dbPath, 'SELECT contact, comment, dossier FROM feedback WHERE id = ?', mine.id)).toEqual([
        { contact: null, comment: null, dossier: null },
      ]);
      // Nothing in the file can lead back to the erased text: the stored hash no longer covers it.
      const { body_hash: stored } = rows<{ body_hash: string }>(
        dbPath,
        'SELECT body_hash FROM feedback WHERE id = ?',
        mine.id,
      )[0]!;
      expect(stored).toMatch(/^erased\(contact,comment,dossier\):/);

      const twice = await cli.run(['forget', String(mine.id)], { PAPI_DB: dbPath });
      expect([twice.code, twice.stdout]).toEqual([
        0,
        `${mine.id}: had no contact, comment, dossier code or answer text left to erase.\n`,
      ]);
      expect(readFileSync(`${dbPath}.forgotten`, 'utf8')).toBe(`${mine.id}\n${mine.id}\n`);
    } finally {
      await collector.close();
    }
  });

  it('works on a file of schema 3, before dossier codes (no collector of schema 4 opened it yet), which the next start upgrades', async () => {
    const dbPath = freshPath();
    const mine = feedback({ contact: '0909 123 456', consent: true, comment: 'Tôi là Sơn' });
    let store = new SqliteStore(dbPath);
    const { ack } = await store.putFeedback(mine as never, {
      receivedAt: '2026-11-27T01:00:00.000Z',
      period: '2026-H2',
    });
    const by = { at: '2026-11-28T01:00:00.000Z', by: 'k7mq3xpdab' };
    await store.answerFeedback(ack.receipt!, { status: 'in-progress' }, by);
    await store.answerFeedback(ack.receipt!, { status: 'answered', answer: 'Anh Sơn: hồ sơ đã xong.' }, by);
    await store.close();
    // The file as the collector of schema 3 left it: its answers trigger refuses every update.
    const db = new Database(dbPath);
    db.exec(`DROP INDEX feedback_personal_age; ALTER TABLE feedback DROP COLUMN dossier;
             CREATE INDEX feedback_contact_age ON feedback (received_at) WHERE contact IS NOT NULL;
             DROP TRIGGER answers_append_only;
             CREATE TRIGGER answers_append_only BEFORE UPDATE ON answers
               BEGIN SELECT RAISE(ABORT, 'the answers history is append-only'); END;`);
    db.pragma('user_version = 3');
    db.close();

    const r = await cli.run(['forget', String(mine.id)], { PAPI_DB: dbPath });
    expect([r.code, r.stderr, r.stdout]).toEqual([
      0,
      '',
      `${mine.id}: erased its contact and comment, and the text of 1 answer from the unit; its rating (4, xa-lac-hoa) stays in the statistics.\n`,
    ]);
    expect(rows(dbPath, 'SELECT contact, comment FROM feedback')).toEqual([{ contact: null, comment: null }]);
    // The history keeps each change's status and time; only the text is gone, and nothing else can be changed.
    expect(rows(dbPath, 'SELECT status, answer, changed_at FROM answers ORDER BY seq')).toEqual([
      { status: 'in-progress', answer: null, changed_at: by.at },
      { status: 'answered', answer: null, changed_at: by.at },
    ]);
    const check = new Database(dbPath);
    try {
      expect(() => check.exec("UPDATE answers SET status = 'in-progress'")).toThrow('append-only');
      expect(() => check.exec("UPDATE answers SET answer = 'Sửa lại'")).toThrow('append-only');
    } finally {
      check.close();
    }
    store = new SqliteStore(dbPath);
    try {
      expect(
        await store.putFeedback(mine as never, { receivedAt: '2026-12-01T00:00:00.000Z', period: '2026-H2' }),
      ).toEqual({ kind: 'repeat', ack });
    } finally {
      await store.close();
    }
    expect(rows(dbPath, 'SELECT contact, comment, dossier FROM feedback')).toEqual([
      { contact: null, comment: null, dossier: null },
    ]);
  });

  it('refuses a file a newer collector wrote, and changes nothing in it', async () => {
    const dbPath = freshPath();
    const mine = feedback({ contact: '0909 123 456', consent: true });
    const store = new SqliteStore(dbPath);
    await store.putFeedback(mine as never, { receivedAt: '2026-11-27T01:00:00.000Z', period: '2026-H2' });
    await store.close();
    const db = new Database(dbPath);
    db.pragma('user_version = 99');
    db.close();
    const r = await cli.run(['forget', String(mine.id)], { PAPI_DB: dbPath });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('was written by a newer collector (schema 99');
    expect(rows(dbPath, 'SELECT contact FROM feedback')).toEqual([{ contact: '0909 123 456' }]);
    expect(existsSync(`${dbPath}.forgotten`)).toBe(false);
  });

  it('says which ids it does not know, and refuses what is not an id', async () => {
    const dbPath = freshPath();
    await new SqliteStore(dbPath).close();
    const unknown = randomUUID();
    const r = await cli.run(['forget', unknown], { PAPI_DB: dbPath });
    expect([r.code, r.stdout]).toEqual([1, `${unknown}: no feedback record has this id; nothing erased.\n`]);
    const bad = await cli.run(['forget', 'phone:0909123456'], { PAPI_DB: dbPath });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a feedback id (a UUID such as');
    const none = await cli.run(['forget'], { PAPI_DB: dbPath });
    expect(none.code).toBe(2);
    expect(existsSync(`${dbPath}.forgotten`)).toBe(false);
  });
});

describe('the commands run as root', () => {
  it.skipIf(process.getuid?.() !== 0)(
    "act as the database file's owner, so that the files they create stay the service's",
    async () => {
      const owner = 65534; // nobody
      const home = mkdtempSync(join(tmpdir(), 'papi-owner-'));
      try {
        const dbPath = join(home, 'data', 'papi.sqlite');
        const f = feedback({ contact: '0909 123 456', consent: true });
        const store = new SqliteStore(dbPath);
        await store.putFeedback(f as never, { receivedAt: new Date().toISOString(), period: '2026-H2' });
        await store.close();
        chmodSync(home, 0o755);
        for (const path of [join(home, 'data'), dbPath, join(home, 'backups')]) {
          if (!existsSync(path)) mkdirSync(path);
          chownSync(path, owner, owner);
        }
        expect((await cli.run(['forget', String(f.id)], { PAPI_DB: dbPath })).code).toBe(0);
        expect(statSync(`${dbPath}.forgotten`).uid).toBe(owner);
        const target = join(home, 'backups', 'papi.sqlite');
        const r = await cli.run(['backup', target], { PAPI_DB: dbPath });
        expect([r.code, r.stderr]).toEqual([0, '']);
        expect(statSync(target).uid).toBe(owner);
        // Where that user may not write, the command says so rather than writing as root.
        const denied = await cli.run(['backup', join(home, 'papi-root-only.sqlite')], { PAPI_DB: dbPath });
        expect(denied.code).toBe(1);
        expect(denied.stderr).toContain('EACCES');
        expect(denied.stderr).toContain(`acting as user id ${owner}`);
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    },
  );
});

describe('papi-collector --help', () => {
  it('lists the commands and every variable', async () => {
    const r = await cli.run(['--help']);
    expect(r.code).toBe(0);
    for (const word of [
      'backup <file>',
      'check',
      'restore <file>',
      'forget <id>',
      'PAPI_DB',
      'PAPI_CONTACT_RETENTION_DAYS',
      'UNCONFIRMED',
      'PAPI_TRUST_PROXY',
      'PAPI_EXPORT_TOKEN',
    ]) {
      expect(r.stdout).toContain(word);
    }
    const unknown = await cli.run(['bakup', 'x']);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([
      2,
      'papi-collector: there is no command "bakup"; run with --help for the commands and settings.',
    ]);
  });
});
