import { html, type TemplateResult } from 'lit';
import { LOCALES, type Locale, isLocale } from '@papi/core';
import { RESIDENT_LOCALE_KEY } from './resident-locale-key.js';

/**
 * The language a resident chose in a widget, whatever the page's own `lang` (commune portals are Vietnamese; about
 * half of Vĩnh Châu's residents read Khmer). Kept on the device, shared by every widget on every portal page of the
 * same site, and in memory only where storage is blocked.
 */
const KEY = RESIDENT_LOCALE_KEY;
const EVENT = 'papi-widgets-language';
let inMemory: Locale | undefined;

export function residentLocale(): Locale | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage blocked: only this page's choice, if any
  }
  return inMemory;
}

export function chooseResidentLocale(locale: Locale): void {
  try {
    globalThis.localStorage.setItem(KEY, locale);
    inMemory = undefined;
  } catch {
    inMemory = locale; // blocked or full: the choice holds for this page only
  }
  globalThis.dispatchEvent?.(new CustomEvent(EVENT, { detail: locale }));
}

/** Calls back when the choice changes on this page or in another tab of the site. */
export function onResidentLocale(callback: () => void): () => void {
  const onStorage = (e: StorageEvent): void => {
    if (e.key === KEY) callback();
  };
  globalThis.addEventListener?.(EVENT, callback);
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    globalThis.removeEventListener?.(EVENT, callback);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** Each language named in itself, so that a resident finds theirs whatever the page speaks. */
const NAMES: Readonly<Record<Locale, string>> = { vi: 'Tiếng Việt', km: 'ភាសាខ្មែរ', en: 'English' };
const ORDER: readonly Locale[] = ['vi', 'km', 'en'];
/** The group's name in the three languages at once: the resident may not read the current one. */
const GROUP_LABEL = 'Ngôn ngữ · ភាសា · Language';

/**
 * Three toggle buttons; the chosen language's is pressed. A choice is the resident's, kept on the device, unless the
 * element keeps it itself (`choose`: the counter's kiosk, where the next person is someone else).
 */
export function languageChoice(
  current: Locale,
  choose: (locale: Locale) => void = chooseResidentLocale,
): TemplateResult {
  return html`<div class="languages" role="group" aria-label=${GROUP_LABEL} part="languages">
    ${ORDER.filter((l) => (LOCALES as readonly string[]).includes(l)).map(
      (l) =>
        html`<button type="button" lang=${l} part="language" aria-pressed=${l === current ? 'true' : 'false'} @click=${() => choose(l)}>
          ${NAMES[l]}
        </button>`,
    )}
  </div>`;
}
