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
  /** The strings the element shows. They are loaded for a locale before the element speaks it (see `ready`). */
  readonly strings?: readonly StringsPart[];
}

/**
 * Gives a widget the locale it should speak: vi by default, en or km when the page or the element says so, or the
 * language the resident chose in a widget where the element offers that choice.
 */
export class LocaleController implements ReactiveController {
  /** The locale the element speaks: its strings are loaded. */
  locale: Locale = 'vi';
  /** The locale it should speak, once its strings are in. */
  private wanted: Locale | undefined;
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
    const next = ((typeof choice === 'function' ? choice() : choice) ? residentLocale() : undefined) ?? this.pageLocale;
    if (next === this.wanted) return;
    this.wanted = next;
    this.loading = Promise.all((this.options.strings ?? []).map((part) => loadStrings(part, next))).then(
      () => {
        if (this.wanted !== next || this.locale === next) return;
        this.locale = next;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        console.warn(`<${this.host.localName}>: the strings in "${next}" could not be loaded`, error);
        if (this.wanted === next) this.wanted = this.locale; // a later change tries again
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
