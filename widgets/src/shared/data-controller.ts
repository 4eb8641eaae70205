import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue } from '@papi/core';
import { retryAfterMs } from './retry-after.js';
import { inBackground } from './in-background.js';

/**
 * Why data could not be shown; each kind has its own translated message.
 * - address: src is not a usable address (unparseable, or not http(s)): retrying cannot help, the editors must fix it
 * - network: the request failed (offline, or, for another site, blocked by that site's CORS policy)
 * - timeout: the server did not answer in time
 * - http: the server answered with an error status
 * - busy: the server answered 429 or 503 with Retry-After: the controller loads again by itself after that wait
 * - json, invalid: the answer is not JSON, or not valid data
 * - none: no src, no inline JSON and no default
 */
export type DataErrorKind = 'address' | 'network' | 'timeout' | 'http' | 'busy' | 'json' | 'invalid' | 'none';

export type DataState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T; readonly origin: 'src' | 'inline' | 'default' }
  | {
      readonly status: 'error';
      readonly kind: DataErrorKind;
      readonly detail: string;
      readonly issues?: readonly Issue[];
      /** For address: the address as given; for network, timeout and http: the host asked. */
      readonly address?: string;
      /** For network: the host is another site's, so its CORS policy may be what blocked the request. */
      readonly crossOrigin?: boolean;
      /** For busy: when the controller loads again (ms since the epoch); detail holds the seconds until then. */
      readonly retryAt?: number;
    };

/**
 * An endpoint an editor gives (a collector's address): an absolute http(s) URL, or a root-relative path ("/", "/api/")
 * on the page's own site. Anything else (a bare host name such as "gopy.example.gov.vn", which a browser would take
 * as a path relative to the page, "//host", ftp:, javascript:) gives undefined.
 */
export function endpointAddress(raw: string | null | undefined): URL | undefined {
  const value = raw?.trim();
  if (!value || !(/^https?:\/\/[^/\s]/i.test(value) || /^\/(?![/\\])/.test(value))) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The URL of one of the collector's routes (`api/feedback`, `api/reports`, `api/stats`, `api/receipts`) from an
 * element's `endpoint`: the route's own URL as given, or the collector's base URL or its `/api/` address with the
 * route added.
 */
export function collectorUrl(
  endpoint: string | null | undefined,
  route: 'feedback' | 'reports' | 'stats' | 'receipts',
): string | undefined {
  const url = endpointAddress(endpoint);
  if (!url) return undefined;
  url.hash = '';
  if (new RegExp(`/api/${route}/?$`).test(url.pathname)) return url.href;
  url.pathname = `${url.pathname.replace(/\/?$/, '/')}${/\/api\/?$/.test(url.pathname) ? '' : 'api/'}${route}`;
  return url.href;
}

/** The example an editor is shown for a bad endpoint: their own host name with https:// when that is what they wrote. */
export function endpointExample(raw: string | null | undefined, fallback = 'https://gopy.example.gov.vn'): string {
  const value = raw?.trim() ?? '';
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/[^\s]*)?$/i.test(value) ? `https://${value}` : fallback;
}

/** A Retry-After longer than this is waited for this long only: a dashboard left open tries again within the hour. */
const BUSY_MAX_MS = 60 * 60_000;

export type Validate<T> = (value: unknown) => { ok: true; value: T } | { ok: false; issues: readonly Issue[] };

export interface DataSource<T> {
  /** The `src` attribute's current value. */
  readonly src: () => string | null | undefined;
  readonly validate: Validate<T>;
  /** Data to use when neither src nor inline JSON is given; none means that is an error. */
  readonly fallback?: () => Promise<T>;
  readonly timeoutMs?: number;
  /** The fetch cache mode, e.g. 'no-cache' for data that changes while the page is open (revalidated with its ETag). */
  readonly cache?: RequestCache;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Loads an element's data from its `src` URL, else from a child <script type="application/json">, else from a
 * default. Reloads when `src` changes or the inline JSON is edited. Every failure becomes a state the element shows.
 */
export class DataController<T> implements ReactiveController {
  state: DataState<T> = { status: 'loading' };
  private loadedFrom: string | null | undefined = undefined;
  private generation = 0;
  private observer: MutationObserver | undefined;
  /** The load the server asked to wait for (Retry-After), and when it is due. */
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryAt = 0;

