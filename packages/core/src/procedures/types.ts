import type { Localized } from '../i18n/locale.js';

/** Nghị định 42/2022/NĐ-CP Điều 11; the portal's data calls them FULL / PARTIAL / NONE. */
export type OnlineLevel = 'full' | 'partial' | 'none';

/** The two official lists a procedure belongs to. */
export type EssentialList = 'qd06-2022' | 'ct24-2025';

/** Which tier files and handles it under Chỉ thị 24/CT-TTg's grouping. */
export type ProcedureArea = 'commune' | 'police' | 'other';

export interface ProcedureDocument {
  readonly name: Localized;
  /** When it is needed, if not always ("only if not in the national databases"). */
  readonly condition?: Localized;
}

export interface Procedure {
  /** Stable id, a slug: "khai-sinh", "lien-thong-khai-sinh", "thuong-tru" … */
  readonly id: string;
  readonly name: Localized;
  /** Its number in each list it belongs to (QĐ 06/QĐ-TTg's 18 as the seed names them; CT 24/CT-TTg's 25). */
  readonly lists: Readonly<Partial<Record<EssentialList, number>>>;
  /** The name exactly as the seed's footnote writes it, for the 18 of QĐ 06. */
  readonly seedName?: string;
  readonly area: ProcedureArea;
  /** Code in the national procedure database, when known ("1.004194"). */
  readonly code?: string;
  readonly onlineLevel?: OnlineLevel;
  readonly handledBy?: Localized;
  readonly documents?: readonly ProcedureDocument[];
  readonly timeLimit?: Localized;
  readonly fee?: Localized;
  readonly legalBasis?: readonly string[];
  /** Public addresses or documents the record rests on. */
  readonly sources: readonly string[];
  /** True when every field above is filled from a confirmed source. */
  readonly complete: boolean;
  /** Names of fields whose value is a reasonable default awaiting confirmation. */
  readonly unconfirmed?: readonly string[];
}
