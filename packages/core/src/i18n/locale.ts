/** The toolkit's languages: Vietnamese first, then English and Khmer. */
export const LOCALES = ['vi', 'en', 'km'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** A text in every locale. `km` is required but may still await review (see KHMER_REVIEW). */
export interface Localized {
  readonly vi: string;
  readonly en: string;
  readonly km: string;
}

/** A text a plan author may give as plain Vietnamese or per locale. */
export type LocalizedInput = string | { readonly vi: string; readonly en?: string; readonly km?: string };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a BCP 47 tag ("vi-VN", "km-KH", "en-GB") to a toolkit locale; anything else is Vietnamese.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}

/** Picks the text for a locale, falling back to Vietnamese when that locale's text is missing or empty. */
export function localize(text: LocalizedInput | Partial<Localized> | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const chosen = text[locale];
  return chosen !== undefined && chosen !== '' ? chosen : (text.vi ?? '');
}

/** The Intl locale used for dates and numbers: vi-VN conventions for Vietnamese. */
export function intlLocale(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : locale === 'km' ? 'km-KH' : 'en-GB';
}

/**
 * Every Khmer string in this package (message catalogues and data labels) was written from the sourced
 * glossary in shared/KHMER.md, not by a native speaker. Interfaces may surface this marker.
 */
export const KHMER_REVIEW = {
  status: 'needs-review',
  reviewer: 'a native Khmer speaker from the Mekong Delta (Khmer Krom)',
  glossary: 'shared/KHMER.md',
} as const;
