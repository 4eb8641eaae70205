/**
 * Guides imported from files in the side panel's Authors section, kept in the extension's storage.local under one
 * key: the panel writes them, the background reads them into its guide book (and hears when they change), and a
 * content script could read them too (the extension's IndexedDB lives in the extension's origin, out of a content
 * script's reach). Each is checked again with core's validateGuide whenever it is read: storage is data like any
 * other, and a guide that no longer validates is left out rather than half-run.
 */
import { validateGuide, type Guide } from '@papi/core';
import type { SettingsArea } from '../settings.js';

export const IMPORTED_KEY = 'importedGuides';

/**
 * At most this many imported guides, each from a file of at most MAX_GUIDE_FILE_BYTES: 30 × 256 KB stays under
 * Chrome's 10 MB for storage.local with room for the options. (The largest shipped guide is about 63 KB.)
 */
export const MAX_IMPORTED = 30;
export const MAX_GUIDE_FILE_BYTES = 256 * 1024;

export interface ImportedGuide {
  readonly guide: Guide;
  /** Where it came from: the file's name as the author chose it (shown as text only). */
  readonly file: string;
  /** When it was imported (ISO 8601). */
  readonly importedAt: string;
}

const FILE_NAME_MAX = 200;

/** The records in storage that still hold up: a valid guide, a file name, a time; at most one per guide id. */
export function parseImported(raw: unknown): ImportedGuide[] {
  if (!Array.isArray(raw)) return [];
  const out: ImportedGuide[] = [];
  for (const r of raw.slice(0, MAX_IMPORTED)) {
    if (typeof r !== 'object' || r === null) continue;
    const { guide, file, importedAt } = r as Record<string, unknown>;
    const checked = validateGuide(guide);
    if (!checked.ok || typeof file !== 'string' || typeof importedAt !== 'string') continue;
    if (Number.isNaN(Date.parse(importedAt)) || out.some((g) => g.guide.id === checked.guide.id)) continue;
    out.push({ guide: checked.guide, file: file.slice(0, FILE_NAME_MAX), importedAt });
  }
  return out;
}

export async function loadImported(area: SettingsArea): Promise<ImportedGuide[]> {
  return parseImported((await area.get(IMPORTED_KEY))[IMPORTED_KEY]);
}

/** Writes the whole list at once: a write that fails (storage full) leaves the list as it was. */
export async function saveImported(area: SettingsArea, list: readonly ImportedGuide[]): Promise<void> {
  await area.set({ [IMPORTED_KEY]: list });
}

/** The list with a guide added, or put in place of the imported guide with the same id. */
export function withImported(list: readonly ImportedGuide[], record: ImportedGuide): ImportedGuide[] {
  const at = list.findIndex((g) => g.guide.id === record.guide.id);
  if (at < 0) return [...list, record];
  return list.map((g, i) => (i === at ? record : g));
}

export function withoutImported(list: readonly ImportedGuide[], id: string): ImportedGuide[] {
  return list.filter((g) => g.guide.id !== id);
}

/** The data a guide book is made from: the built-in guides first, then the imported ones. */
export function bookData(builtIn: readonly unknown[], imported: readonly ImportedGuide[]): unknown[] {
  return [...builtIn, ...imported.map((g) => g.guide)];
}
