import type { FeedbackRecord } from '@papi/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, revokeUnitToken } from '../src/index.js';
import { type TestCollector, bearer, feedback, post, report, send, startTestCollector, tokenFor } from './helpers.js';

/**
 * #13 parts 3 and 5 over HTTP, on a real collector (SQLite file, ephemeral port) whose clock the tests move: a
 * unit answers its residents' feedback by receipt code, reads its inbox and its CSV, and the statistics count it.
 */
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-27T01:00:00.000Z');
let clock = T0;
let t: TestCollector;
beforeAll(async () => {
  t = await startTestCollector({}, { now: () => new Date(clock) });
});
afterAll(async () => {
  await t?.close();
});

/** Sends a feedback at the clock's time and gives its acknowledgement. */
async function sendFeedback(over: Record<string, unknown> = {}): Promise<{ receipt: string; receivedAt: string }> {
  const r = await post(t.url, '/api/feedback', feedback(over));
  expect(r.status).toBe(201);
  return r.json;
}

const answer = async (code: string, body: unknown, unit = 'xa-lac-hoa', headers: Record<string, string> = {}) =>
  post(t.url, `/api/receipts/${code}/answer`, body as object, { ...bearer(await tokenFor(t, unit)), ...headers });
const inbox = async (unit: string, query = '', token?: string) =>
  send(t.url, `/api/units/${unit}/feedback${query}`, { headers: bearer(token ?? (await tokenFor(t, unit))) });

