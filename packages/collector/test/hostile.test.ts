import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TOKEN,
  type TestCollector,
  bearer,
  feedback,
  post,
  report,
  send,
  startTestCollector,
  tokenFor,
} from './helpers.js';

/**
 * Hostile input against every endpoint: every answer must be a 4xx (or the endpoint's ordinary answer for a GET),
 * never a 5xx, and nothing may be stored.
 */
let t: TestCollector;
beforeAll(async () => {
  t = await startTestCollector({ rateLimit: 0 });
});
afterAll(async () => {
  await t?.close();
});

const INJECTIONS = [
  "' OR '1'='1",
  "xa-lac-hoa'; DROP TABLE feedback;--",
  'xa-lac-hoa" OR 1=1 --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  'xa-lac-hoa\u0000',
  '\u202Exa-lac-hoa',
];

function bodies(valid: () => Record<string, unknown>, fields: readonly string[]): [string, string | Buffer][] {
  const json = (v: unknown) => JSON.stringify(v);
  const v = valid();
  const cases: [string, string | Buffer][] = [
    ['empty body', ''],
    ['whitespace', '   \n'],
    ['truncated JSON', json(v).slice(0, -5)],
    ['trailing garbage', `${json(v)}x`],
    ['two documents', `${json(v)}${json(v)}`],
    ['single quotes', json(v).replace(/"/g, "'")],
    ['NaN', `${json(v).slice(0, -1)},"rating":NaN}`],
    ['null', 'null'],
    ['number', '42'],
    ['string', '"hello"'],
    ['array', json([v])],
    ['true', 'true'],
    [
      'invalid UTF-8 in a string',
      Buffer.concat([
        Buffer.from(json(v).slice(0, -1) + ',"x":"'),
        Buffer.from([0xc0, 0xaf, 0xfe, 0xff]),
        Buffer.from('"}'),
      ]),
    ],
    ['lone UTF-8 continuation byte', Buffer.concat([Buffer.from('{"id":"'), Buffer.from([0x80]), Buffer.from('"}')])],
    [
      'raw NUL byte',
      Buffer.concat([Buffer.from(json(v).slice(0, -1) + ',"comment":"a'), Buffer.from([0]), Buffer.from('"}')]),
    ],
    [
      'escaped NUL in every string',
      json(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? `${x}\u0000` : x]))),
    ],
    ['lone surrogate escape', json(v).replace(/"xa-lac-hoa"/, '"xa-lac-hoa\\ud83d"')],
    ['__proto__ key', json(v).replace(/^\{/, '{"__proto__":{"isAdmin":true},')],
    ['constructor.prototype key', json(v).replace(/^\{/, '{"constructor":{"prototype":{"polluted":1}},')],
    ['deep arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['deep objects', '{"a":'.repeat(5000) + '1' + '}'.repeat(5000)],
    ['deep nesting inside a valid record', json({ ...v, extra: JSON.parse('['.repeat(50) + ']'.repeat(50)) })],
    ['huge number', `${json(v).slice(0, -1)},"rating":1e400}`],
    ['many unknown keys', json({ ...v, ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i])) })],
  ];
  for (const field of fields) {
    for (const bad of [null, 0, true, [], {}, -1, 1.5, '', ' ', 'x'.repeat(5000)])
      cases.push([`${field} = ${json(bad).slice(0, 20)}`, json({ ...v, [field]: bad })]);
    for (const inj of INJECTIONS) cases.push([`${field} = ${json(inj)}`, json({ ...v, [field]: inj })]);
  }
  return cases;
}

const TYPES = [
  'text/plain',
  'application/xml',
  'application/json; charset=latin1',
  'application/jsonp',
  'application/x-www-form-urlencoded',
  null,
];

async function expectRefused(
  path: string,
  name: string,
  body: string | Buffer,
  contentType: string | null = 'application/json',
  headers: Record<string, string> = {},
): Promise<void> {
  const r = await send(t.url, path, {
    method: 'POST',
    body,
    headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) },
  }).catch((e: Error) => ({ status: -1, text: e.message, json: undefined }));
  expect([name, r.status >= 400 && r.status < 500, r.status]).toEqual([name, true, r.status]);
  // Every refusal is our JSON error, never an HTML page or a stack trace.
  expect([name, typeof r.json?.error?.code]).toEqual([name, 'string']);
}

