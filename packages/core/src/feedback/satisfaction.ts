import type { Localized } from '../i18n/locale.js';

/** 1 = Rất không hài lòng … 5 = Rất hài lòng. */
export type SatisfactionValue = 1 | 2 | 3 | 4 | 5;

export interface SatisfactionLevel {
  readonly value: SatisfactionValue;
  readonly name: Localized;
}

/**
 * The common 5-level scale (DOMAIN.md §8), listed from best to worst as Vietnamese forms print it.
 * km from seed/KHMER.md (SCW rating scale; Neutral: ធម្មតា, the CLDR form), awaiting review like every Khmer string.
 */
export const SATISFACTION_LEVELS: readonly SatisfactionLevel[] = [
  { value: 5, name: { vi: 'Rất hài lòng', en: 'Very satisfied', km: 'ពេញចិត្តខ្លាំង' } },
  { value: 4, name: { vi: 'Hài lòng', en: 'Satisfied', km: 'ពេញចិត្ត' } },
  { value: 3, name: { vi: 'Bình thường', en: 'Neutral', km: 'ធម្មតា' } },
  { value: 2, name: { vi: 'Không hài lòng', en: 'Dissatisfied', km: 'មិនពេញចិត្ត' } },
  { value: 1, name: { vi: 'Rất không hài lòng', en: 'Very dissatisfied', km: 'មិនពេញចិត្តខ្លាំង' } },
];

export function isSatisfactionValue(x: unknown): x is SatisfactionValue {
  return x === 1 || x === 2 || x === 3 || x === 4 || x === 5;
}

/**
 * "Satisfied" means Hài lòng or Rất hài lòng (4 or 5), the way SIPAS-style satisfaction shares count it:
 * Bình thường (3) does not count as satisfied.
 */
export function isSatisfied(v: SatisfactionValue): boolean {
  return v >= 4;
}

export const SATISFACTION_SOURCE =
  'DOMAIN.md §8: the common 5-level scale Rất hài lòng / Hài lòng / Bình thường / Không hài lòng / Rất không hài lòng. Related measures: SIPAS (Bộ Nội vụ) on 5 elements (access to the service, the procedure, the civil servants, the result, handling of feedback and complaints; 2023 national average 82.66%); Quyết định 766/QĐ-TTg (2022), satisfaction 18 of 100 points; Quyết định 1565/QĐ-TTg (2025), target of at least 95% satisfaction with online services by 2026.';
