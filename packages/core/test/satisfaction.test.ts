import { describe, expect, it } from 'vitest';
import {
  SATISFACTION_LEVELS,
  SATISFACTION_SOURCE,
  isSatisfactionValue,
  isSatisfied,
} from '../src/feedback/satisfaction.js';
import { LOCALES } from '../src/i18n/locale.js';

describe('satisfaction scale', () => {
  it('has 5 levels from Rất hài lòng (5) down to Rất không hài lòng (1)', () => {
    expect(SATISFACTION_LEVELS).toHaveLength(5);
    expect(SATISFACTION_LEVELS.map((l) => l.value)).toEqual([5, 4, 3, 2, 1]);
    expect(SATISFACTION_LEVELS.map((l) => l.name.vi)).toEqual([
      'Rất hài lòng',
      'Hài lòng',
      'Bình thường',
      'Không hài lòng',
      'Rất không hài lòng',
    ]);
  });

  it('names every level in every locale, with the glossary’s Khmer', () => {
    for (const level of SATISFACTION_LEVELS) for (const l of LOCALES) expect(level.name[l].trim()).not.toBe('');
    expect(SATISFACTION_LEVELS.map((l) => l.name.km)).toEqual([
      'ពេញចិត្តខ្លាំង',
      'ពេញចិត្ត',
      'ធម្មតា',
      'មិនពេញចិត្ត',
      'មិនពេញចិត្តខ្លាំង',
    ]);
    expect(SATISFACTION_LEVELS[0]?.name.en).toBe('Very satisfied');
  });

  it('recognises only the integers 1..5', () => {
    for (const v of [1, 2, 3, 4, 5]) expect(isSatisfactionValue(v)).toBe(true);
    for (const v of [0, 6, 2.5, -1, '3', null, undefined, Number.NaN]) expect(isSatisfactionValue(v)).toBe(false);
  });

  it('counts 4 and 5 as satisfied, 3 and below as not', () => {
    expect(isSatisfied(5)).toBe(true);
    expect(isSatisfied(4)).toBe(true);
    expect(isSatisfied(3)).toBe(false);
    expect(isSatisfied(2)).toBe(false);
    expect(isSatisfied(1)).toBe(false);
  });

  it('cites DOMAIN.md §8', () => {
    expect(SATISFACTION_SOURCE).toMatch(/DOMAIN\.md §8/);
  });
});
