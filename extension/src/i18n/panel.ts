/**
 * The side panel's translator: the extension's strings and the Authors section's (which only the panel needs, so
 * the background does not carry them). Same fallback to Vietnamese and placeholder rules as everywhere.
 */
import { createTranslator, type Locale } from '@papi/core';
import { authorsEn } from './authors/en.js';
import { authorsKm } from './authors/km.js';
import { authorsVi, type AuthorsKey } from './authors/vi.js';
import { en } from './en.js';
import { km } from './km.js';
import { vi, type ExtensionKey } from './vi.js';

export type PanelKey = ExtensionKey | AuthorsKey;

export const tp: (locale: Locale, key: PanelKey, params?: Readonly<Record<string, string | number>>) => string =
  createTranslator<PanelKey>({ vi: { ...vi, ...authorsVi }, en: { ...en, ...authorsEn }, km: { ...km, ...authorsKm } });
