/*
 * papi-widgets.js, the one script an editor pastes (a classic script). It holds no element: when a papi-* element
 * first appears on the page (in the HTML, or added later), it fetches that element's ES module and the strings of the
 * one locale the element will show, both from beside this script, and the module defines the element. A page thus
 * downloads only what it uses. Loaded twice, or in two versions, the first loader wins and the others do nothing.
 */
import { isLocale, resolveLocale } from '@papi/core';
import { type WidgetTag, isKiosk, stringsOf } from './i18n/parts.js';
import { RESIDENT_LOCALE_KEY } from './shared/resident-locale-key.js';
import { WIDGETS_VERSION } from './shared/define.js';
// Written by the build (rollup.config.js): each element's module and each part's strings per locale, by file name.
import { ELEMENT_FILES, STRINGS_FILES } from 'papi-loader:files';

const LOADED = Symbol.for('papi-widgets.loader');
const page = window as unknown as Record<symbol, string | undefined>;

if (page[LOADED]) {
  if (page[LOADED] !== WIDGETS_VERSION)
    console.info(`papi-widgets.js ${WIDGETS_VERSION}: version ${page[LOADED]} already loads the widgets on this page.`);
} else {
  page[LOADED] = WIDGETS_VERSION;
  start((document.currentScript as HTMLScriptElement | null)?.src || document.baseURI);
}

/** The locale an element will speak: the resident's choice where the element offers one, else the page's lang. */
function localeOf(element: Element, tag: WidgetTag): string {
  // As the elements' LocaleController options: the feedback button (not at the counter's kiosk, where each person
  // chooses for themselves), the status look-up and the checklist's view mode offer the choice.
  if (
    (tag === 'papi-feedback-button' && !isKiosk(element.getAttribute('mode'))) ||
    tag === 'papi-feedback-status' ||
    (tag === 'papi-checklist' && element.getAttribute('mode')?.trim() !== 'self-assessment')
  ) {
    try {
      const chosen = localStorage.getItem(RESIDENT_LOCALE_KEY);
      if (isLocale(chosen)) return chosen;
    } catch {
      // storage blocked: the page's language
    }
  }
  return resolveLocale(element.closest('[lang]')?.getAttribute('lang'));
}

function start(base: string): void {
  const waiting = new Set(Object.keys(ELEMENT_FILES) as WidgetTag[]);
  const url = (file: string): string => new URL(file, base).href;

  const load = (element: Element): void => {
    const tag = element.localName as WidgetTag;
    if (!waiting.delete(tag)) return;
    const locale = localeOf(element, tag);
    // The strings are fetched alongside the code; the element imports the same URLs, so nothing is fetched twice.
    for (const part of stringsOf(tag, element)) {
      const file = STRINGS_FILES[`${part}:${locale}`];
      if (file) import(url(file)).catch(() => undefined); // the element loads them again and says so if they fail
    }
    const code = url(ELEMENT_FILES[tag]!);
    import(code).catch((error: unknown) => {
      console.error(`<${tag}> could not be loaded from ${code}`, error);
      waiting.add(tag); // the next one added tries again
      watch();
    });
  };
  const selector = (): string => [...waiting].join(',');
  const scan = (root: Element | Document): void => {
    if (waiting.size > 0) root.querySelectorAll(selector()).forEach(load);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) {
          load(node);
          scan(node);
        }
      }
    }
    if (waiting.size === 0) observer.disconnect();
  });
  const watch = (): void => observer.observe(document.documentElement, { childList: true, subtree: true });
  watch();
  scan(document);
}