  constructor(
    private readonly host: Host,
    private readonly source: DataSource<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.reload());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    inBackground(this.load(), 'data');
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.retryAt = 0;
  }

  hostUpdate(): void {
    if (this.source.src() !== this.loadedFrom) inBackground(this.load(), 'data');
  }

  /** Loads again now, from a click or a timer (the outcome shows in `state`). */
  reload(): void {
    inBackground(this.load(true), 'data');
  }

  /** Loads again, e.g. after the network came back. */
  async load(force = false): Promise<void> {
    const src = this.source.src();
    if (!force && src === this.loadedFrom && this.state.status !== 'loading') return;
    // The server asked for a pause (429/503 with Retry-After): a refresh meanwhile waits for it, unless src changed.
    if (src === this.loadedFrom && Date.now() < this.retryAt) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.retryAt = 0;
    this.loadedFrom = src;
    const generation = ++this.generation;
    const set = (state: DataState<T>): void => {
      if (generation !== this.generation) return; // a newer load has started
      this.state = state;
      if (state.status === 'error' && state.kind === 'busy' && state.retryAt !== undefined) {
        this.retryAt = state.retryAt;
        this.retryTimer = setTimeout(
          () => {
            this.retryAt = 0;
            this.reload();
          },
          Math.max(0, state.retryAt - Date.now()),
        );
      }
      this.host.requestUpdate();
    };
    try {
      if (src) return set(await this.fromUrl(src));
      const inline = this.host.querySelector(':scope > script[type="application/json"]');
      if (inline) return set(this.check(inline.textContent ?? '', 'inline'));
      if (this.source.fallback) return set({ status: 'ready', value: await this.source.fallback(), origin: 'default' });
      set({ status: 'error', kind: 'none', detail: '' });
    } catch (error) {
      set({ status: 'error', kind: 'network', detail: error instanceof Error ? error.message : String(error) });
    }
  }

  private async fromUrl(src: string): Promise<DataState<T>> {
    let url: URL;
    try {
      url = new URL(src.trim(), document.baseURI);
    } catch {
      return { status: 'error', kind: 'address', detail: 'unparseable', address: src };
    }
    // "htps://…", "ftp://…", "javascript:…": no request could ever succeed, so none is made and no retry is offered.
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return { status: 'error', kind: 'address', detail: url.protocol, address: src };
    const host = url.host;
    const crossOrigin = typeof location === 'undefined' || url.origin !== location.origin;
    const timeoutMs = this.source.timeoutMs ?? 15_000;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        headers: { Accept: 'application/json' },
        ...(this.source.cache ? { cache: this.source.cache } : {}),
      });
      if (!response.ok) {
        // Too many requests, or the service unavailable for a while: the server says when to come back, and we do.
        const wait =
          response.status === 429 || response.status === 503
            ? retryAfterMs(response.headers.get('Retry-After'), Date.now(), BUSY_MAX_MS)
            : undefined;
        if (wait !== undefined)
          return {
            status: 'error',
            kind: 'busy',
            detail: String(Math.max(1, Math.ceil(wait / 1000))),
            address: host,
            retryAt: Date.now() + Math.max(wait, 1000),
          };
        return { status: 'error', kind: 'http', detail: String(response.status), address: host };
      }
      return this.check(await response.text(), 'src');
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      if (timedOut)
        return { status: 'error', kind: 'timeout', detail: String(Math.round(timeoutMs / 1000)), address: host };
      // fetch rejects with a TypeError both when the device is offline and when the other site's CORS policy
      // refuses the page: the browser does not tell which, so the message names both.
      return { status: 'error', kind: 'network', detail, address: host, crossOrigin };
    } finally {
      clearTimeout(timer);
    }
  }

  private check(text: string, origin: 'src' | 'inline'): DataState<T> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return { status: 'error', kind: 'json', detail: error instanceof Error ? error.message : String(error) };
    }
    const result = this.source.validate(parsed);
    return result.ok
      ? { status: 'ready', value: result.value, origin }
      : { status: 'error', kind: 'invalid', detail: '', issues: result.issues };
  }
}