describe('POST /api/receipts/:code/answer and GET /api/receipts/:code', () => {
  it('lets the unit answer by code; the resident reads the status and the answer by code, and nothing personal', async () => {
    clock = T0;
    const f = feedback({
      comment: 'Chờ lâu quá, ông Sơn ấp Năm Châu',
      contact: '0912 345 678',
      consent: true,
      dossier: 'H59.24-261127-0042',
      page: 'https://vinhchau.cantho.gov.vn/thu-tuc/khai-sinh?ho-so=123',
    });
    const sent = (await post(t.url, '/api/feedback', f)).json;
    const code = sent.receipt as string;

    clock = T0 + 2 * DAY;
    const started = await answer(code, { status: 'in-progress' });
    expect([started.status, started.headers['cache-control']]).toEqual([200, 'no-store']);
    expect(started.json).toEqual({
      receipt: code,
      status: 'in-progress',
      unit: 'xa-lac-hoa',
      receivedAt: sent.receivedAt,
      updatedAt: new Date(clock).toISOString(),
    });

    clock = T0 + 3 * DAY;
    // Text, never markup: the answer comes back as the very characters the officer typed.
    const text = '  Đã bổ sung mẫu tờ khai <script>alert(1)</script> & xin lỗi ông vì chờ lâu.\n';
    const done = await answer(code, { status: 'answered', answer: text });
    expect(done.status).toBe(200);
    const looked = await send(t.url, `/api/receipts/${encodeURIComponent(code.toLowerCase().replace('-', ' '))}`);
    expect(looked.json).toEqual(done.json);
    expect(looked.json).toEqual({
      receipt: code,
      status: 'answered',
      unit: 'xa-lac-hoa',
      receivedAt: sent.receivedAt,
      updatedAt: new Date(T0 + 3 * DAY).toISOString(),
      answeredAt: new Date(T0 + 3 * DAY).toISOString(),
      answer: text.trim(),
    });
    // Nothing the resident wrote or that points to them: not the comment, the contact, the dossier code, the page,
    // the id, the rating; neither to the resident's look-up nor in what the unit's answer returns.
    const secrets = [
      f.comment,
      f.contact,
      f.dossier,
      'ho-so=123',
      f.id,
      '"rating"',
      '"dimension"',
      'khai-sinh',
      '"by"',
    ];
    for (const secret of secrets) {
      expect(looked.text).not.toContain(secret);
      expect(done.text).not.toContain(secret);
    }
    expect(looked.text).not.toContain('dossier');
  });

  it('enforces the unit token: 401 without or with a bad one, 403 for another unit, as POST /api/reports does', async () => {
    const { receipt } = await sendFeedback();
    const other = await tokenFor(t, 'xa-vinh-hai');
    const own = await tokenFor(t, 'xa-lac-hoa');
    const change = { status: 'answered', answer: 'Xong.' };
    const cases: [string, Record<string, string>][] = [
      ['none', {}],
      ['basic', { authorization: 'Basic eGE6eGE=' }],
      ['malformed', bearer('papi_123')],
      ['unknown', bearer(`papi_${'a'.repeat(10)}_${own.slice(-52)}`)],
      ['other unit', bearer(other)],
    ];
    for (const [name, headers] of cases) {
      const viaAnswer = await post(t.url, `/api/receipts/${receipt}/answer`, change, headers);
      const viaReport = await post(t.url, '/api/reports', report({ unit: 'xa-lac-hoa' }), headers);
      const viaInbox = await send(t.url, '/api/units/xa-lac-hoa/feedback', { headers });
      const viaCsv = await send(t.url, '/api/units/xa-lac-hoa/feedback.csv', { headers });
      expect([name, viaAnswer.status, viaAnswer.json]).toEqual([name, viaReport.status, viaReport.json]);
      expect([name, viaInbox.status, viaInbox.json]).toEqual([name, viaReport.status, viaReport.json]);
      expect([name, viaCsv.status, viaCsv.json]).toEqual([name, viaReport.status, viaReport.json]);
      expect(viaAnswer.status).toBe(name === 'other unit' ? 403 : 401);
      if (viaAnswer.status === 401) expect(viaAnswer.headers['www-authenticate']).toMatch(/^Bearer /);
    }
    // A revoked token no longer answers.
    const revoked = await t.token('xa-lac-hoa');
    await revokeUnitToken(t.collector.store, revoked.split('_')[1]!);
    expect((await post(t.url, `/api/receipts/${receipt}/answer`, change, bearer(revoked))).json.error.code).toBe(
      'token-invalid',
    );
    expect((await inbox('xa-lac-hoa', '', revoked)).status).toBe(401);
    // None of it was stored.
    expect((await send(t.url, `/api/receipts/${receipt}`)).json.status).toBe('received');
    // A browser page not on the list may not answer, even with the right token.
    const foreign = await answer(receipt, change, 'xa-lac-hoa', { origin: 'https://evil.example' });
    expect([foreign.status, foreign.json.error.code]).toEqual([403, 'origin-not-allowed']);
    expect((await send(t.url, `/api/receipts/${receipt}`)).json.status).toBe('received');
  });

  it('refuses a bad body with 400 and a specific code, in the reader’s language, and keeps what was there', async () => {
    const { receipt } = await sendFeedback();
    await answer(receipt, { status: 'in-progress', answer: 'Đang xác minh.' });
    const cases: [unknown, string][] = [
      [{ status: 'answered' }, 'answer-required'],
      [{ status: 'answered', answer: '   ' }, 'answer-required'],
      [{ status: 'answered', answer: '𠀀'.repeat(2001) }, 'answer-too-long'],
      [{ status: 'received', answer: 'x' }, 'answer-status'],
      [{ status: 'answered', answer: 7 }, 'answer-not-text'],
      [{ status: 'in-progress', by: 'me' }, 'unknown-field'],
      [{ status: 'answered', answer: 'a\u0000b' }, 'control-character'],
      [[], 'type'],
    ];
    for (const [body, code] of cases) {
      const r = await answer(receipt, body);
      expect([code, r.status, r.json.error.code, r.json.error.issues.map((i: { code: string }) => i.code)]).toEqual([
        code,
        400,
        'invalid-body',
        [code],
      ]);
    }
    // 2,000 characters counted as a reader counts them pass, even when each is two UTF-16 units.
    expect((await answer(receipt, { status: 'answered', answer: '𠀀'.repeat(2000) })).status).toBe(200);
    const vi = await answer(receipt, { status: 'answered' }, 'xa-lac-hoa', { 'accept-language': 'vi' });
    expect(vi.json.error.issues[0].message).toBe('answer: cần viết câu trả lời trước khi đánh dấu là đã trả lời');
    const km = await answer(receipt, { status: 'answered' }, 'xa-lac-hoa', { 'accept-language': 'km' });
    expect(km.json.error.issues[0].message).toContain('សូមសរសេរចម្លើយ');
    const notJson = await post(
      t.url,
      `/api/receipts/${receipt}/answer`,
      '{"status":',
      bearer(await tokenFor(t, 'xa-lac-hoa')),
    );
    expect([notJson.status, notJson.json.error.code]).toEqual([400, 'invalid-json']);
    const bad = await answer('K7MQ-3XP', { status: 'in-progress' });
    expect([bad.status, bad.json.error.code]).toEqual([400, 'invalid-receipt']);
    const unknown = await answer('0000-0000', { status: 'in-progress' });
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'unknown-receipt']);
    const huge = await answer(receipt, { status: 'answered', answer: 'x'.repeat(40 * 1024) });
    expect([huge.status, huge.json.error.code]).toEqual([413, 'body-too-large']);
    // What was there stays: the 2,000-character answer.
    expect((await send(t.url, `/api/receipts/${receipt}`)).json.answer).toBe('𠀀'.repeat(2000));
  });

  it('keeps a feedback’s code and its answers when the resident’s outbox sends it again', async () => {
    const f = feedback();
    const first = (await post(t.url, '/api/feedback', f)).json;
    await answer(first.receipt, { status: 'answered', answer: 'Đã trả lời.' });
    const again = await post(t.url, '/api/feedback', f);
    expect([again.status, again.json]).toEqual([200, first]);
    expect((await send(t.url, `/api/receipts/${first.receipt}`)).json).toMatchObject({
      status: 'answered',
      answer: 'Đã trả lời.',
    });
    const items = (await inbox('xa-lac-hoa')).json.items.filter(
      (i: { receipt: string }) => i.receipt === first.receipt,
    );
    expect(items).toHaveLength(1);
    expect(items[0].history).toHaveLength(1);
  });
});