describe('hostile input', () => {
  it('POST /api/feedback answers 4xx to every malformed body', async () => {
    const cases = bodies(
      () => feedback(),
      ['id', 'unit', 'service', 'dimension', 'rating', 'lang', 'page', 'createdAt'],
    );
    cases.push(['huge body', JSON.stringify(feedback({ comment: 'x'.repeat(2_000_000) }))]);
    for (const [name, body] of cases) await expectRefused('/api/feedback', name, body);
    for (const type of TYPES)
      await expectRefused('/api/feedback', `content-type ${type}`, JSON.stringify(feedback()), type);
  });

  it('POST /api/reports answers 4xx to every malformed body', async () => {
    const cases = bodies(() => report(), ['id', 'planId', 'unit', 'period', 'tasks', 'submittedAt']);
    const task = (over: Record<string, unknown>) =>
      JSON.stringify(report({ tasks: [{ taskId: 'a-1-5', status: 'done', ...over }] }));
    for (const inj of INJECTIONS)
      cases.push(
        [`taskId ${inj}`, task({ taskId: inj })],
        [`status ${inj}`, task({ status: inj })],
        [`evidence ${inj}`, task({ evidence: inj })],
      );
    cases.push([
      'task __proto__',
      task({ __proto__: { polluted: true } }).replace('"taskId"', '"__proto__":{"x":1},"taskId"'),
    ]);
    cases.push(['evidence javascript:', task({ evidence: 'javascript:alert(1)' })]);
    cases.push([
      'huge body',
      JSON.stringify(
        report({
          tasks: Array.from({ length: 3000 }, (_, i) => ({ taskId: `a-${i}`, status: 'done', note: 'x'.repeat(900) })),
        }),
      ),
    ]);
    cases.push(['deep arrays at the limit', '['.repeat(1_000_000)]);
    // With the report's unit's token, so that every body reaches the checks after it.
    const auth = bearer(await tokenFor(t, 'xa-lac-hoa'));
    for (const [name, body] of cases) await expectRefused('/api/reports', name, body, 'application/json', auth);
    for (const type of TYPES)
      await expectRefused('/api/reports', `content-type ${type}`, JSON.stringify(report()), type, auth);
    const token = auth.authorization!.slice('Bearer '.length);
    for (const header of [
      'Bearer ' + 'a'.repeat(8000),
      "Bearer ' OR 1=1--",
      `Bearer ${token.toUpperCase()}x`,
      `Bearer ${token} ${token}`,
      `Bearer ${token.replace('papi_', 'papi_%00')}`,
      'Bearer \u00e9',
      `bearer\t${TOKEN}`,
    ]) {
      await expectRefused(
        '/api/reports',
        `authorization ${header.slice(0, 30)}`,
        JSON.stringify(report()),
        'application/json',
        { authorization: header },
      );
    }
  });

  it('POST /api/receipts/:code/answer answers 4xx to every malformed body, and appends nothing', async () => {
    // A collector of its own: this one needs a feedback to answer, and the last test here checks that nothing is stored.
    const own = await startTestCollector({ rateLimit: 0, answerRateLimit: 0 });
    const before = t;
    try {
      t = own;
      const code = (await post(own.url, '/api/feedback', feedback())).json.receipt as string;
      const auth = bearer(await tokenFor(own, 'xa-lac-hoa'));
      const valid = { status: 'answered', answer: 'Đã trả lời.' };
      // Every generic case but the one that edits a unit id, which this body has not.
      const cases = bodies(() => valid, ['status']).filter(([name]) => name !== 'lone surrogate escape');
      for (const bad of [null, 0, true, [], {}, -1, 1.5, '', ' ', 'x'.repeat(5000), '\ud83d', 'a\u0007b'])
        cases.push([`answer = ${JSON.stringify(bad).slice(0, 20)}`, JSON.stringify({ ...valid, answer: bad })]);
      cases.push(['huge body', JSON.stringify({ status: 'answered', answer: 'x'.repeat(2_000_000) })]);
      cases.push(['answer one character too long', JSON.stringify({ status: 'answered', answer: 'ạ'.repeat(2001) })]);
      const path = `/api/receipts/${code}/answer`;
      for (const [name, body] of cases) await expectRefused(path, name, body, 'application/json', auth);
      for (const type of TYPES)
        await expectRefused(path, `content-type ${type}`, JSON.stringify({ status: 'in-progress' }), type, auth);
      for (const inj of INJECTIONS)
        await expectRefused(
          `/api/receipts/${encodeURIComponent(inj)}/answer`,
          `code ${inj}`,
          JSON.stringify({ status: 'in-progress' }),
          'application/json',
          auth,
        );
      expect((await send(own.url, `/api/receipts/${code}`)).json.status).toBe('received');
      expect((await own.collector.store.unitFeedback('xa-lac-hoa', { limit: 5 })).rows[0]?.history).toEqual([]);
      // Hostile text in the answer itself is an answer like any other: kept verbatim, as data, and given back so.
      for (const inj of INJECTIONS.filter((i) => !i.includes('\u0000'))) {
        const r = await post(own.url, path, { status: 'answered', answer: inj }, auth);
        expect([inj, r.status, r.json.answer]).toEqual([inj, 200, inj.trim()]);
      }
    } finally {
      t = before;
      await own.close();
    }
  });

  it('the GET endpoints and other methods never answer 5xx', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const unit = bearer(await tokenFor(t, 'xa-lac-hoa'));
    const paths = [
      '/api/stats',
      '/api/health',
      '/api/export/feedback.csv',
      '/api/export/reports.csv',
      '/api/units/xa-lac-hoa/feedback',
      '/api/units/xa-lac-hoa/feedback.csv',
      `/api/units/${encodeURIComponent(INJECTIONS[1]!)}/feedback`,
      `/api/receipts/${encodeURIComponent(INJECTIONS[0]!)}`,
      '/api/receipts/0000-0000',
    ];
    const variants: [string, Record<string, string>][] = [
      ['?unit=%27%20OR%201=1--', {}],
      ['?%ff%fe=%00', {}],
      ['?__proto__[x]=1&constructor[prototype][y]=2', {}],
      ['', { 'if-none-match': '"' + 'x'.repeat(5000) }],
      ['', { 'accept-language': 'vi;q=abc,;;;,*;q=2,' + 'x-'.repeat(500) }],
      ['', { authorization: 'Bearer ' + 'a'.repeat(8000) }],
      ['', { authorization: "Bearer ' OR 1=1--" }],
      ['', { origin: 'null' }],
      ['', auth],
      ['?status=%27%20OR%201=1--&dimension=d1', unit],
      ['?status[]=overdue&dimension[x]=d1', unit],
      ['?' + 'status=overdue&'.repeat(500), unit],
      ['', unit],
    ];
    for (const path of paths) {
      for (const [query, headers] of variants) {
        for (const method of ['GET', 'HEAD', 'DELETE', 'PUT', 'PATCH']) {
          const r = await send(t.url, path + query, { method, headers });
          expect([method, path + query, r.status < 500]).toEqual([method, path + query, true]);
        }
      }
      const r = await send(t.url, path, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      expect(r.status).toBe(404);
    }
    for (const path of [
      '/api/feedback/../export/feedback.csv',
      '/api/%2e%2e/export/feedback.csv',
      '/%00',
      '/api/feedback%00',
      '//api//stats',
    ]) {
      expect((await send(t.url, path)).status).toBeLessThan(500);
    }
  });

  it('stored nothing', async () => {
    expect(await t.collector.store.counts()).toEqual({ feedback: 0, reports: 0 });
    // And the tables are all still there.
    expect((await send(t.url, '/api/stats')).json.feedback.total.count).toBe(0);
  });
});
