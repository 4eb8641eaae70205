import {
  ANSWER_STATUSES,
  DIMENSION_IDS,
  INBOX_FILTERS,
  type AnswerChange,
  type InboxFilter,
  type InboxItem,
  type ReceiptStatus,
  validateReceiptStatus,
} from '@papi/core';
import { endpointAddress } from '../shared/data-controller.js';
import { retryAfterMs } from '../shared/retry-after.js';

/**
 * The collector's side of the unit's inbox (packages/collector/README.md): GET /api/units/:unit/feedback (and .csv)
 * and POST /api/receipts/:code/answer, each with the unit's token in the Authorization header. Nothing here keeps
 * the token: the element reads it from the device's store (shared/unit-tokens.ts) for each request.
 */

export interface Inbox {
  readonly unit: string;
  readonly answerDays: number;
  readonly answerDaysConfirmed: boolean;
  readonly truncated: boolean;
  readonly items: readonly InboxItem[];
}

export interface InboxFilters {
  readonly status?: InboxFilter;
  readonly dimension?: string;
}

/**
 * Why a request failed. refused: the token is not taken (401: unknown, revoked, malformed; detail: the collector's
 * code); wrong-unit: it is another unit's (403 token-wrong-unit); origin: the collector does not allow this page's
 * site (403 origin-not-allowed); busy: too many requests (429/503, retryAt); rejected: the collector refused the
 * request's content (400, with its issue codes); unknown: no such receipt (404); offline, network, timeout, server
 * (another status), invalid (not the contract's JSON).
 */
export type Failure =
  | { readonly kind: 'refused'; readonly code: string }
  | { readonly kind: 'wrong-unit' }
  | { readonly kind: 'origin' }
  | { readonly kind: 'busy'; readonly retryAt: number }
  | { readonly kind: 'rejected'; readonly code: string; readonly issues: readonly string[] }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'network'; readonly host: string }
  | { readonly kind: 'timeout'; readonly host: string; readonly seconds: number }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'invalid' };

export type Result<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false } & Failure);

const TIMEOUT_MS = 20_000;
/** A Retry-After longer than this is waited this long (the officer may press Try again sooner). */
const BUSY_MAX_MS = 10 * 60_000;

/** The collector's base URL from the element's `endpoint` (its base URL or /api/ address), or undefined. */
export function apiBase(endpoint: string | null | undefined): string | undefined {
  const url = endpointAddress(endpoint);
  if (!url) return undefined;
  url.hash = '';
  url.search = '';
  url.pathname = url.pathname.replace(/\/api(\/.*)?$/, '/').replace(/\/?$/, '/');
  return url.href;
}

/** GET address of the inbox (`.csv` for the export), with the filters in the query. */
export function inboxUrl(base: string, unit: string, filters: InboxFilters, csv = false): string {
  const url = new URL(`api/units/${encodeURIComponent(unit)}/feedback${csv ? '.csv' : ''}`, base);
  if (filters.status) url.searchParams.set('status', filters.status);
  if (filters.dimension) url.searchParams.set('dimension', filters.dimension);
  return url.href;
}

export const answerUrl = (base: string, receipt: string): string =>
  new URL(`api/receipts/${encodeURIComponent(receipt)}/answer`, base).href;

const isString = (v: unknown): v is string => typeof v === 'string';
const optionalString = (v: unknown): boolean => v === undefined || isString(v);

function checkItem(v: unknown): InboxItem | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  const ok =
    isString(o.receipt) &&
    isString(o.receivedAt) &&
    isString(o.dueAt) &&
    isString(o.lang) &&
    typeof o.rating === 'number' &&
    typeof o.overdue === 'boolean' &&
    (ANSWER_STATUSES as readonly unknown[]).includes(o.status) &&
    ['dimension', 'service', 'comment', 'contact', 'dossier', 'answer', 'answeredAt'].every((k) =>
      optionalString(o[k]),
    ) &&
    Array.isArray(o.history) &&
    o.history.every(
      (h: unknown) =>
        typeof h === 'object' &&
        h !== null &&
        isString((h as Record<string, unknown>).status) &&
        isString((h as Record<string, unknown>).at) &&
        optionalString((h as Record<string, unknown>).answer),
    );
  return ok ? (o as unknown as InboxItem) : undefined;
}

