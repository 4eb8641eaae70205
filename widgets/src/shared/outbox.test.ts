import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateFeedback } from '@papi/core';
import { OUTBOX_TIMING, Outbox, type OutboxItem, authOf, backoffMs, newId, retryAfterMs } from './outbox.js';
import { closeUnitTokens, collectorBase, getUnitToken, saveUnitToken, tokenScope } from './unit-tokens.js';

const ENDPOINT = 'https://gopy.example.gov.vn/api/feedback';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A fake collector: answers from a script, counts the bodies it got per id. */
function collector(...answers: (number | 'offline' | [number, Record<string, string>, unknown?])[]) {
  const received: { id: string; body: unknown; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    expect(url).toBe(ENDPOINT);
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    const body = JSON.parse(String(init.body)) as { id: string };
    const [status, headers, json] = typeof answer === 'number' ? [answer, {}, undefined] : answer;
    const seen = received.some((r) => r.id === body.id);
    if (status < 300) received.push({ id: body.id, body, init });
    const payload =
      json ??
      (status < 300
        ? { id: body.id, receivedAt: '2026-11-27T05:00:00Z', repeat: seen }
        : { error: { code: `e${status}`, message: 'no' } });
    return new Response(JSON.stringify(payload), {
      status: seen && status === 201 ? 200 : status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, received };
}

function settled(
  outbox: Outbox,
  id: string,
  test: (item: OutboxItem) => boolean = (i) => i.state !== 'queued' || i.attempts > 0,
): Promise<OutboxItem> {
  return new Promise((resolve) => {
    const listener = (e: Event) => {
      const item = (e as CustomEvent<OutboxItem>).detail;
      if (item.id === id && test(item)) {
        outbox.removeEventListener('change', listener);
        resolve(item);
      }
    };
    outbox.addEventListener('change', listener);
  });
}

const record = (extra: Record<string, unknown> = {}) => ({
  id: newId(),
  unit: 'phuong-vinh-chau-2025',
  rating: 5,
  lang: 'vi',
  createdAt: '2026-11-27T05:00:00.000Z',
  ...extra,
});

let outboxes: Outbox[] = [];
const make = () => {
  const o = new Outbox();
  outboxes.push(o);
  return o;
};

beforeEach(() => {
  closeUnitTokens();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  vi.useRealTimers();
  outboxes.forEach((o) => o.stop());
  outboxes = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the outbox', () => {
  it('commits the item before sending it, then keeps the collector’s acknowledgement', async () => {
    const { fetch, received } = collector(201);
    const outbox = make();
    const body = record();
    const item = await outbox.enqueue('feedback', ENDPOINT, body);
    expect(item).toMatchObject({
      id: body.id,
      kind: 'feedback',
      endpoint: ENDPOINT,
      state: 'queued',
      attempts: 0,
      body,
    });
    const done = await settled(outbox, body.id);
    expect(done).toMatchObject({ state: 'sent', attempts: 1, ack: { id: body.id, repeat: false } });
    expect(await outbox.get(body.id)).toMatchObject({ state: 'sent', ack: { id: body.id } });
    expect(received.map((r) => r.id)).toEqual([body.id]);
    const init = fetch.mock.calls[0]![1];
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit' });
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(await outbox.pending()).toEqual([]);
  });

  it('stores an id once and sends it once, however often it is queued', async () => {
    const { fetch } = collector(201);
    const outbox = make();
    const body = record();
    const first = outbox.enqueue('feedback', ENDPOINT, body);
    const again = outbox.enqueue('feedback', ENDPOINT, { ...body, rating: 1 });
    expect((await first).id).toBe((await again).id);
    await settled(outbox, body.id, (i) => i.state === 'sent');
    await outbox.enqueue('feedback', ENDPOINT, body);
    await outbox.flush(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    const db = await openDB('papi-widgets');
    expect(await db.count('outbox')).toBe(1);
    expect(((await db.get('outbox', body.id)) as OutboxItem).body).toMatchObject({ rating: 5 });
    db.close();
  });

  it('keeps an item queued when offline and backs off exponentially, with jitter', async () => {
    vi.useFakeTimers({ toFake: ['Date'] }); // a clock that stands still: "not due yet" however slow the machine
    const { fetch } = collector('offline');
    const outbox = make();
    const body = record();
    const t0 = Date.now();
    await outbox.enqueue('feedback', ENDPOINT, body);
    const first = await settled(outbox, body.id);
    expect(first).toMatchObject({ state: 'queued', attempts: 1, lastError: 'network' });
    expect(first.nextAttemptAt - t0).toBeGreaterThanOrEqual(OUTBOX_TIMING.firstRetryMs / 2);
    expect(first.nextAttemptAt - Date.now()).toBeLessThanOrEqual(OUTBOX_TIMING.firstRetryMs);
    // Not due yet: a plain flush leaves it alone.
    await outbox.flush();
    expect(fetch).toHaveBeenCalledTimes(1);
    // The connection comes back: flush(true), as the online event does, sends at once.
    await outbox.flush(true);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(await outbox.get(body.id)).toMatchObject({ state: 'queued', attempts: 2 });
    expect(backoffMs(1, 0)).toBe(OUTBOX_TIMING.firstRetryMs / 2);
    expect(backoffMs(1, 1)).toBe(OUTBOX_TIMING.firstRetryMs);
    expect(backoffMs(4, 1)).toBe(OUTBOX_TIMING.firstRetryMs * 8);
    expect(backoffMs(40, 1)).toBe(OUTBOX_TIMING.maxRetryMs);
  });

  it('retries on 5xx, 408 and 429, and honours Retry-After', async () => {
    vi.useFakeTimers({ toFake: ['Date'] }); // a clock that stands still: the waits are measured exactly
    collector([503, { 'Retry-After': '120' }], [429, { 'Retry-After': '7' }], 408, 201);
    const outbox = make();
    const body = record();
    await outbox.enqueue('feedback', ENDPOINT, body);
    const a = await settled(outbox, body.id);
    expect(a).toMatchObject({ state: 'queued', attempts: 1, lastError: 'http-503' });
    expect(a.nextAttemptAt - Date.now()).toBeGreaterThan(110_000);
    await outbox.flush(true);
    const b = (await outbox.get(body.id))!;
    expect(b).toMatchObject({ state: 'queued', attempts: 2, lastError: 'http-429' });
    expect(b.nextAttemptAt - Date.now()).toBeGreaterThan(5_000);
    expect(b.nextAttemptAt - Date.now()).toBeLessThanOrEqual(7_000);
    await outbox.flush(true);
    expect(await outbox.get(body.id)).toMatchObject({ state: 'queued', attempts: 3, lastError: 'http-408' });
    await outbox.flush(true);
    expect(await outbox.get(body.id)).toMatchObject({ state: 'sent', attempts: 4 });
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).toBe(60_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });

  it('keeps a rejected item with the collector’s error code, and never retries it', async () => {
    const { fetch } = collector([400, {}, { error: { code: 'invalid-body', message: 'rating: phải là số nguyên' } }]);
    const outbox = make();
    const body = record();
    await outbox.enqueue('feedback', ENDPOINT, body);
    expect(await settled(outbox, body.id)).toMatchObject({ state: 'rejected', lastError: 'invalid-body', attempts: 1 });
    await outbox.flush(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await outbox.get(body.id)).toMatchObject({ state: 'rejected', body });
    // A 4xx without the collector's error body keeps its status.
    collector([404, {}, 'Not found']);
    const other = record();
    await outbox.enqueue('feedback', ENDPOINT, other);
    expect(await settled(outbox, other.id)).toMatchObject({ state: 'rejected', lastError: 'http-404' });
  });

  it('answers a resend after a lost acknowledgement with the original, storing nothing twice', async () => {
    // The first POST reaches the collector, but its answer is lost on the way back.
    const { received } = collector(201);
    const outbox = make();
    const body = record();
    const original = globalThis.fetch as (url: string, init: RequestInit) => Promise<Response>;
    let lose = true;
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      const response = await original(url, init);
      if (lose) {
        lose = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    });
    await outbox.enqueue('feedback', ENDPOINT, body);
    expect(await settled(outbox, body.id)).toMatchObject({ state: 'queued', attempts: 1 });
    await outbox.flush(true);
    expect(await outbox.get(body.id)).toMatchObject({ state: 'sent', ack: { repeat: true } });
    expect(received.map((r) => r.id)).toEqual([body.id, body.id]); // the fake counts deliveries; a real collector stores one
  });

  it('never has two sends of one item in flight, within a page or across tabs', async () => {
    for (const locks of [true, false]) {
      globalThis.indexedDB = new IDBFactory();
      if (!locks) vi.stubGlobal('navigator', { ...navigator, locks: undefined });
      let calls = 0;
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      vi.stubGlobal('fetch', async () => {
        calls++;
        await gate;
        return new Response('{}', { status: 201 });
      });
      const tabA = make();
      const tabB = make();
      const body = record();
      await tabA.enqueue('feedback', ENDPOINT, body);
      // The send is held at the gate; all four flushes but (at most) the one sending get past the item meanwhile.
      const flushes = [tabA.flush(true), tabA.flush(true), tabB.flush(true), tabB.flush(true)];
      let done = 0;
      const counted = flushes.map((f) => f.then(() => done++));
      await vi.waitFor(() => expect([calls > 0, done >= flushes.length - 1]).toEqual([true, true]), {
        timeout: 10_000,
      });
      expect(calls, locks ? 'with Web Locks' : 'with a lease').toBe(1);
      if (!locks) expect((await tabB.get(body.id))!.leaseUntil).toBeGreaterThan(Date.now());
      release();
      await vi.waitFor(async () => expect(await tabB.get(body.id)).toMatchObject({ state: 'sent' }), {
        timeout: 10_000,
      });
      expect((await tabB.get(body.id))!.leaseUntil).toBeUndefined();
      await Promise.all(counted);
      await tabB.flush(true);
      expect(calls).toBe(1);
    }
  });

  it('sends on start what an earlier page left queued, and prunes old sent items', async () => {
    collector('offline');
    const earlier = make();
    const body = record();
    await earlier.enqueue('feedback', ENDPOINT, body);
    await settled(earlier, body.id);
    earlier.stop();
    const db = await openDB('papi-widgets');
    const old: OutboxItem = {
      id: newId(),
      kind: 'feedback',
      endpoint: ENDPOINT,
      body: {},
      createdAt: 0,
      attempts: 1,
      nextAttemptAt: 0,
      state: 'sent',
      doneAt: Date.now() - OUTBOX_TIMING.pruneSentAfterMs - 1,
    };
    const recent: OutboxItem = { ...old, id: newId(), doneAt: Date.now() - 1000 };
    const refused: OutboxItem = { ...old, id: newId(), state: 'rejected', lastError: 'invalid-body' };
    await db.put('outbox', old);
    await db.put('outbox', recent);
    await db.put('outbox', refused);
    await db.put('outbox', { ...(await db.get('outbox', body.id)), nextAttemptAt: 0 });
    db.close();

    const { received } = collector(201);
    const next = make();
    const sent = settled(next, body.id, (i) => i.state === 'sent');
    next.start();
    await sent;
    expect(received.map((r) => r.id)).toEqual([body.id]);
    expect(await next.get(old.id)).toBeUndefined();
    expect(await next.get(recent.id)).toBeDefined();
    expect(await next.get(refused.id)).toMatchObject({ state: 'rejected' });
  });

  it('sends what is queued when the connection comes back', async () => {
    const { fetch } = collector('offline', 201);
    const outbox = make();
    outbox.start();
    const body = record();
    await outbox.enqueue('feedback', ENDPOINT, body);
    await settled(outbox, body.id);
    const sent = settled(outbox, body.id, (i) => i.state === 'sent');
    window.dispatchEvent(new Event('online'));
    await sent;
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('shares the database with other widgets’ stores, whatever its version', async () => {
    const other = await openDB('papi-widgets', 3, { upgrade: (db) => void db.createObjectStore('assessments') });
    other.close();
    collector(201);
    const outbox = make();
    const body = record();
    await outbox.enqueue('feedback', ENDPOINT, body);
    await settled(outbox, body.id);
    const db = await openDB('papi-widgets');
    expect([...db.objectStoreNames].sort()).toEqual(['assessments', 'outbox']);
    expect(db.version).toBe(4);
    db.close();
  });

  it('makes version-7 UUIDs that follow the clock, also without crypto', () => {
    expect(newId()).toMatch(UUID);
    // The first 48 bits are the time in ms: 2026-12-04T08:00:00.000Z.
    const at = Date.UTC(2026, 11, 4, 8);
    expect(newId(at).replace(/-/g, '').slice(0, 12)).toBe(at.toString(16).padStart(12, '0'));
    // Later ids sort after earlier ones, whatever their random part.
    const ids = [at + 2, at, at + 1, at + 60_000].map((t) => newId(t));
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0], ids[3]]);
    // core's rules accept them.
    expect(validateFeedback(record()).ok).toBe(true);
    vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => b.fill(255) });
    expect(newId(at)).toMatch(UUID);
    vi.stubGlobal('crypto', undefined);
    const many = new Set(Array.from({ length: 50 }, () => newId(at)));
    expect(many.size).toBe(50);
    for (const id of many) expect(id).toMatch(UUID);
  });
});

