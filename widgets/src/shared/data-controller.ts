import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue } from '@papi/core';

/** Why data could not be shown; each kind has its own translated message. */
export type DataErrorKind = 'network' | 'http' | 'json' | 'invalid' | 'none';

export type DataState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T; readonly origin: 'src' | 'inline' | 'default' }
  | { readonly status: 'error'; readonly kind: DataErrorKind; readonly detail: string; readonly issues?: readonly Issue[] };

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

  constructor(
    private readonly host: Host,
    private readonly source: DataSource<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => void this.load(true));
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    void this.load();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    if (this.source.src() !== this.loadedFrom) void this.load();
  }

  /** Loads again, e.g. after the network came back. */
  async load(force = false): Promise<void> {
    const src = this.source.src();
    if (!force && src === this.loadedFrom && this.state.status !== 'loading') return;
    this.loadedFrom = src;
    const generation = ++this.generation;
    const set = (state: DataState<T>): void => {
      if (generation !== this.generation) return; // a newer load has started
      this.state = state;
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
      url = new URL(src, document.baseURI);
    } catch {
      return { status: 'error', kind: 'network', detail: src };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { status: 'error', kind: 'network', detail: src };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.source.timeoutMs ?? 15_000);
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'omit', headers: { Accept: 'application/json' }, ...(this.source.cache ? { cache: this.source.cache } : {}) });
      if (!response.ok) return { status: 'error', kind: 'http', detail: String(response.status) };
      return this.check(await response.text(), 'src');
    } catch (error) {
      return { status: 'error', kind: 'network', detail: error instanceof Error ? error.message : String(error) };
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
    return result.ok ? { status: 'ready', value: result.value, origin } : { status: 'error', kind: 'invalid', detail: '', issues: result.issues };
  }
}
