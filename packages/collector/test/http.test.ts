import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN, type TestCollector, feedback, post, postReport, report, send, startTestCollector } from './helpers.js';

let t: TestCollector;
beforeAll(async () => {
  t = await startTestCollector();
});
afterAll(async () => {
  await t?.close();
});

/** Reads the SQLite file directly, as the town's administrator would. */
function inDatabase<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

describe('GET /api/receipts/:code', () => {
  it('tells the holder of a receipt code the unit and when it arrived, typed in any form, and nothing personal', async () => {
    const f = feedback({
      contact: 'chị Lâm, 0912 345 678',
      consent: true,
      comment: 'Cán bộ Lâm Văn Bí Mật hẹn ba lần',
    });
    const sent = await post(t.url, '/api/feedback', f);
    const code = sent.json.receipt as string;
    for (const typed of [code, code.toLowerCase().replace('-', ''), ` ${code.replace('-', ' ')} `]) {
      const r = await send(t.url, `/api/receipts/${encodeURIComponent(typed)}`);
      expect(r.status, typed).toBe(200);
      expect(r.json).toEqual({ receipt: code, status: 'received', unit: f.unit, receivedAt: sent.json.receivedAt });
      expect(r.headers['cache-control']).toBe('no-store');
    }
    const text = (await send(t.url, `/api/receipts/${code}`)).text;
    for (const personal of ['0912', 'Bí Mật', String(f.id), String(f.page)]) expect(text).not.toContain(personal);
  });

  it('answers 404 to an unknown code and 400 to what cannot be a code, in the client’s language', async () => {
    const unknown = await send(t.url, '/api/receipts/0000-0000', { headers: { 'accept-language': 'vi' } });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatchObject({ code: 'unknown-receipt' });
    expect(unknown.json.error.message).toContain('0000-0000');
    for (const bad of ['K7MU-3XPD', '%3Cscript%3E', 'x'.repeat(64), '1%27%20OR%201%3D1']) {
      const r = await send(t.url, `/api/receipts/${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.json.error.code).toBe('invalid-receipt');
      expect(r.text).not.toContain('<script>');
    }
  });

  it('answers a Khmer reader in Khmer, with the same code and shape', async () => {
    const r = await send(t.url, '/api/receipts/0000-0000', {
      headers: { 'accept-language': 'km-KH,km;q=0.9,vi;q=0.5' },
    });
    expect(r.status).toBe(404);
    expect(r.json).toEqual({
      error: {
        code: 'unknown-receipt',
        message: expect.stringMatching(/^គ្មានមតិយោបល់ណាដែលមានលេខកូដបង្កាន់ដៃ 0000-0000 ទេ។/),
      },
    });
    const bad = await post(t.url, '/api/feedback', feedback({ rating: 9 }), { 'accept-language': 'km' });
    expect(bad.json.error.code).toBe('invalid-body');
    expect(bad.json.error.message).toMatch(/^ខ្លឹមសារសំណើមានកំហុស 1៖ rating: /);
  });

  it('limits look-ups per address against guessing, apart from the statistics', async () => {
    const limited = await startTestCollector({ receiptRateLimit: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await send(limited.url, '/api/receipts/0000-0000')).status);
      expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
      expect((await send(limited.url, '/api/stats')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('POST /api/feedback', () => {
  it('stores a record once: 201, then 200 with the same acknowledgement', async () => {
    const f = feedback();
    const first = await post(t.url, '/api/feedback', f);
    expect(first.status).toBe(201);
    expect(first.json).toEqual({
      id: f.id,
      receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      receipt: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/),
    });
    expect(first.headers['cache-control']).toBe('no-store');
    const again = await post(t.url, '/api/feedback', f);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    // Key order and id case do not make a different record.
    const reordered = Object.fromEntries(Object.entries({ ...f, id: String(f.id).toUpperCase() }).reverse());
    expect((await post(t.url, '/api/feedback', reordered)).status).toBe(200);
    expect(inDatabase(t.dbPath, 'SELECT id, rating FROM feedback WHERE id = ?', f.id)).toEqual([
      { id: f.id, rating: 4 },
    ]);
  });

  it('refuses a known id with different content (409) and keeps the first record', async () => {
    const f = feedback({ rating: 5 });
    await post(t.url, '/api/feedback', f);
    const r = await post(t.url, '/api/feedback', { ...f, rating: 1 });
    expect(r.status).toBe(409);
    expect(r.json.error.code).toBe('id-conflict');
    expect(r.json.error.message).toContain(String(f.id));
    expect(inDatabase(t.dbPath, 'SELECT rating FROM feedback WHERE id = ?', f.id)).toEqual([{ rating: 5 }]);
  });

  it('answers a bad record with 400 naming each field, in English or Vietnamese', async () => {
    const f = feedback({ rating: 7, unit: 'phong-noi-vu2', extra: 1 });
    const r = await post(t.url, '/api/feedback', f);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('invalid-body');
    expect(r.json.error.issues).toEqual([
      { path: 'unit', code: 'unknown-unit', message: 'unit: unknown unit "phong-noi-vu2"' },
      { path: 'rating', code: 'out-of-range', message: 'rating: value 7 is outside 1–5' },
      { path: 'extra', code: 'unknown-field', message: 'extra: field "extra" is not supported (misspelt?)' },
    ]);
    const g = feedback({ contact: '0909 123 456' });
    const vi = await post(t.url, '/api/feedback', g, { 'accept-language': 'vi-VN,vi;q=0.9' });
    expect(vi.json.error.issues).toEqual([
      {
        path: 'consent',
        code: 'consent-required',
        message: 'consent: có thông tin liên hệ nhưng chưa đánh dấu đồng ý',
      },
    ]);
    expect(inDatabase(t.dbPath, 'SELECT COUNT(*) AS n FROM feedback WHERE id IN (?, ?)', f.id, g.id)).toEqual([
      { n: 0 },
    ]);
  });

  it('answers 413 over 16 KB and 415 for anything but JSON', async () => {
    const big = await post(t.url, '/api/feedback', feedback({ comment: 'x'.repeat(17 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.json.error).toEqual({ code: 'body-too-large', message: 'The request body is larger than 16384 bytes.' });
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-16',
    ]) {
      const r = await post(t.url, '/api/feedback', JSON.stringify(feedback()), { 'content-type': type });
      expect([type, r.status, r.json?.error?.code]).toEqual([type, 415, 'unsupported-media-type']);
    }
    expect(
      (
        await post(t.url, '/api/feedback', JSON.stringify(feedback()), {
          'content-type': 'application/json; charset=UTF-8',
        })
      ).status,
    ).toBe(201);
  });

  it('stores markup and SQL in a comment verbatim, as text', async () => {
    const comment = `<img src=x onerror=alert(1)>'); DROP TABLE feedback;-- ${randomUUID()}`;
    const f = feedback({ comment });
    expect((await post(t.url, '/api/feedback', f)).status).toBe(201);
    expect(inDatabase(t.dbPath, 'SELECT comment FROM feedback WHERE id = ?', f.id)).toEqual([{ comment }]);
  });
});

describe('POST /api/reports', () => {
  it('is idempotent, supersedes by submission time and keeps the older report as history', async () => {
    const unit = 'xa-vinh-hai';
    const older = report({ unit, submittedAt: '2023-06-20T08:00:00+07:00' });
    const newer = report({
      unit,
      submittedAt: '2023-06-29T08:00:00+07:00',
      tasks: [{ taskId: 'a-1-5', status: 'done' }],
    });
    const a = await postReport(t, older);
    expect(a.status).toBe(201);
    expect(a.json).toMatchObject({ id: older.id, current: true });
    const b = await postReport(t, newer);
    expect(b.status).toBe(201);
    expect(b.json).toMatchObject({ id: newer.id, current: true, supersedes: older.id });
    const again = await postReport(t, older);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(a.json);
    expect(
      inDatabase(t.dbPath, 'SELECT id, superseded_by AS supersededBy FROM reports WHERE unit = ? ORDER BY seq', unit),
    ).toEqual([
      { id: older.id, supersededBy: newer.id },
      { id: newer.id, supersededBy: null },
    ]);
  });

  it('checks task ids against the plan the report names, and names the field', async () => {
    const r = await postReport(
      t,
      report({
        tasks: [
          { taskId: 'a-99-1', status: 'done' },
          { taskId: 'a-1-5', status: 'xong' },
        ],
      }),
    );
    expect(r.status).toBe(400);
    expect(r.json.error.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`)).toEqual([
      'tasks[1].status not-one-of',
      'tasks[0].taskId unknown-task',
    ]);
    // A plan the collector does not hold: its task ids cannot be checked, so any are accepted.
    expect(
      (await postReport(t, report({ planId: 'ke-hoach-2026', tasks: [{ taskId: '1.1', status: 'done' }] }))).status,
    ).toBe(201);
  });

  it('takes up to 1 MB and answers 413 above', async () => {
    const note = 'n'.repeat(1000);
    const tasks = Array.from({ length: 1200 }, (_, i) => ({ taskId: `t-${i}`, status: 'done', note }));
    const r = await postReport(t, report({ planId: 'ke-hoach-lon', tasks }));
    expect(r.status).toBe(413);
    expect(r.json.error.message).toBe('The request body is larger than 1048576 bytes.');
    expect((await postReport(t, report({ planId: 'ke-hoach-lon', tasks: tasks.slice(0, 900) }))).status).toBe(201);
  });
});

describe('GET /api/stats', () => {
  it('aggregates without free text, and is cacheable with an ETag that changes with the data', async () => {
    const s = await startTestCollector();
    try {
      const secret = `BÍ MẬT ${randomUUID()}`;
      for (const [rating, unit] of [
        [5, 'xa-lac-hoa'],
        [2, 'xa-lac-hoa'],
        [4, 'phuong-vinh-chau-2025'],
      ] as const) {
        await post(
          s.url,
          '/api/feedback',
          feedback({
            rating,
            unit,
            comment: secret,
            contact: 'secret@example.vn',
            consent: true,
            page: `https://p.gov.vn/${secret.length}`,
          }),
        );
      }
      await postReport(
        s,
        report({
          tasks: [{ taskId: 'a-1-5', status: 'done', note: secret, evidence: 'https://p.gov.vn/evidence-secret' }],
        }),
      );
      const r = await send(s.url, '/api/stats');
      expect(r.status).toBe(200);
      expect(r.headers['cache-control']).toBe('public, max-age=60');
      expect(r.headers.etag).toMatch(/^"[\w-]+"$/);
      for (const leak of [secret, 'secret@example.vn', 'p.gov.vn', 'evidence-secret', 'Cán bộ'])
        expect(r.text).not.toContain(leak);
      expect(r.json.feedback.total).toEqual({
        count: 3,
        satisfied: 2,
        shareSatisfied: 0.6667,
        distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 },
      });
      expect(r.json.feedback.byUnit.map((u: { unit: string; count: number }) => [u.unit, u.count])).toEqual([
        ['phuong-vinh-chau-2025', 1],
        ['xa-lac-hoa', 2],
      ]);
      expect(r.json.selfAssessment).toHaveLength(1);
      expect(r.json.selfAssessment[0]).toMatchObject({
        unit: 'xa-lac-hoa',
        planId: 'vinh-chau-papi-2023',
        planKnown: true,
      });
      expect(Object.keys(r.json.selfAssessment[0].byDimension)).toEqual([
        'd1',
        'd2',
        'd3',
        'd4',
        'd5',
        'd6',
        'd7',
        'd8',
      ]);

      const notModified = await send(s.url, '/api/stats', { headers: { 'if-none-match': r.headers.etag as string } });
      expect(notModified.status).toBe(304);
      expect(notModified.text).toBe('');
      await post(s.url, '/api/feedback', feedback({ rating: 1 }));
      const changed = await send(s.url, '/api/stats', { headers: { 'if-none-match': r.headers.etag as string } });
      expect(changed.status).toBe(200);
      expect(changed.headers.etag).not.toBe(r.headers.etag);
      expect(changed.json.feedback.total.count).toBe(4);
    } finally {
      await s.close();
    }
  });
});

