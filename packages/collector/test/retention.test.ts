import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollector, loadConfig, withDefaults } from '../src/index.js';
import { TOKEN, feedback, post, send } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'papi-retention-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function serve(dbPath: string, now: () => Date, everyMs: number) {
  const collector = await createCollector(
    withDefaults({
      dbPath,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      exportToken: TOKEN,
      rateLimit: 0,
      feedbackRateLimit: 0,
      contactRetentionDays: 180,
      // Nothing turns overdue between the test's two readings of the statistics: any change would be the erasure's.
      answerDays: 365,
    }),
    { now, retentionEveryMs: everyMs },
  );
  const { port } = await collector.listen();
  return { collector, url: `http://127.0.0.1:${port}/` };
}

function contacts(dbPath: string): Record<string, { contact: string | null; comment: string | null; rating: number }> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare<[], { id: string; contact: string | null; comment: string | null; rating: number }>(
        'SELECT id, contact, comment, rating FROM feedback',
      )
      .all();
    return Object.fromEntries(rows.map(({ id, ...rest }) => [id, rest]));
  } finally {
    db.close();
  }
}

describe('contact retention (PAPI_CONTACT_RETENTION_DAYS)', () => {
  it('is 180 days unless set, and refuses a bad value with a sentence', () => {
    expect(loadConfig({}).contactRetentionDays).toBe(180);
    expect(loadConfig({ PAPI_CONTACT_RETENTION_DAYS: '30' }).contactRetentionDays).toBe(30);
    expect(() => loadConfig({ PAPI_CONTACT_RETENTION_DAYS: '0' })).toThrow(
      'PAPI_CONTACT_RETENTION_DAYS must be a whole number from 1 to 36500, got "0"',
    );
    expect(() => loadConfig({ PAPI_CONTACT_RETENTION_DAYS: 'half a year' })).toThrow(
      'PAPI_CONTACT_RETENTION_DAYS must be a whole number',
    );
  });

  it('erases contacts past their time while running and at start; ratings, comments and statistics stay', async () => {
    const dbPath = join(dir, 'papi.sqlite');
    let clock = new Date('2026-01-10T03:00:00.000Z');
    const now = (): Date => clock;
    const old = feedback({ rating: 2, contact: '0909 111 222', consent: true, comment: 'Chờ lâu quá' });
    const recent = feedback({ rating: 5, contact: 'ra@example.vn', consent: true });
    const plain = feedback({ rating: 3 });

    let s = await serve(dbPath, now, 20);
    let answeredOld: unknown;
    try {
      answeredOld = (await post(s.url, '/api/feedback', old)).json;
      expect((await post(s.url, '/api/feedback', plain)).status).toBe(201);
      clock = new Date('2026-06-20T03:00:00.000Z');
      expect((await post(s.url, '/api/feedback', recent)).status).toBe(201);
      const stats = await send(s.url, '/api/stats');

      // 181 days after the old record arrived: the running collector's next pass erases its contact.
      clock = new Date('2026-07-10T03:00:00.000Z');
      for (let i = 0; contacts(dbPath)[String(old.id)]!.contact !== null; i++) {
        if (i > 300) throw new Error('the contact was not erased');
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(contacts(dbPath)).toEqual({
        [String(old.id)]: { contact: null, comment: 'Chờ lâu quá', rating: 2 },
        [String(plain.id)]: { contact: null, comment: plain.comment, rating: 3 },
        [String(recent.id)]: { contact: 'ra@example.vn', comment: recent.comment, rating: 5 },
      });
      const after = await send(s.url, '/api/stats');
      expect(after.text.replace(/"asOf":"[^"]+"/, '')).toBe(stats.text.replace(/"asOf":"[^"]+"/, ''));

      // The outbox re-sending the old record gets its first answer, and the contact does not come back.
      const again = await post(s.url, '/api/feedback', old);
      expect([again.status, again.json]).toEqual([200, answeredOld]);
      expect(contacts(dbPath)[String(old.id)]!.contact).toBeNull();
      expect((await post(s.url, '/api/feedback', { ...old, rating: 4 })).status).toBe(409);
    } finally {
      await s.collector.close();
    }

    // Started again half a year later, with no periodic pass due for an hour: the pass at start erases the other.
    clock = new Date('2026-12-20T03:00:00.000Z');
    s = await serve(dbPath, now, 3_600_000);
    try {
      expect(contacts(dbPath)[String(recent.id)]).toEqual({ contact: null, comment: recent.comment, rating: 5 });
      const csv = await send(s.url, '/api/export/feedback.csv', { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(csv.text).not.toMatch(/0909 111 222|ra@example\.vn/);
      expect((await send(s.url, '/api/stats')).json.feedback.total).toMatchObject({
        count: 3,
        distribution: { 1: 0, 2: 1, 3: 1, 4: 0, 5: 1 },
      });
    } finally {
      await s.collector.close();
    }
  });
});
