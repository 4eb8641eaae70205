import { TOWN_TIME_ZONE, todayIso } from '../dates/dates.js';
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

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralOf(value: number, locale: Locale): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
  return rules.select(value);
}

/**
 * Fills `{name}` placeholders; numbers are formatted with the locale's Intl conventions. A count that changes the
 * words (English: "1 task", "2 tasks") is written `{count, plural, one {# task} other {# tasks}}`, as in ICU
 * messages: the form is chosen by Intl.PluralRules and `#` is the formatted number. Vietnamese and Khmer need none.
 */
export function interpolate(template: string, locale: Locale, params?: MessageParams): string {
  if (!params) return template;
  return template
    .replace(
      /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g,
      (whole, name: string, one: string, other: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        // A count given already formatted takes the general form.
        if (typeof value === 'string') return other.replace(/#/g, value);
        return (pluralOf(value, locale) === 'one' ? one : other).replace(/#/g, formatNumber(value, locale));
      },
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
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
  catalogues: Readonly<{
    vi: Readonly<Record<K, string>>;
    en: Readonly<Partial<Record<K, string>>>;
    km: Readonly<Partial<Record<K, string>>>;
  }>,
): (locale: Locale, key: K, params?: MessageParams) => string {
  return (locale, key, params) => interpolate(catalogues[locale][key] ?? catalogues.vi[key], locale, params);
}

/**
 * The text for a key in a locale, falling back to Vietnamese. `{name}` placeholders take params; numbers
 * are formatted with the locale's Intl conventions. The result is plain text: callers render it as text.
 */
export const translate: (locale: Locale, key: MessageKey, params?: MessageParams) => string = createTranslator({
  vi,
  en,
  km,
});

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format)
    dateFormats.set(
      locale,
      (format = new Intl.DateTimeFormat(
        intlLocale(locale),
        locale === 'en'
          ? { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }
          : { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' },
      )),
    );
  return format;
}

/**
 * A date (YYYY-MM-DD) for a reader. Vietnamese and Khmer: dd/mm/yyyy, the order vi-VN and Khmer usage share
 * (27/11/2026); the digits come from Intl, the order is fixed here, because a browser without Khmer locale data falls
 * back to month first (11/27/2026), which a resident reads as another day. English: the month in words
 * ("27 November 2026"), since an English reader may take 1/7/2025 for 7 January.
 */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (locale === 'en') return dateFormat(locale).format(date);
  const parts = dateFormat(locale).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment (ms since the epoch) as a 24-hour time and formatDate's date, in the town's time zone unless another is
 * given: "14:05 27/11/2026", "14:05 27 November 2026".
 */
export function formatDateTime(ms: number, locale: Locale, timeZone: string = TOWN_TIME_ZONE): string {
  let clock = clockFormats.get(timeZone);
  if (!clock)
    clockFormats.set(
      timeZone,
      (clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })),
    );
  const when = new Date(ms);
  return `${clock.format(when)} ${formatDate(todayIso(when, timeZone), locale)}`;
}
