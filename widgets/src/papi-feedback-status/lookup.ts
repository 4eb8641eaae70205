import { type ReceiptStatus, validateReceiptStatus } from '@papi/core';
import { collectorUrl } from '../shared/data-controller.js';
import { retryAfterMs } from '../shared/retry-after.js';

/**
 * What a look-up by receipt code gave. Each failure has its own message:
 * - unknown: the collector knows no such code (404)
 * - busy: too many look-ups (429, or 503), with when to try again (Retry-After; a minute when it says nothing)
 * - offline: the device has no connection
 * - network: online, but the collector could not be reached (or its CORS policy refused this page)
 * - timeout, server (another status), invalid (not the contract's JSON)
 */
export type LookupResult =
  | { readonly kind: 'found'; readonly value: ReceiptStatus }
  | { readonly kind: 'unknown'; readonly code: string }
  | { readonly kind: 'busy'; readonly retryAt: number }
  | { readonly kind: 'offline' }
  | { readonly kind: 'network'; readonly host: string }
  | { readonly kind: 'timeout'; readonly host: string; readonly seconds: number }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'invalid' };

/** The collector's rate limit counts look-ups per minute: without a Retry-After, a minute is the wait it means. */
export const BUSY_DEFAULT_MS = 60_000;
/** A resident waits for an answer no longer than this; a longer Retry-After is waited this long, then tried. */
const BUSY_MAX_MS = 10 * 60_000;

/** The URL a code is looked up at: the collector's api/receipts/ with the code, from the element's `endpoint`. */
export function receiptUrl(endpoint: string | null | undefined, code: string): string | undefined {
  const base = collectorUrl(endpoint, 'receipts');
  return base ? `${base.replace(/\/?$/, '/')}${encodeURIComponent(code)}` : undefined;
}

/** Looks a code (already in its written form) up; never throws. */
export async function lookUpReceipt(url: string, code: string, timeoutMs = 15_000): Promise<LookupResult> {
  const host = new URL(url).host;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    if (response.status === 404) return { kind: 'unknown', code };
    if (response.status === 429 || response.status === 503) {
      const wait = retryAfterMs(response.headers.get('Retry-After'), Date.now(), BUSY_MAX_MS) ?? BUSY_DEFAULT_MS;
      return { kind: 'busy', retryAt: Date.now() + Math.max(wait, 1000) };
    }
    if (!response.ok) return { kind: 'server', status: response.status };
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { kind: 'invalid' };
    }
    const checked = validateReceiptStatus(body);
    // The answer must be about the code asked for: anything else is not this resident's feedback.
    return checked.ok && checked.value.receipt === code ? { kind: 'found', value: checked.value } : { kind: 'invalid' };
  } catch {
    if (controller.signal.aborted) return { kind: 'timeout', host, seconds: Math.round(timeoutMs / 1000) };
    if (globalThis.navigator?.onLine === false) return { kind: 'offline' };
    return { kind: 'network', host };
  } finally {
    clearTimeout(timer);
  }
}

/** A code given in the page's address: `#receipt=K7MQ-3XPD` (what the feedback dialog links to) or `?receipt=…`. */
export function codeFromAddress(where: Pick<Location, 'hash' | 'search'> | undefined): string | undefined {
  if (!where) return undefined;
  const fromHash = new URLSearchParams(where.hash.replace(/^#/, '')).get('receipt');
  const value = fromHash ?? new URLSearchParams(where.search).get('receipt');
  return value?.trim() ? value.trim() : undefined;
}