/** The inbox's answer as the contract gives it, or undefined (then nothing of it is shown). */
export function checkInbox(body: unknown, unit: string): Inbox | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const o = body as Record<string, unknown>;
  if (o.unit !== unit || typeof o.answerDays !== 'number' || !Array.isArray(o.items)) return undefined;
  const items: InboxItem[] = [];
  for (const raw of o.items) {
    const item = checkItem(raw);
    if (!item) return undefined;
    items.push(item);
  }
  return {
    unit,
    answerDays: o.answerDays,
    answerDaysConfirmed: o.answerDaysConfirmed === true,
    truncated: o.truncated === true,
    items,
  };
}

/** A failed response as a Failure (the body read for the collector's error code). */
async function failureOf(response: Response): Promise<Failure> {
  if (response.status === 429 || response.status === 503) {
    const wait = retryAfterMs(response.headers.get('Retry-After'), Date.now(), BUSY_MAX_MS) ?? 60_000;
    return { kind: 'busy', retryAt: Date.now() + Math.max(wait, 1000) };
  }
  let error: { code?: unknown; issues?: unknown } = {};
  try {
    const body = (await response.json()) as { error?: typeof error };
    error = body.error ?? {};
  } catch {
    // no JSON: the status says enough
  }
  const code = typeof error.code === 'string' ? error.code : '';
  if (response.status === 401) return { kind: 'refused', code };
  if (response.status === 403) return code === 'origin-not-allowed' ? { kind: 'origin' } : { kind: 'wrong-unit' };
  if (response.status === 404) return { kind: 'unknown' };
  if (response.status === 400) {
    const issues = Array.isArray(error.issues)
      ? error.issues.flatMap((i: unknown) =>
          typeof i === 'object' && i !== null && isString((i as { code?: unknown }).code)
            ? [(i as { code: string }).code]
            : [],
        )
      : [];
    return { kind: 'rejected', code, issues };
  }
  return { kind: 'server', status: response.status };
}

/** Makes one request with the token; never throws. */
async function request<T>(
  url: string,
  token: string,
  init: { method?: string; body?: string; accept: string },
  read: (response: Response) => Promise<T | undefined>,
): Promise<Result<T>> {
  const host = new URL(url).host;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      headers: {
        Accept: init.accept,
        Authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: init.body }),
    });
    if (!response.ok) return { ok: false, ...(await failureOf(response)) };
    const value = await read(response).catch(() => undefined);
    return value === undefined ? { ok: false, kind: 'invalid' } : { ok: true, value };
  } catch {
    if (controller.signal.aborted) return { ok: false, kind: 'timeout', host, seconds: TIMEOUT_MS / 1000 };
    if (globalThis.navigator?.onLine === false) return { ok: false, kind: 'offline' };
    return { ok: false, kind: 'network', host };
  } finally {
    clearTimeout(timer);
  }
}

export function fetchInbox(base: string, unit: string, token: string, filters: InboxFilters): Promise<Result<Inbox>> {
  return request(inboxUrl(base, unit, filters), token, { accept: 'application/json' }, async (r) =>
    checkInbox(await r.json(), unit),
  );
}

/** The CSV file as the collector made it (its byte order mark kept, for spreadsheets), and its name. */
export function fetchInboxCsv(
  base: string,
  unit: string,
  token: string,
  filters: InboxFilters,
): Promise<Result<{ blob: Blob; name: string }>> {
  return request(inboxUrl(base, unit, filters, true), token, { accept: 'text/csv' }, async (r) => {
    const name = /filename="([\w.-]+)"/.exec(r.headers.get('Content-Disposition') ?? '')?.[1];
    return { blob: await r.blob(), name: name ?? `papi-feedback-${unit}.csv` };
  });
}

export function sendAnswer(
  base: string,
  receipt: string,
  token: string,
  change: AnswerChange,
): Promise<Result<ReceiptStatus>> {
  return request(
    answerUrl(base, receipt),
    token,
    { method: 'POST', body: JSON.stringify(change), accept: 'application/json' },
    async (r) => {
      const checked = validateReceiptStatus(await r.json());
      return checked.ok && checked.value.receipt === receipt ? checked.value : undefined;
    },
  );
}

/** A filter value from a form's select, or undefined for "all" and anything unknown. */
export const statusFilter = (value: string): InboxFilter | undefined =>
  (INBOX_FILTERS as readonly string[]).includes(value) ? (value as InboxFilter) : undefined;
export const dimensionFilter = (value: string): string | undefined =>
  (DIMENSION_IDS as readonly string[]).includes(value) ? value : undefined;
