import { en } from './en.js';
import { km } from './km.js';
import { intlLocale, type Locale } from './locale.js';
import { type MessageKey, vi } from './vi.js';

export type { MessageKey } from './vi.js';
export type MessageParams = Readonly<Record<string, string | number>>;

export const CATALOGUES: Readonly<Record<Locale, Partial<Record<MessageKey, string>>>> = { vi, en, km };

/** True when a key has no text of its own in the locale and would show the Vietnamese text. */
export function fallsBack(locale: Locale, key: MessageKey): boolean {
  return CATALOGUES[locale][key] === undefined;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function formatNumber(value: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(intlLocale(locale))));
  return f.format(value);
}

/** Fills `{name}` placeholders; numbers are formatted with the locale's Intl conventions. */
export function interpolate(template: string, locale: Locale, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/**
 * A translate function over a product's own catalogues (widgets, extension), with the same fallback to
 * Vietnamese and the same placeholder rules as core's.
 */
export function createTranslator<K extends string>(
  catalogues: Readonly<{ vi: Readonly<Record<K, string>>; en: Readonly<Partial<Record<K, string>>>; km: Readonly<Partial<Record<K, string>>> }>,
): (locale: Locale, key: K, params?: MessageParams) => string {
  return (locale, key, params) => interpolate(catalogues[locale][key] ?? catalogues.vi[key], locale, params);
}

/**
 * The text for a key in a locale, falling back to Vietnamese. `{name}` placeholders take params; numbers
 * are formatted with the locale's Intl conventions. The result is plain text: callers render it as text.
 */
export const translate: (locale: Locale, key: MessageKey, params?: MessageParams) => string = createTranslator({ vi, en, km });

/** A date (YYYY-MM-DD) in the locale's conventions: 27/11/2026 in vi-VN. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
