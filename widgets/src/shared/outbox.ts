import type { IDBPDatabase } from 'idb';
import { parseReceipt } from '@papi/core';
import { StoreConnection, indexedDbAvailable } from './idb.js';
import { retryAfterMs as readRetryAfter } from './retry-after.js';
import { getUnitToken, tokenScope } from './unit-tokens.js';
import { inBackground } from './in-background.js';
import { keepReceipt } from './receipts.js';
import { newId } from './new-id.js';

export { newId };

/**
 * The widgets' outbox: what a resident or an officer sends is first committed to IndexedDB, then POSTed to the
 * collector, and retried until the collector answers. The item's id (a UUID) is the idempotency key the collector
 * stores once, so a resend after a lost answer stores nothing twice.
 *
 * - 2xx (the collector's 201 new / 200 repeat): state "sent", with the collector's acknowledgement; an item that
 *   holds a resident's contact is then removed at once, others some days later.
 * - 4xx other than 408 and 429: state "rejected", with the collector's error code; kept, never retried.
 * - network failure, timeout, 5xx, 408, 429: stays "queued"; retried with exponential backoff and jitter (or after
 *   Retry-After), on the `online` event, on the next page load and on a timer.
 * - An item sent in a unit's name (a report) goes with the unit's token (unit-tokens.ts). With no token kept yet,
 *   or when the collector refuses the one sent (401, or 403 with a token-… code), it stays "queued" but `held`: not
 *   retried until a token is saved for it and `release` is called. Nothing the officer submitted is lost meanwhile.
 * - Where the device cannot keep anything, `sendUnsaved` sends once, directly, and the caller offers a retry.
 * - Never two sends of one item at once, also across tabs: a Web Lock per item, or a lease in the item where the
 *   Web Locks API is missing.
 */
export type OutboxKind = 'feedback' | 'report';
export type OutboxState = 'queued' | 'sent' | 'rejected';

export interface OutboxItem {
  id: string;
  kind: OutboxKind;
  /** The full URL the body is POSTed to. */
  endpoint: string;
  body: unknown;
  /** When it was queued (ms since the epoch). */
  createdAt: number;
  attempts: number;
  /** Not sent before this time (ms), unless the connection just came back. */
  nextAttemptAt: number;
  state: OutboxState;
  /** Why the last attempt failed: "network", "timeout", "http-503", or the collector's error code. */
  lastError?: string;
  /** The collector's answer to a sent item. */
  ack?: unknown;
  /** When it was sent or rejected (ms); sent items are pruned some days after. */
  doneAt?: number;
  /** Only without Web Locks: a tab is sending the item until then (ms). */
  leaseUntil?: number;
  /** The scope of the unit token it is sent with (unit-tokens.ts' tokenScope); reports have one even without it. */
  auth?: string;
  /** Waiting for a unit token (lastError: token-missing, or the collector's code for the refused one). */
  held?: boolean;
  /**
   * Sent from a device many people use (the counter's kiosk): its receipt code is not kept for a "next visit",
   * which would be someone else's.
   */
  shared?: boolean;
}

/** The unit-token scope an item is sent with: its own, or for a report queued before items had one, its unit's. */
export function authOf(item: Pick<OutboxItem, 'auth' | 'kind' | 'endpoint' | 'body'>): string | undefined {
  if (item.auth) return item.auth;
  const unit = (item.body as { unit?: unknown } | null)?.unit;
  return item.kind === 'report' && typeof unit === 'string' ? tokenScope(item.endpoint, unit) : undefined;
}

/**
 * Whether an item holds personal data (a contact given with consent, a dossier code typed at the counter), which is
 * not kept once delivered.
 */
const keptPersonal = (item: OutboxItem): boolean => {
  const body = item.body as { contact?: unknown; dossier?: unknown } | null;
  return [body?.contact, body?.dossier].some((value) => typeof value === 'string' && value !== '');
};

/** The receipt code in a collector's acknowledgement (absent from collectors older than receipts). */
export function receiptOf(item: Pick<OutboxItem, 'ack'>): string | undefined {
  const receipt = (item.ack as { receipt?: unknown } | null | undefined)?.receipt;
  return typeof receipt === 'string' && parseReceipt(receipt) === receipt ? receipt : undefined;
}

