import { createTranslator, type Locale } from '@papi/core';
import { en } from './en.js';
import { km } from './km.js';
import { type ExtensionKey, vi } from './vi.js';
import type { OverlayLabels } from '../messages.js';

export type { ExtensionKey } from './vi.js';
export const CATALOGUES = { vi, en, km } as const;

/** The extension's strings; missing Khmer texts fall back to Vietnamese. Plain text, rendered as text. */
export const t: (locale: Locale, key: ExtensionKey, params?: Readonly<Record<string, string | number>>) => string =
  createTranslator<ExtensionKey>({ vi, en, km });

export function overlayLabels(locale: Locale): OverlayLabels {
  return {
    lang: locale,
    back: t(locale, 'overlay.back'),
    next: t(locale, 'overlay.next'),
    manual: t(locale, 'overlay.manual'),
    close: t(locale, 'overlay.close'),
    stepOf: t(locale, 'overlay.stepOf'), // {n} and {total} are filled in by the content script
    notFound: t(locale, 'overlay.notFound'),
    looking: t(locale, 'overlay.looking'),
    otherPage: t(locale, 'overlay.otherPage'),
    region: t(locale, 'overlay.region'),
    agency: t(locale, 'overlay.agency'), // {agency} is filled in by the content script
    agencyUnknown: t(locale, 'overlay.agencyUnknown'),
    more: t(locale, 'overlay.more'), // {n} is filled in by the content script
  };
}
