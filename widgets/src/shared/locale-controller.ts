import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Locale, resolveLocale } from '@papi/core';
import { type StringsPart, loadStrings } from '../i18n/translate.js';
import { onResidentLocale, residentLocale } from './language-choice.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The nearest `lang` on the element or its ancestors, crossing shadow roots, up to <html>. */
export function langOf(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

// One observer for the whole page: any `lang` change anywhere re-resolves every connected widget.
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function observe(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export interface LocaleOptions {
  /** The resident's own choice of language (language-choice.ts), when made, wins over the page's `lang`. */
  readonly residentChoice?: boolean | (() => boolean);
  /** A choice the element holds itself (the kiosk's, for one resident at a time); wins over the others. */
  readonly own?: () => Locale | undefined;
  /**
   * The strings the element shows (a function when they depend on its mode; call `refresh` when that changes). They
   * are loaded for a locale before the element speaks it (see `ready`).
   */
  readonly strings?: readonly StringsPart[] | (() => readonly StringsPart[]);
}

/**
 * Gives a widget the locale it should speak: vi by default, en or km when the page or the element says so, or the
 * language the resident chose in a widget where the element offers that choice.
 */
export class LocaleController implements ReactiveController {
  /** The locale the element speaks: its strings are loaded. */
  locale: Locale = 'vi';
  /** The locale it should speak and the strings it needs, once they are in ("vi:feedback,kiosk"). */
  private wanted: string | undefined;
  private loading: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: LocaleOptions = {},
  ) {
    host.addController(this);
  }

  /** The page's language for this element, before any choice of the resident's. */
  get pageLocale(): Locale {
    return resolveLocale(langOf(this.host));
  }

  hostConnected(): void {
    hosts.add(this);
    observe();
    if (this.options.residentChoice) this.unsubscribe = onResidentLocale(() => this.refresh());
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * Settles when the strings of the locale to speak are loaded (or failed to load: the element then keeps the locale
   * it had). An element awaits it before its first render (awaitStrings), so that it never shows keys.
   */
  get ready(): Promise<void> {
    return this.loading;
  }

  refresh(): void {
    const choice = this.options.residentChoice;
    const next =
      this.options.own?.() ??
      ((typeof choice === 'function' ? choice() : choice) ? residentLocale() : undefined) ??
      this.pageLocale;
    const strings = this.options.strings;
    const parts = (typeof strings === 'function' ? strings() : strings) ?? [];
    const wanted = `${next}:${parts.join(',')}`;
    if (wanted === this.wanted) return;
    const before = this.wanted;
    this.wanted = wanted;
    this.loading = Promise.all(parts.map((part) => loadStrings(part, next))).then(
      () => {
        if (this.wanted !== wanted) return;
        this.locale = next;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        console.warn(`<${this.host.localName}>: the strings in "${next}" could not be loaded`, error);
        if (this.wanted === wanted) this.wanted = before; // a later change tries again
      },
    );
  }
}

/**
 * For an element's scheduleUpdate: its first render waits for its strings. Later renders do not wait for a change
 * of language to load; the element switches when the strings are in.
 */
export async function awaitStrings(host: { readonly hasUpdated: boolean }, i18n: LocaleController): Promise<void> {
  if (!host.hasUpdated) await i18n.ready;
}
