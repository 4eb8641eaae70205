import type { Localized } from '../i18n/locale.js';

export interface DisclosureCategory {
  /** Stable id, a slug: "ho-ngheo", "ngan-sach-xa" … */
  readonly id: string;
  readonly name: Localized;
  /** Legal basis, as citable text ("Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15, Điều 11 khoản 2"). */
  readonly legalBasis: readonly string[];
  /** Minimum posting period in days. */
  readonly postingDays: number;
  /** Where postingDays comes from. */
  readonly postingDaysBasis: string;
  /** False when postingDays is the 30-day default rather than a period a law sets for this category. */
  readonly postingDaysConfirmed: boolean;
  /** Days in a row it must also be broadcast on the loudspeaker system, when a law requires it. */
  readonly broadcastDays?: number;
  /** Where the category comes from: the seed's appendix 5.2, Điều 11, or both. */
  readonly origin: readonly ('seed-5.2' | 'dieu-11')[];
  /** Whether every commune must disclose it (a register flags a missing mandatory category). */
  readonly mandatory: boolean;
  readonly sources: readonly string[];
  readonly note?: string;
}

/** A category without its sources and notes (see DISCLOSURE_CATEGORY_SOURCES): what a widget shows. */
export type DisclosureCategoryFacts = Omit<DisclosureCategory, 'postingDaysBasis' | 'sources' | 'note'>;
