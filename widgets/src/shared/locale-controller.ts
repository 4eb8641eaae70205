import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Locale, resolveLocale } from '@papi/core';

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

/** Gives a widget the locale it should speak: vi by default, en or km when the page or the element says so. */
export class LocaleController implements ReactiveController {
  locale: Locale = 'vi';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    observe();
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  refresh(): void {
    const next = resolveLocale(langOf(this.host));
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }
}