describe('reports and the unit token', () => {
  const REPORTS = 'https://gopy.example.gov.vn/api/reports';
  const SCOPE = tokenScope(REPORTS, 'xa-lai-hoa-2025');
  const TOKEN_A = `papi_${'a'.repeat(10)}_${'b'.repeat(52)}`;
  const TOKEN_B = `papi_${'c'.repeat(10)}_${'d'.repeat(52)}`;
  const report = () => ({
    id: newId(),
    planId: 'ke-hoach-thu',
    unit: 'xa-lai-hoa-2025',
    period: '2026-H2',
    tasks: [{ taskId: 't1', status: 'done' }],
    submittedAt: '2026-11-27T05:00:00.000Z',
  });

  /** A collector that takes TOKEN_B only, as a unit whose first token was revoked. */
  function tokenCollector(accepted = TOKEN_B, code = 'token-invalid') {
    const seen: (string | undefined)[] = [];
    const fetch = vi.fn(async (url: string, init: RequestInit) => {
      expect(url).toBe(REPORTS);
      const auth = (init.headers as Record<string, string>).Authorization;
      seen.push(auth);
      const body = JSON.parse(String(init.body)) as { id: string };
      if (auth === `Bearer ${accepted}`)
        return new Response(JSON.stringify({ id: body.id, current: true }), { status: 201 });
      const status = auth ? (code === 'token-wrong-unit' ? 403 : 401) : 401;
      return new Response(JSON.stringify({ error: { code: auth ? code : 'token-required', message: 'no' } }), {
        status,
      });
    });
    vi.stubGlobal('fetch', fetch);
    return { fetch, seen };
  }

  it('keeps tokens per collector and unit: every route of one collector shares one', () => {
    expect(collectorBase('https://gopy.example.gov.vn/api/reports')).toBe('https://gopy.example.gov.vn/');
    expect(collectorBase('https://cong.example.gov.vn/gop-y/api/receipts/K7MQ3XPD/answer')).toBe(
      'https://cong.example.gov.vn/gop-y/',
    );
    expect(tokenScope('http://localhost:8080/api/reports', 'xa-lai-hoa-2025')).toBe(
      'http://localhost:8080/|xa-lai-hoa-2025',
    );
    expect(tokenScope(REPORTS, 'a')).not.toBe(tokenScope('https://other.example.gov.vn/api/reports', 'a'));
  });

  it('holds a report while no token is kept, sends nothing, and sends it with the token once one is saved', async () => {
    const { fetch, seen } = tokenCollector(TOKEN_A);
    const outbox = make();
    outbox.start();
    const body = report();
    await outbox.enqueue('report', REPORTS, body, { auth: SCOPE });
    const held = await settled(outbox, body.id, (i) => !!i.held);
    expect(held).toMatchObject({ state: 'queued', held: true, lastError: 'token-missing', attempts: 0 });
    await outbox.flush(true);
    expect(fetch).not.toHaveBeenCalled();
    await saveUnitToken(SCOPE, TOKEN_A);
    const sent = settled(outbox, body.id, (i) => i.state === 'sent');
    await outbox.release(SCOPE);
    expect(await sent).toMatchObject({ state: 'sent', attempts: 1 });
    expect((await outbox.get(body.id))!.held).toBeUndefined();
    expect(seen).toEqual([`Bearer ${TOKEN_A}`]);
  });

  it('holds a report whose token is refused (401 or 403 token-…) without retrying it, until a new token is saved', async () => {
    const { fetch, seen } = tokenCollector(TOKEN_B);
    await saveUnitToken(SCOPE, TOKEN_A);
    const outbox = make();
    outbox.start();
    const body = report();
    await outbox.enqueue('report', REPORTS, body, { auth: SCOPE });
    expect(await settled(outbox, body.id, (i) => !!i.held)).toMatchObject({
      state: 'queued',
      held: true,
      lastError: 'token-invalid',
      attempts: 1,
    });
    // Not retried: not by a flush, not by the timer, not when the connection comes back.
    await outbox.flush(true);
    globalThis.dispatchEvent(new Event('online'));
    await outbox.flush(true); // what the online event starts, run to its end
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((await outbox.pending()).map((i) => i.id)).toEqual([body.id]);
    // The body is kept as it was submitted.
    expect((await outbox.get(body.id))!.body).toEqual(body);
    await saveUnitToken(SCOPE, TOKEN_B);
    const sent = settled(outbox, body.id, (i) => i.state === 'sent');
    await outbox.release(SCOPE);
    expect(await sent).toMatchObject({ state: 'sent', attempts: 2 });
    expect(seen).toEqual([`Bearer ${TOKEN_A}`, `Bearer ${TOKEN_B}`]);
  });

  it('holds on 403 token-wrong-unit, but gives up on other 403s as before', async () => {
    tokenCollector(TOKEN_B, 'token-wrong-unit');
    await saveUnitToken(SCOPE, TOKEN_A);
    const outbox = make();
    const body = report();
    await outbox.enqueue('report', REPORTS, body, { auth: SCOPE });
    expect(await settled(outbox, body.id)).toMatchObject({
      state: 'queued',
      held: true,
      lastError: 'token-wrong-unit',
    });
    vi.stubGlobal(
      'fetch',
      async () => new Response(JSON.stringify({ error: { code: 'origin-not-allowed' } }), { status: 403 }),
    );
    const other = report();
    await outbox.enqueue('report', REPORTS, other, { auth: SCOPE });
    expect(await settled(outbox, other.id)).toMatchObject({ state: 'rejected', lastError: 'origin-not-allowed' });
  });

  it('tries the new token at once when one was saved while the refused send was on its way', async () => {
    let release!: () => void;
    let onTheWay!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const sending = new Promise<void>((r) => (onTheWay = r));
    const inner = tokenCollector(TOKEN_B).fetch;
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      if ((init.headers as Record<string, string>).Authorization === `Bearer ${TOKEN_A}`) {
        onTheWay();
        await gate;
      }
      return inner(url, init);
    });
    await saveUnitToken(SCOPE, TOKEN_A);
    const outbox = make();
    outbox.start();
    const body = report();
    const sent = settled(outbox, body.id, (i) => i.state === 'sent');
    await outbox.enqueue('report', REPORTS, body, { auth: SCOPE });
    await sending;
    await saveUnitToken(SCOPE, TOKEN_B);
    await outbox.release(SCOPE); // nothing is held yet
    release();
    // The refusal came for the old token: the item is due again, not held.
    await vi.waitFor(async () =>
      expect(await outbox.get(body.id)).toMatchObject({ state: 'queued', attempts: 1, lastError: 'token-invalid' }),
    );
    expect((await outbox.get(body.id))!.held).toBeUndefined();
    await outbox.flush();
    expect(await sent).toMatchObject({ state: 'sent' });
    expect(await getUnitToken(SCOPE)).toMatchObject({
      token: TOKEN_B,
      unit: 'xa-lai-hoa-2025',
      collector: 'https://gopy.example.gov.vn/',
    });
  });

  it('gives a report queued before items had a scope its unit’s, so it waits for the token too', () => {
    expect(authOf({ kind: 'report', endpoint: REPORTS, body: report() })).toBe(SCOPE);
    expect(authOf({ kind: 'feedback', endpoint: ENDPOINT, body: record() })).toBeUndefined();
  });
});
