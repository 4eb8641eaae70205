import { describe, expect, it } from 'vitest';
import { apiEn, en as coreEn } from '../../packages/core/src/i18n/en.js';
import { apiKm, km as coreKm } from '../../packages/core/src/i18n/km.js';
import { apiVi, vi as coreVi } from '../../packages/core/src/i18n/vi.js';
import { demoEn } from '../../packages/demo/src/i18n/en.js';
import { demoKm } from '../../packages/demo/src/i18n/km.js';
import { demoVi } from '../../packages/demo/src/i18n/vi.js';
import { en as extensionEn } from '../../extension/src/i18n/en.js';
import { km as extensionKm } from '../../extension/src/i18n/km.js';
import { vi as extensionVi } from '../../extension/src/i18n/vi.js';
import { authorsEn } from '../../extension/src/i18n/authors/en.js';
import { authorsKm } from '../../extension/src/i18n/authors/km.js';
import { authorsVi } from '../../extension/src/i18n/authors/vi.js';
import * as widgetsEn from '../../widgets/src/i18n/en.js';
import * as widgetsKm from '../../widgets/src/i18n/km.js';
import * as widgetsVi from '../../widgets/src/i18n/vi.js';
import { VIETNAMESE_ONLY, type CatalogueName } from './vietnamese-only.js';

type Catalogue = Readonly<Record<string, string | undefined>>;
interface Set {
  readonly vi: Catalogue;
  readonly en: Catalogue;
  readonly km: Catalogue;
}

/** The widgets' catalogues are split per element part; each part is checked on its own. */
const widgetParts = Object.keys(widgetsVi) as (keyof typeof widgetsVi)[];

export const CATALOGUES: Readonly<Record<CatalogueName, Set>> = {
  core: { vi: coreVi, en: coreEn, km: coreKm },
  'core.api': { vi: apiVi, en: apiEn, km: apiKm },
  demo: { vi: demoVi, en: demoEn, km: demoKm },
  extension: { vi: extensionVi, en: extensionEn, km: extensionKm },
  'extension.authors': { vi: authorsVi, en: authorsEn, km: authorsKm },
  ...(Object.fromEntries(
    widgetParts.map((part) => [
      `widgets.${part}`,
      { vi: widgetsVi[part], en: widgetsEn[part], km: widgetsKm[part] } as Set,
    ]),
  ) as Record<`widgets.${keyof typeof widgetsVi}`, Set>),
};

/** The keys of one catalogue set that lack a text of their own in a locale, or have one the source does not know. */
export function problems(name: CatalogueName, set: Set, vietnameseOnly: typeof VIETNAMESE_ONLY): string[] {
  const found: string[] = [];
  const source = Object.keys(set.vi);
  const has = (c: Catalogue, key: string): boolean => typeof c[key] === 'string' && c[key].trim() !== '';
  const listed = vietnameseOnly[name] ?? {};
  const entryFor = (key: string): string | undefined =>
    Object.keys(listed).find((k) => k === key || (k.endsWith('.*') && key.startsWith(k.slice(0, -1))));
  for (const key of source) {
    if (!has(set.vi, key)) found.push(`${name}: "${key}" is empty in vi`);
    if (!has(set.en, key)) found.push(`${name}: "${key}" is missing in en`);
    const entry = entryFor(key);
    if (!has(set.km, key) && entry === undefined)
      found.push(`${name}: "${key}" is missing in km and not listed as Vietnamese-only`);
    if (has(set.km, key) && entry !== undefined)
      found.push(`${name}: "${key}" is listed as Vietnamese-only (${entry}) but has a km text`);
  }
  for (const locale of ['en', 'km'] as const)
    for (const key of Object.keys(set[locale]))
      if (!(key in set.vi)) found.push(`${name}: "${key}" in ${locale} is not in vi`);
  for (const [key, reason] of Object.entries(listed)) {
    if (!source.some((k) => entryFor(k) === key))
      found.push(`${name}: "${key}" is listed as Vietnamese-only but matches no key in vi`);
    if (reason.trim().length < 10) found.push(`${name}: "${key}" is listed as Vietnamese-only without a reason`);
  }
  return found;
}

describe('message catalogues: every key in vi, en and km, or deliberately Vietnamese-only', () => {
  it("covers every catalogue of core (the collector's API errors included), widgets, extension and demo", () => {
    expect(Object.keys(CATALOGUES)).toEqual(
      expect.arrayContaining([
        'core',
        'core.api',
        'demo',
        'extension',
        'extension.authors',
        'widgets.common',
        'widgets.feedback',
      ]),
    );
    expect(widgetParts.length).toBeGreaterThanOrEqual(6);
  });

  for (const [name, set] of Object.entries(CATALOGUES) as [CatalogueName, Set][])
    it(name, () => {
      expect(problems(name, set, VIETNAMESE_ONLY)).toEqual([]);
    });

  it('finds a key missing in km, one missing in en, and a stale Vietnamese-only entry', () => {
    const set: Set = {
      vi: { a: 'A', b: 'B', c: 'C', d: 'D' },
      en: { a: 'A', b: 'B', d: 'D' },
      km: { a: 'ក', c: 'គ', d: 'ឃ' },
    };
    const listed = { core: { d: 'for the portal editors, who read Vietnamese' } } as typeof VIETNAMESE_ONLY;
    expect(problems('core', set, listed)).toEqual([
      'core: "b" is missing in km and not listed as Vietnamese-only',
      'core: "c" is missing in en',
      'core: "d" is listed as Vietnamese-only (d) but has a km text',
    ]);
  });
});
