import { type Locale, type MessageParams, interpolate } from '@papi/core';
import type * as vi from './vi.js';

/**
 * The widgets' strings are loaded one locale at a time: each element part's strings (with the shared ones) in one
 * locale are a module of their own, built from the catalogues vi.ts, en.ts and km.ts (build/strings-plugin.js), so
 * that a page fetches only the strings of the language its widgets show. An element awaits loadStrings before it
 * renders in a locale (LocaleController); the translators below are then synchronous.
 */
export type StringsPart = 'badge' | 'checklist' | 'register' | 'feedback' | 'kiosk' | 'summary' | 'status' | 'inbox';
type Catalogue = Readonly<Record<string, string>>;
type Loader = () => Promise<{ default: Catalogue }>;

// Literal specifiers, so that the bundler makes one chunk of each.
const LOADERS: Readonly<Record<StringsPart, Readonly<Record<Locale, Loader>>>> = {
  badge: {
    vi: () => import('papi-strings:badge:vi'),
    en: () => import('papi-strings:badge:en'),
    km: () => import('papi-strings:badge:km'),
  },
  checklist: {
    vi: () => import('papi-strings:checklist:vi'),
    en: () => import('papi-strings:checklist:en'),
    km: () => import('papi-strings:checklist:km'),
  },
  register: {
    vi: () => import('papi-strings:register:vi'),
    en: () => import('papi-strings:register:en'),
    km: () => import('papi-strings:register:km'),
  },
  feedback: {
    vi: () => import('papi-strings:feedback:vi'),
    en: () => import('papi-strings:feedback:en'),
    km: () => import('papi-strings:feedback:km'),
  },
  kiosk: {
    vi: () => import('papi-strings:kiosk:vi'),
    en: () => import('papi-strings:kiosk:en'),
    km: () => import('papi-strings:kiosk:km'),
  },
  summary: {
    vi: () => import('papi-strings:summary:vi'),
    en: () => import('papi-strings:summary:en'),
    km: () => import('papi-strings:summary:km'),
  },
  status: {
    vi: () => import('papi-strings:status:vi'),
    en: () => import('papi-strings:status:en'),
    km: () => import('papi-strings:status:km'),
  },
  inbox: {
    vi: () => import('papi-strings:inbox:vi'),
    en: () => import('papi-strings:inbox:en'),
    km: () => import('papi-strings:inbox:km'),
  },
};

const loaded = new Map<string, Catalogue>();
const loading = new Map<string, Promise<void>>();

export function stringsLoaded(part: StringsPart, locale: Locale): boolean {
  return loaded.has(`${part}:${locale}`);
}

/** Loads a part's strings in a locale once per page; a failed load (offline) may be tried again. */
export function loadStrings(part: StringsPart, locale: Locale): Promise<void> {
  const key = `${part}:${locale}`;
  if (loaded.has(key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = LOADERS[part][locale]().then(
      (m) => {
        loaded.set(key, m.default);
        loading.delete(key);
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** A key's text: in the locale when its strings are in, else in any locale that is (never expected: see above). */
function lookup(parts: readonly StringsPart[], locale: Locale, key: string): string {
  for (const part of parts) {
    const text = loaded.get(`${part}:${locale}`)?.[key];
    if (text !== undefined) return text;
  }
  for (const catalogue of loaded.values()) if (catalogue[key] !== undefined) return catalogue[key];
  return key;
}

type Keys<P extends StringsPart> = keyof typeof vi.common | keyof (typeof vi)[P];
type Translator<K> = (locale: Locale, key: K, params?: MessageParams) => string;

const translator =
  <P extends StringsPart>(part: P): Translator<Keys<P>> =>
  (locale, key, params) =>
    interpolate(lookup([part], locale, String(key)), locale, params);

const ALL_PARTS = Object.keys(LOADERS) as StringsPart[];
/** Loading and error texts, for the shared views: in every part's strings. */
export const commonText: Translator<keyof typeof vi.common> = (locale, key, params) =>
  interpolate(lookup(ALL_PARTS, locale, key), locale, params);
export const badgeText = translator('badge');
export const checklistText = translator('checklist');
export const registerText = translator('register');
export const feedbackText = translator('feedback');
export const summaryText = translator('summary');
export const statusText = translator('status');
export const inboxText = translator('inbox');
/** The kiosk shows the feedback part's strings too (the statuses, the counter): the kiosk's own come first. */
export const kioskText: Translator<Keys<'kiosk'> | Keys<'feedback'>> = (locale, key, params) =>
  interpolate(lookup(['kiosk', 'feedback'], locale, String(key)), locale, params);