describe('GET /api/units/:unit/feedback: the unit’s inbox', () => {
  let lt: TestCollector;
  let now = T0;
  beforeAll(async () => {
    lt = await startTestCollector({}, { now: () => new Date(now) });
  });
  afterAll(async () => {
    await lt?.close();
  });
  const get = async (path: string, unit = 'phuong-vinh-phuoc-2025') =>
    send(lt.url, path, { headers: bearer(await tokenFor(lt, unit)) });
  const put = async (over: Record<string, unknown> = {}) =>
    (await post(lt.url, '/api/feedback', feedback({ unit: 'phuong-vinh-phuoc-2025', ...over }))).json as {
      receipt: string;
      receivedAt: string;
    };
  const change = async (code: string, body: object) =>
    post(lt.url, `/api/receipts/${code}/answer`, body, bearer(await tokenFor(lt, 'phuong-vinh-phuoc-2025')));

  it('shows the comment, the contact only where the resident consented, the dossier code, the status, the due time and the history', async () => {
    now = T0;
    const consented = await put({
      contact: '0909 111 222',
      consent: true,
      comment: 'Cảm ơn chị Lan',
      dossier: 'H59.24-261127-0042',
    });
    now = T0 + 1000;
    const blank = await put({ contact: '   ', comment: undefined, dimension: 'd3', service: undefined });
    // A contact kept without consent (as a store written by hand could hold it) is still never shown.
    now = T0 + 2000;
    const record = feedback({ unit: 'phuong-vinh-phuoc-2025', contact: 'an@example.vn', consent: false });
    const hidden = await lt.collector.store.putFeedback(record as unknown as FeedbackRecord, {
      receivedAt: new Date(now).toISOString(),
      period: '2026-H2',
    });
    now = T0 + DAY;
    await change(consented.receipt, { status: 'in-progress', answer: 'Đang xem.' });
    now = T0 + 2 * DAY;
    await change(consented.receipt, { status: 'answered', answer: 'Đã xong.' });

    const r = await get('/api/units/phuong-vinh-phuoc-2025/feedback');
    expect([r.status, r.headers['cache-control']]).toEqual([200, 'no-store']);
    expect(r.json).toMatchObject({
      unit: 'phuong-vinh-phuoc-2025',
      answerDays: 15,
      answerDaysConfirmed: false,
      truncated: false,
    });
    const byCode = Object.fromEntries(r.json.items.map((i: { receipt: string }) => [i.receipt, i]));
    expect(r.json.items.map((i: { receipt: string }) => i.receipt)).toEqual([
      hidden.ack.receipt,
      blank.receipt,
      consented.receipt,
    ]);
    expect(byCode[consented.receipt]).toEqual({
      receipt: consented.receipt,
      receivedAt: consented.receivedAt,
      dimension: 'd5',
      service: 'khai-sinh',
      rating: 4,
      comment: 'Cảm ơn chị Lan',
      contact: '0909 111 222',
      dossier: 'H59.24-261127-0042',
      lang: 'vi',
      status: 'answered',
      answer: 'Đã xong.',
      answeredAt: new Date(T0 + 2 * DAY).toISOString(),
      dueAt: new Date(T0 + 15 * DAY).toISOString(),
      overdue: false,
      history: [
        { status: 'in-progress', answer: 'Đang xem.', at: new Date(T0 + DAY).toISOString() },
        { status: 'answered', answer: 'Đã xong.', at: new Date(T0 + 2 * DAY).toISOString() },
      ],
    });
    expect(byCode[blank.receipt]).toEqual({
      receipt: blank.receipt,
      receivedAt: blank.receivedAt,
      dimension: 'd3',
      rating: 4,
      lang: 'vi',
      status: 'received',
      dueAt: new Date(T0 + 1000 + 15 * DAY).toISOString(),
      overdue: false,
      history: [],
    });
    expect(byCode[hidden.ack.receipt!].contact).toBeUndefined();
    expect(r.text).not.toContain('an@example.vn');
    // Another unit's inbox does not hold them, and its token cannot read this one.
    expect((await get('/api/units/xa-lac-hoa/feedback', 'xa-lac-hoa')).json.items).toEqual([]);
    expect((await get('/api/units/phuong-vinh-phuoc-2025/feedback', 'xa-lac-hoa')).status).toBe(403);
  });

  it('counts overdue from the clock: past the due time and not answered, in progress or not', async () => {
    now = T0 + 100 * DAY;
    const late = await put();
    const started = await put();
    const answered = await put();
    await change(started.receipt, { status: 'in-progress' });
    await change(answered.receipt, { status: 'answered', answer: 'Xong.' });
    const due = Date.parse(late.receivedAt) + 15 * DAY;
    const overdue = async () =>
      (await get('/api/units/phuong-vinh-phuoc-2025/feedback?status=overdue')).json.items.map(
        (i: { receipt: string }) => i.receipt,
      );
    now = due;
    expect(await overdue()).not.toContain(late.receipt);
    const item = (await get('/api/units/phuong-vinh-phuoc-2025/feedback')).json.items.find(
      (i: { receipt: string }) => i.receipt === late.receipt,
    );
    expect(item).toMatchObject({ dueAt: new Date(due).toISOString(), overdue: false });
    now = due + 1;
    expect(await overdue()).toEqual(expect.arrayContaining([late.receipt, started.receipt]));
    expect(await overdue()).not.toContain(answered.receipt);
    const items = (await get('/api/units/phuong-vinh-phuoc-2025/feedback')).json.items;
    const flag = (code: string) => items.find((i: { receipt: string }) => i.receipt === code).overdue;
    expect([flag(late.receipt), flag(started.receipt), flag(answered.receipt)]).toEqual([true, true, false]);
    // Answered late: no longer overdue.
    await change(late.receipt, { status: 'answered', answer: 'Xin lỗi vì chậm.' });
    expect(await overdue()).not.toContain(late.receipt);
  });

  it('filters by unanswered, in progress, answered and dimension, and refuses unknown filters with 400', async () => {
    now = T0 + 200 * DAY;
    const a = await put({ dimension: 'd8' });
    const b = await put({ dimension: 'd8' });
    await change(b.receipt, { status: 'in-progress' });
    const list = async (query: string) =>
      (await get(`/api/units/phuong-vinh-phuoc-2025/feedback${query}`)).json.items.map(
        (i: { receipt: string }) => i.receipt,
      );
    expect(await list('?dimension=d8')).toEqual([b.receipt, a.receipt]);
    expect(await list('?dimension=d8&status=in-progress')).toEqual([b.receipt]);
    expect(await list('?status=in-progress&dimension=d8')).toEqual([b.receipt]);
    expect(await list('?dimension=d8&status=unanswered')).toEqual([b.receipt, a.receipt]);
    expect(await list('?dimension=d8&status=answered')).toEqual([]);
    const all = await list('?status=unanswered');
    expect(all).toEqual(expect.arrayContaining([a.receipt, b.receipt]));
    for (const i of (await get('/api/units/phuong-vinh-phuoc-2025/feedback?status=answered')).json.items)
      expect(i.status).toBe('answered');

    const cases: [string, string, string][] = [
      ['?status=late', 'status', 'not-one-of'],
      ['?status=', 'status', 'not-one-of'],
      ['?dimension=d9', 'dimension', 'unknown-dimension'],
      ['?stauts=answered', 'stauts', 'unknown-field'],
      ['?status=answered&status=overdue', 'status', 'type'],
    ];
    for (const [query, path, code] of cases)
      for (const route of ['feedback', 'feedback.csv']) {
        const r = await get(`/api/units/phuong-vinh-phuoc-2025/${route}${query}`);
        expect([route, query, r.status, r.json.error.code, r.json.error.issues]).toEqual([
          route,
          query,
          400,
          'invalid-query',
          [expect.objectContaining({ path, code })],
        ]);
      }
    const vi = await send(lt.url, '/api/units/phuong-vinh-phuoc-2025/feedback?status=late', {
      headers: { ...bearer(await tokenFor(lt, 'phuong-vinh-phuoc-2025')), 'accept-language': 'vi' },
    });
    expect(vi.json.error.message).toMatch(/^Tham số truy vấn có 1 lỗi: status: "late" không hợp lệ/);
  });

  it('exports the same rows as CSV, for spreadsheets: BOM, no-store, formulas defused, contact only with consent, the dossier code', async () => {
    now = T0 + 300 * DAY;
    const formula = await put({
      comment: '=HYPERLINK("http://evil")',
      contact: '+84 909 000 111',
      consent: true,
      dimension: 'd1',
      dossier: '=000.00.21.H59-261127-0001',
    });
    await change(formula.receipt, { status: 'answered', answer: 'Đã liên hệ, "cảm ơn", ông.' });
    await put({ dimension: 'd1', comment: 'Dòng 1\nDòng 2' });
    const json = (await get('/api/units/phuong-vinh-phuoc-2025/feedback?dimension=d1')).json;
    const csv = await get('/api/units/phuong-vinh-phuoc-2025/feedback.csv?dimension=d1');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['cache-control']).toBe('no-store');
    expect(csv.headers['x-papi-truncated']).toBe('false');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="papi-feedback-phuong-vinh-phuoc-2025-${new Date(now + 7 * 3600_000).toISOString().slice(0, 10)}.csv"`,
    );
    expect(csv.raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'receipt,receivedAt,dueAt,overdue,status,answeredAt,answer,dimension,service,rating,comment,contact,lang,dossier',
    );
    // A line per item of the JSON inbox, in its order (one comment spans two lines, quoted).
    expect(
      csv.text
        .split('\r\n')
        .filter((l) => /^[0-9A-Z]{4}-[0-9A-Z]{4},/.test(l))
        .map((l) => l.slice(0, 9)),
    ).toEqual(json.items.map((i: { receipt: string }) => i.receipt));
    expect(csv.text).toContain(
      `${formula.receipt},${formula.receivedAt},${json.items[1].dueAt},no,answered,${json.items[1].answeredAt},"Đã liên hệ, ""cảm ơn"", ông.",d1,khai-sinh,4,"'=HYPERLINK(""http://evil"")",'+84 909 000 111,vi,'=000.00.21.H59-261127-0001\r\n`,
    );
    expect(csv.text).toContain('"Dòng 1\nDòng 2"');
  });

  it('lists at most 500, newest first, and says there are more', async () => {
    const many = await startTestCollector();
    try {
      await Promise.all(
        Array.from({ length: 502 }, (_, i) =>
          many.collector.store.putFeedback(feedback({ unit: 'xa-vinh-hai' }) as unknown as FeedbackRecord, {
            receivedAt: new Date(T0 + i * 1000).toISOString(),
            period: '2026-H2',
          }),
        ),
      );
      const r = await send(many.url, '/api/units/xa-vinh-hai/feedback', {
        headers: bearer(await tokenFor(many, 'xa-vinh-hai')),
      });
      expect(r.json.items).toHaveLength(500);
      expect(r.json.truncated).toBe(true);
      expect(r.json.items[0].receivedAt).toBe(new Date(T0 + 501_000).toISOString());
      expect(r.json.items[499].receivedAt).toBe(new Date(T0 + 2000).toISOString());
      const csv = await send(many.url, '/api/units/xa-vinh-hai/feedback.csv', {
        headers: bearer(await tokenFor(many, 'xa-vinh-hai')),
      });
      expect(csv.text.trimEnd().split('\r\n')).toHaveLength(503);
    } finally {
      await many.close();
    }
  }, 60_000);

  it('counts answers per token against their own limit', async () => {
    const limited = await startTestCollector({ answerRateLimit: 3 });
    try {
      const code = (await post(limited.url, '/api/feedback', feedback())).json.receipt;
      const other = (await post(limited.url, '/api/feedback', feedback({ unit: 'xa-vinh-hai' }))).json.receipt;
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (
            await post(
              limited.url,
              `/api/receipts/${code}/answer`,
              { status: 'answered', answer: `Lần ${i}` },
              bearer(await tokenFor(limited, 'xa-lac-hoa')),
            )
          ).status,
        );
      expect(statuses).toEqual([200, 200, 200, 429]);
      const otherUnit = await post(
        limited.url,
        `/api/receipts/${other}/answer`,
        { status: 'in-progress' },
        bearer(await tokenFor(limited, 'xa-vinh-hai')),
      );
      expect(otherUnit.status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('GET /api/stats: accountability per unit (#13 part 5)', () => {
  it('gives each unit its share answered, median days to answer and overdue count, the furthest behind first', async () => {
    let now = T0;
    const st = await startTestCollector({}, { now: () => new Date(now) });
    try {
      const put = async (unit: string) =>
        (await post(st.url, '/api/feedback', feedback({ unit }))).json.receipt as string;
      const reply = async (unit: string, code: string, days: number) => {
        const before = now;
        now = T0 + days * DAY;
        const r = await post(
          st.url,
          `/api/receipts/${code}/answer`,
          { status: 'answered', answer: 'Bí mật của đơn vị' },
          bearer(await tokenFor(st, unit)),
        );
        expect(r.status).toBe(200);
        now = before;
      };
      // xa-lac-hoa: 3 feedback, 2 answered after 1 and 4 days; xa-vinh-hai: 2 feedback, none answered;
      // phuong-vinh-phuoc-2025: 1 feedback answered after 2 days.
      const lac = [await put('xa-lac-hoa'), await put('xa-lac-hoa'), await put('xa-lac-hoa')];
      await put('xa-vinh-hai');
      await put('xa-vinh-hai');
      const phuoc = await put('phuong-vinh-phuoc-2025');
      await reply('xa-lac-hoa', lac[0]!, 1);
      await reply('xa-lac-hoa', lac[1]!, 4);
      await reply('phuong-vinh-phuoc-2025', phuoc, 2);
      now = T0 + 5 * DAY;
      const early = await send(st.url, '/api/stats');
      expect(
        early.json.feedback.byUnit.map((u: { unit: string; accountability: unknown }) => [u.unit, u.accountability]),
      ).toEqual([
        ['xa-vinh-hai', { feedback: 2, answered: 0, answeredShare: 0, medianDaysToAnswer: null, overdue: 0 }],
        ['xa-lac-hoa', { feedback: 3, answered: 2, answeredShare: 0.6667, medianDaysToAnswer: 2.5, overdue: 0 }],
        ['phuong-vinh-phuoc-2025', { feedback: 1, answered: 1, answeredShare: 1, medianDaysToAnswer: 2, overdue: 0 }],
      ]);
      expect(early.text).not.toContain('Bí mật');
      // The period the figures were counted by, for the dashboard to say (the default is not confirmed by law).
      expect(early.json.feedback.answerRule).toEqual({ days: 15, confirmed: false });
      // Time passes: the unanswered ones become overdue without any write (the figures follow the clock).
      now = T0 + 16 * DAY;
      const late = await send(st.url, '/api/stats', { headers: { 'if-none-match': early.headers.etag as string } });
      expect(late.status).toBe(200);
      expect(
        late.json.feedback.byUnit.map((u: { unit: string; accountability: { overdue: number } }) => [
          u.unit,
          u.accountability.overdue,
        ]),
      ).toEqual([
        ['xa-vinh-hai', 2],
        ['xa-lac-hoa', 1],
        ['phuong-vinh-phuoc-2025', 0],
      ]);
      // Answering the last of xa-lac-hoa's counts at once.
      await reply('xa-lac-hoa', lac[2]!, 16);
      const after = (await send(st.url, '/api/stats')).json.feedback.byUnit.find(
        (u: { unit: string }) => u.unit === 'xa-lac-hoa',
      );
      expect(after.accountability).toEqual({
        feedback: 3,
        answered: 3,
        answeredShare: 1,
        medianDaysToAnswer: 4,
        overdue: 0,
      });
    } finally {
      await st.close();
    }
  });

  it('counts overdue by the period the town set (PAPI_ANSWER_DAYS), and says it is set', async () => {
    let now = T0;
    const st = await startTestCollector({ answerDays: 3, answerDaysConfirmed: true }, { now: () => new Date(now) });
    try {
      await post(st.url, '/api/feedback', feedback({ unit: 'xa-lac-hoa' }));
      now = T0 + 4 * DAY;
      const stats = (await send(st.url, '/api/stats')).json.feedback;
      expect(stats.answerRule).toEqual({ days: 3, confirmed: true });
      expect(stats.byUnit[0].accountability.overdue).toBe(1);
    } finally {
      await st.close();
    }
  });
});

describe('PAPI_ANSWER_DAYS', () => {
  it('sets the days, marks the town’s own value as confirmed, and refuses a bad value with the variable’s name', async () => {
    expect(loadConfig({}, '/tmp')).toMatchObject({ answerDays: 15, answerDaysConfirmed: false });
    expect(loadConfig({ PAPI_ANSWER_DAYS: '10' }, '/tmp')).toMatchObject({ answerDays: 10, answerDaysConfirmed: true });
    for (const bad of ['0', '366', 'ten', '1.5'])
      expect(() => loadConfig({ PAPI_ANSWER_DAYS: bad }, '/tmp')).toThrow(
        new ConfigError(`PAPI_ANSWER_DAYS must be a whole number from 1 to 365, got "${bad}"`),
      );
    let now = T0;
    const three = await startTestCollector({ answerDays: 3, answerDaysConfirmed: true }, { now: () => new Date(now) });
    try {
      const code = (await post(three.url, '/api/feedback', feedback())).json.receipt;
      now = T0 + 3 * DAY + 1;
      const r = await send(three.url, '/api/units/xa-lac-hoa/feedback', {
        headers: bearer(await tokenFor(three, 'xa-lac-hoa')),
      });
      expect(r.json).toMatchObject({ answerDays: 3, answerDaysConfirmed: true });
      expect(r.json.items[0]).toMatchObject({
        receipt: code,
        overdue: true,
        dueAt: new Date(T0 + 3 * DAY).toISOString(),
      });
    } finally {
      await three.close();
    }
  });
});