/** Whether a refusal is about the unit token (and so held for a new one) rather than about the item itself. */
const tokenRefused = (status: number, code: string | undefined): boolean =>
  status === 401 || (status === 403 && !!code?.startsWith('token-'));

export interface OutboxChangeEvent extends CustomEvent<OutboxItem> {
  readonly type: 'change';
}

/** Timing of retries; tests and embedders may adjust it. */
export const OUTBOX_TIMING = {
  firstRetryMs: 2_000,
  maxRetryMs: 60 * 60_000,
  maxRetryAfterMs: 24 * 60 * 60_000,
  requestTimeoutMs: 20_000,
  leaseMs: 60_000,
  /** The timer looks again at least this often, for items another tab queued. */
  timerCapMs: 5 * 60_000,
  pruneSentAfterMs: 14 * 24 * 60 * 60_000,
};

const DB_NAME = 'papi-widgets';
const STORE = 'outbox';

/** Delay before retry number `attempts` (1, 2, …): exponential, capped, with jitter so that clients spread out. */
export function backoffMs(attempts: number, random = Math.random()): number {
  const ceiling = Math.min(OUTBOX_TIMING.maxRetryMs, OUTBOX_TIMING.firstRetryMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + random / 2));
}

/** Retry-After as seconds or an HTTP date, in ms from now, at most OUTBOX_TIMING.maxRetryAfterMs; undefined when absent or unreadable. */
export const retryAfterMs = (header: string | null, now = Date.now()): number | undefined =>
  readRetryAfter(header, now, OUTBOX_TIMING.maxRetryAfterMs);

type Outcome = Pick<OutboxItem, 'state' | 'attempts' | 'nextAttemptAt'> & Partial<OutboxItem>;

export class Outbox extends EventTarget {
  // Other widgets may keep their own stores in the same database.
  private readonly connection = new StoreConnection(DB_NAME, STORE, { keyPath: 'id' });
  private readonly inFlight = new Set<string>();
  /** Items removed as soon as they were acknowledged (they held a contact), for this page's later questions. */
  private readonly acknowledged = new Map<string, OutboxItem>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Tells the page's other tabs that an item changed, so their dialogs update too. */
  private channel: BroadcastChannel | undefined;
  private readonly onOnline = (): void => inBackground(this.flush(true), 'outbox');
  private started = false;
  private stopped = false;