describe('CSV exports', () => {
  it('need the bearer token', async () => {
    for (const path of ['/api/export/feedback.csv', '/api/export/reports.csv']) {
      const none = await send(t.url, path);
      expect(none.status).toBe(401);
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(none.json.error.code).toBe('unauthorized');
      expect((await send(t.url, path, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
      expect((await send(t.url, path, { headers: { authorization: TOKEN } })).status).toBe(401);
      expect((await send(t.url, path, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    }
  });

  it('are UTF-8 with a BOM, quote separators and defuse formulas', async () => {
    const f = feedback({
      comment: '=HYPERLINK("http://evil","Bấm vào")',
      contact: '+84 909 123 456',
      consent: true,
      dossier: 'H59.24-261127-0042',
    });
    const g = feedback({ comment: 'Tốt, nhưng\nchậm "một chút"', rating: 3 });
    await post(t.url, '/api/feedback', f);
    await post(t.url, '/api/feedback', g);
    const r = await send(t.url, '/api/export/feedback.csv', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="papi-feedback-\d{4}-\d\d-\d\d\.csv"$/);
    expect([...r.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = r.text.slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'id,unit,service,dimension,rating,comment,contact,consent,lang,page,createdAt,period,receivedAt,dossier',
    );
    // The dossier code is personal data like the contact, which this authenticated export holds too.
    expect(
      text
        .split('\r\n')
        .find((l) => l.startsWith(String(f.id)))
        ?.endsWith(',H59.24-261127-0042'),
    ).toBe(true);
    expect(text).toContain(
      `${f.id},xa-lac-hoa,khai-sinh,d5,4,"'=HYPERLINK(""http://evil"",""Bấm vào"")",'+84 909 123 456,yes,vi,`,
    );
    expect(text).toContain(`${g.id},xa-lac-hoa,khai-sinh,d5,3,"Tốt, nhưng\nchậm ""một chút""",,,vi,`);
  });

  it('list every report task, the superseded ones marked', async () => {
    const unit = 'xa-vinh-tan';
    const older = report({
      unit,
      submittedAt: '2023-06-01T08:00:00+07:00',
      tasks: [{ taskId: 'a-1-5', status: 'in-progress', note: '-1 buổi' }],
    });
    const newer = report({
      unit,
      submittedAt: '2023-06-02T08:00:00+07:00',
      tasks: [{ taskId: 'a-1-5', status: 'done' }],
    });
    await postReport(t, older);
    await postReport(t, newer);
    const r = await send(t.url, '/api/export/reports.csv', { headers: { authorization: `Bearer ${TOKEN}` } });
    const lines = r.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'reportId,planId,unit,period,submittedAt,receivedAt,current,supersededBy,lang,taskId,status,evidence,note',
    );
    const mine = lines.filter((l) => l.includes(unit));
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatch(
      new RegExp(`^${older.id},vinh-chau-papi-2023,${unit},2023-H1,.*,no,${newer.id},,a-1-5,in-progress,,'-1 buổi$`),
    );
    expect(mine[1]).toMatch(new RegExp(`^${newer.id},.*,yes,,,a-1-5,done,,$`));
  });

  it('are off, with a 503 that says why, when no token is configured', async () => {
    const s = await startTestCollector({ exportToken: undefined });
    try {
      const r = await send(s.url, '/api/export/feedback.csv', {
        headers: { authorization: 'Bearer anything-at-all-long' },
      });
      expect(r.status).toBe(503);
      expect(r.json.error.code).toBe('exports-disabled');
      expect(r.json.error.message).toContain('PAPI_EXPORT_TOKEN');
    } finally {
      await s.close();
    }
  });
});

describe('browsers, clients and logs', () => {
  it('allows CORS for the configured origins only, and refuses posts from other pages', async () => {
    const allowed = 'http://localhost:8080';
    const pre = await send(t.url, '/api/feedback', {
      method: 'OPTIONS',
      headers: {
        origin: allowed,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(allowed);
    expect(String(pre.headers['access-control-allow-headers'])).toMatch(/content-type/i);
    const ok = await post(t.url, '/api/feedback', feedback(), { origin: allowed });
    expect(ok.status).toBe(201);
    expect(ok.headers['access-control-allow-origin']).toBe(allowed);

    const evil = 'https://evil.example';
    const denied = await send(t.url, '/api/feedback', {
      method: 'OPTIONS',
      headers: { origin: evil, 'access-control-request-method': 'POST' },
    });
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
    const f = feedback();
    const refused = await post(t.url, '/api/feedback', f, { origin: evil });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('origin-not-allowed');
    expect(inDatabase(t.dbPath, 'SELECT id FROM feedback WHERE id = ?', f.id)).toEqual([]);
    expect(
      (await send(t.url, '/api/stats', { headers: { origin: evil } })).headers['access-control-allow-origin'],
    ).toBeUndefined();
  });

  it('limits each client per minute with 429 and Retry-After', async () => {
    const s = await startTestCollector({ feedbackRateLimit: 3 });
    try {
      for (let i = 0; i < 3; i++) expect((await post(s.url, '/api/feedback', feedback())).status).toBe(201);
      const f = feedback();
      const r = await post(s.url, '/api/feedback', f, { 'accept-language': 'vi' });
      expect(r.status).toBe(429);
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(r.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(r.json.error.code).toBe('rate-limited');
      expect(r.json.error.message).toMatch(/^Gửi quá nhiều yêu cầu; vui lòng thử lại sau \d+ giây\.$/);
      expect(inDatabase(s.dbPath, 'SELECT id FROM feedback WHERE id = ?', f.id)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('logs JSON lines without any client address', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const s = await startTestCollector(
      { logLevel: 'info', trustProxy: 1, rateLimit: 2, feedbackRateLimit: 2 },
      { logStream: stream },
    );
    try {
      const headers = { 'x-forwarded-for': '203.0.113.77' };
      await post(s.url, '/api/feedback', feedback(), headers);
      await post(s.url, '/api/feedback', '{bad', headers);
      expect((await post(s.url, '/api/feedback', feedback(), headers)).status).toBe(429);
      await send(s.url, '/api/health', { headers });
      await send(s.url, '/api/stats?x=1', { headers });
      expect((await send(s.url, '/api/stats?x=1', { headers })).status).toBe(429);
      expect(lines.length).toBeGreaterThan(4);
      const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(records.some((r) => (r.req as { url?: string } | undefined)?.url === '/api/stats')).toBe(true);
      for (const line of lines) {
        expect(line).not.toContain('203.0.113.77');
        expect(line).not.toMatch(/remoteAddress|remotePort|x-forwarded-for/i);
        expect(line).not.toContain('Cán bộ');
      }
    } finally {
      await s.close();
    }
  });

  it('answers health and unknown paths in JSON', async () => {
    expect((await send(t.url, '/api/health')).json).toEqual({ status: 'ok' });
    const r = await send(t.url, '/api/nothing');
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe('not-found');
  });
});
