/**
 * What importing a guide file decides, before anything is stored: refused (too large, not JSON, not a guide by
 * core's schema, no room left), ready, or clashing with a guide the extension already has, which the author then
 * settles by an explicit choice (keep it as a new version under a new id, replace an earlier import, or cancel).
 * Nothing here touches storage: a refused file changes nothing.
 */
import { validateGuideJson, type Guide, type Issue } from '@papi/core';
import { MAX_GUIDE_FILE_BYTES, MAX_IMPORTED, type ImportedGuide } from './imported.js';

export type Refusal = 'too-large' | 'empty' | 'invalid' | 'full';

export type Verdict =
  | { readonly kind: 'refused'; readonly reason: Refusal; readonly issues: readonly Issue[] }
  | { readonly kind: 'ready'; readonly guide: Guide }
  /** Its id is a built-in guide's, or an earlier import's (`earlier`); `newId` is the id a new version would take. */
  | {
      readonly kind: 'clash';
      readonly guide: Guide;
      readonly builtIn: boolean;
      readonly earlier?: ImportedGuide;
      readonly newId: string;
    };

export interface ImportContext {
  readonly builtInIds: readonly string[];
  readonly imported: readonly ImportedGuide[];
}

/** Judges a file from its size in bytes (known before it is read) and, when that is within bounds, its text. */
export function judgeGuideFile(size: number, text: () => string, ctx: ImportContext): Verdict {
  if (size > MAX_GUIDE_FILE_BYTES) return { kind: 'refused', reason: 'too-large', issues: [] };
  if (size === 0) return { kind: 'refused', reason: 'empty', issues: [] };
  const checked = validateGuideJson(text());
  if (!checked.ok) return { kind: 'refused', reason: 'invalid', issues: checked.issues };
  const guide = checked.guide;
  const builtIn = ctx.builtInIds.includes(guide.id);
  const earlier = ctx.imported.find((g) => g.guide.id === guide.id);
  if (builtIn || earlier)
    return {
      kind: 'clash',
      guide,
      builtIn,
      ...(earlier ? { earlier } : {}),
      newId: newVersionId(guide.id, [...ctx.builtInIds, ...ctx.imported.map((g) => g.guide.id)]),
    };
  if (ctx.imported.length >= MAX_IMPORTED) return { kind: 'refused', reason: 'full', issues: [] };
  return { kind: 'ready', guide };
}

const ID_MAX = 60; // core's schema: ids are slugs of up to 60 characters

/**
 * The id of a new version: the id (without a version suffix of its own) and `-v2`, `-v3`… — the first that no
 * guide has. Still a slug of at most 60 characters, so the deep link and the background's checks take it.
 */
export function newVersionId(id: string, taken: readonly string[]): string {
  const base = id.replace(/-v\d+$/, '');
  for (let n = 2; ; n++) {
    const suffix = `-v${n}`;
    const candidate = `${base.slice(0, ID_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** The guide kept as a new version: the same data under the new id. */
export function asNewVersion(guide: Guide, newId: string): Guide {
  return { ...guide, id: newId };
}

/** Whether keeping a clashing guide as a new version would exceed the bound (a replacement never does). */
export function roomForNew(imported: readonly ImportedGuide[]): boolean {
  return imported.length < MAX_IMPORTED;
}