  /** Listens for the connection coming back and for other tabs, prunes old items and sends what is due. */
  start(): void {
    if (this.started) return;
    this.started = true;
    globalThis.addEventListener?.('online', this.onOnline);
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel('papi-widgets-outbox');
      this.channel.onmessage = (e: MessageEvent<string>) =>
        inBackground(
          this.get(String(e.data)).then((item) => {
            if (item) this.emit(item, false);
            return this.schedule(); // another tab's item: this one sends it if that tab goes away
          }),
          'outbox',
        );
    }
    inBackground(
      this.prune().then(() => this.flush()),
      'outbox',
    );
  }

  /** Stops listening and timing (tests; a page never needs it). */
  stop(): void {
    this.started = false;
    this.stopped = true;
    globalThis.removeEventListener?.('online', this.onOnline);
    clearTimeout(this.timer);
    this.channel?.close();
    this.channel = undefined;
    this.connection.close();
  }

  /**
   * Commits the body to the outbox under its id, then tries to send it in the background. Queuing an id that is
   * already there changes nothing and returns the stored item.
   */
  async enqueue(
    kind: OutboxKind,
    endpoint: string,
    body: { id: string } & Record<string, unknown>,
    options: { auth?: string; shared?: boolean } = {},
  ): Promise<OutboxItem> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    const existing = (await tx.store.get(body.id)) as OutboxItem | undefined;
    const item: OutboxItem = existing ?? {
      id: body.id,
      kind,
      endpoint,
      body,
      createdAt: Date.now(),
      attempts: 0,
      nextAttemptAt: 0,
      state: 'queued',
      ...(options.auth ? { auth: options.auth } : {}),
      ...(options.shared ? { shared: true } : {}),
    };
    if (!existing) await tx.store.add(item);
    await tx.done;
    if (!existing) this.emit(item);
    inBackground(
      this.attempt(item.id, true).then(() => this.schedule()),
      'outbox',
    );
    return item;
  }

  /** Sends every queued item that is due now (`all`: also those still waiting out their backoff); held ones wait. */
  async flush(all = false): Promise<void> {
    for (const item of await this.pending()) {
      if (!item.held && (all || item.nextAttemptAt <= Date.now())) await this.attempt(item.id, all);
    }
    await this.schedule();
  }

  /**
   * A token was saved for this scope: the items held for one are sent now, with it. Call after saveUnitToken; the
   * items of other tabs are in the same database, so one call sends them all.
   */
  async release(scope: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    const released: OutboxItem[] = [];
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      const item = cursor.value as OutboxItem;
      if (item.state !== 'queued' || !item.held || authOf(item) !== scope) continue;
      const next: OutboxItem = { ...item, nextAttemptAt: 0 };
      delete next.held;
      await cursor.update(next);
      released.push(next);
    }
    await tx.done;
    for (const item of released) this.emit(item);
    for (const item of released) await this.attempt(item.id, true);
    await this.schedule();
  }

  /**
   * Sends a body once without keeping it, for when this device cannot keep anything (storage blocked, refused or
   * full). The caller keeps the body to offer a retry; its id makes a repeat store nothing twice. The item returned
   * says what happened: "sent", "rejected", or still "queued" (network, timeout, 5xx: not delivered).
   */
  async sendUnsaved(
    kind: OutboxKind,
    endpoint: string,
    body: { id: string } & Record<string, unknown>,
    attempts = 0,
  ): Promise<OutboxItem> {
    const item: OutboxItem = {
      id: body.id,
      kind,
      endpoint,
      body,
      createdAt: Date.now(),
      attempts,
      nextAttemptAt: 0,
      state: 'queued',
    };
    return { ...item, ...(await this.post(item, undefined)) };
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    const kept = (await (await this.open()).get(STORE, id)) as OutboxItem | undefined;
    return kept ?? this.acknowledged.get(id);
  }

  /** Items not yet acknowledged nor rejected, oldest first. */
  async pending(): Promise<OutboxItem[]> {
    const all = (await (await this.open()).getAll(STORE)) as OutboxItem[];
    return all.filter((i) => i.state === 'queued').sort((a, b) => a.createdAt - b.createdAt);
  }

  private open(): Promise<IDBPDatabase> {
    return this.connection.open();
  }

  private emit(item: OutboxItem, broadcast = true): void {
    this.dispatchEvent(new CustomEvent('change', { detail: item }));
    if (broadcast) this.channel?.postMessage(item.id);
  }

  /** One send of one item, if it is still queued, due (or `force`), and no one else is sending it. The caller schedules the next. */
  private async attempt(id: string, force: boolean): Promise<void> {
    if (this.inFlight.has(id) || this.stopped) return;
    this.inFlight.add(id);
    try {
      const locks = (globalThis.navigator as Navigator | undefined)?.locks;
      if (locks)
        await locks.request(`papi-widgets-outbox:${id}`, { ifAvailable: true }, (lock) =>
          lock ? this.send(id, force, false) : undefined,
        );
      else await this.send(id, force, true);
    } catch (error) {
      console.warn('papi-widgets outbox:', error);
    } finally {
      this.inFlight.delete(id);
    }
  }

  private async send(id: string, force: boolean, lease: boolean): Promise<void> {
    const db = await this.open();
    const now = Date.now();
    const claim = db.transaction(STORE, 'readwrite');
    const item = (await claim.store.get(id)) as OutboxItem | undefined;
    if (
      !item ||
      item.state !== 'queued' ||
      item.held ||
      (!force && item.nextAttemptAt > now) ||
      (item.leaseUntil ?? 0) > now
    )
      return claim.done;
    if (lease) await claim.store.put({ ...item, leaseUntil: now + OUTBOX_TIMING.leaseMs });
    await claim.done;

    const scope = authOf(item);
    const token = scope ? (await getUnitToken(scope))?.token : undefined;
    const outcome: Outcome =
      scope && !token
        ? { state: 'queued', attempts: item.attempts, nextAttemptAt: 0, held: true, lastError: 'token-missing' }
        : await this.post(item, token);
    // Refused, but another token was saved meanwhile (here or in another tab): try that one rather than wait.
    if (outcome.held && token && scope && (await getUnitToken(scope))?.token !== token) {
      outcome.held = false;
      outcome.nextAttemptAt = Date.now();
    }

    const settle = db.transaction(STORE, 'readwrite');
    const current = (await settle.store.get(id)) as OutboxItem | undefined;
    if (!current || current.state !== 'queued') return settle.done; // settled elsewhere meanwhile
    const next: OutboxItem = { ...current, ...outcome };
    delete next.leaseUntil;
    if (!next.held) delete next.held;
    // A resident's contact or dossier code is kept no longer than it takes to deliver it: once acknowledged, the item goes.
    if (next.state === 'sent' && keptPersonal(next)) {
      await settle.store.delete(id);
      this.acknowledged.set(id, next);
    } else await settle.store.put(next);
    await settle.done;
    const receipt = next.state === 'sent' && next.kind === 'feedback' && !next.shared ? receiptOf(next) : undefined;
    if (receipt) {
      // Kept before anyone hears of the delivery, so that a dialog open now can mark it seen.
      const unit = String((next.body as { unit?: unknown }).unit ?? '');
      await keepReceipt({ id: next.id, receipt, unit, sentAt: next.doneAt ?? Date.now(), seen: false }).catch(
        (error: unknown) => console.warn('papi-widgets receipts:', error),
      );
    }
    this.emit(next);
  }

  private async post(item: OutboxItem, token: string | undefined): Promise<Outcome> {
    const attempts = item.attempts + 1;
    const retry = (lastError: string, after?: number): Outcome => ({
      state: 'queued',
      attempts,
      lastError,
      nextAttemptAt: Date.now() + (after ?? backoffMs(attempts)),
    });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), OUTBOX_TIMING.requestTimeoutMs);
    try {
      const response = await fetch(item.endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(item.body),
        credentials: 'omit',
        cache: 'no-store',
        signal: controller.signal,
      });
      const status = response.status;
      const payload: unknown = await response.json().catch(() => undefined);
      if (status >= 200 && status < 300)
        return {
          state: 'sent',
          attempts,
          nextAttemptAt: 0,
          ack: payload ?? null,
          lastError: undefined,
          doneAt: Date.now(),
        };
      if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
        const raw = (payload as { error?: { code?: unknown } } | undefined)?.error?.code;
        const code = typeof raw === 'string' ? raw.slice(0, 100) : undefined;
        // The token, not the item, was refused: the item waits for a new token instead of being given up.
        if (token && tokenRefused(status, code))
          return { state: 'queued', attempts, nextAttemptAt: 0, held: true, lastError: code ?? `http-${status}` };
        return {
          state: 'rejected',
          attempts,
          nextAttemptAt: 0,
          lastError: code ?? `http-${status}`,
          doneAt: Date.now(),
        };
      }
      return retry(`http-${status}`, retryAfterMs(response.headers.get('Retry-After')));
    } catch {
      return retry(controller.signal.aborted ? 'timeout' : 'network');
    } finally {
      clearTimeout(timer);
    }
  }

  /** One timer for the earliest retry among the queued items. */
  private async schedule(): Promise<void> {
    if (!this.started) return;
    const queued = (await this.pending()).filter((i) => !i.held);
    clearTimeout(this.timer);
    this.timer = undefined;
    if (queued.length === 0) return;
    const due = Math.min(...queued.map((i) => Math.max(i.nextAttemptAt, i.leaseUntil ?? 0)));
    const wait = Math.min(Math.max(due - Date.now(), 1000), OUTBOX_TIMING.timerCapMs);
    this.timer = setTimeout(() => inBackground(this.flush(), 'outbox'), wait);
  }

  private async prune(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    const before = Date.now() - OUTBOX_TIMING.pruneSentAfterMs;
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      const item = cursor.value as OutboxItem;
      if (item.state === 'sent' && (item.doneAt ?? 0) < before) await cursor.delete();
    }
    await tx.done;
  }
}

let instance: Outbox | undefined;

/** The page's outbox, started on first use. */
export function getOutbox(): Outbox {
  if (!instance) {
    instance = new Outbox();
    instance.start();
  }
  return instance;
}

// What an earlier visit left queued (offline, or the collector down) is sent on this page load, as soon as any
// element that uses the outbox is defined.
if (typeof window !== 'undefined' && indexedDbAvailable()) setTimeout(getOutbox, 0);
