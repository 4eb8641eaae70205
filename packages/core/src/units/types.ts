import type { Localized } from '../i18n/locale.js';

/**
 * What kind of body a unit is.
 * - town-office: a specialised office (phòng) or the office of the town council and people's committee
 * - town-agency: a town-level public body (centre, inspectorate, editorial board, checking team)
 * - town-government: the town people's committee itself
 * - state-agency: a central or provincial body based in the town (the town police)
 * - front: the Vietnam Fatherland Front committee and the mass organisations
 * - provincial: a provincial body the plan reports to
 * - ward / commune: a commune-level unit (phường / xã)
 * - school: a group of public schools the plan names as one body
 * - group: several bodies named together ("UBND xã, phường", "Các ngành có liên quan")
 */
export type UnitKind =
  | 'town-government'
  | 'town-office'
  | 'town-agency'
  | 'state-agency'
  | 'front'
  | 'provincial'
  | 'ward'
  | 'commune'
  | 'school'
  | 'group';

/** Which administrative generation a unit belongs to. */
export type UnitGeneration = '2023' | '2025';

export interface Unit {
  /** Stable id, a Vietnamese slug without diacritics, e.g. "phong-noi-vu". */
  readonly id: string;
  readonly kind: UnitKind;
  readonly generation: UnitGeneration;
  readonly name: Localized;
  /** Short name for narrow displays, when the full name is long. */
  readonly shortName?: Localized;
  /** For groups: the member units, when the seed makes them knowable. Open groups ("related bodies") have none. */
  readonly members?: readonly string[];
  /** For 2023 units that merged: the 2025 unit that took them over. */
  readonly successor?: string;
  /** For 2025 units: the 2023 units merged into it. */
  readonly predecessors?: readonly string[];
  /** ISO date from which the unit exists, when known. */
  readonly from?: string;
  /** ISO date after which the unit no longer exists, when known. */
  readonly until?: string;
  /** Where the fact comes from (the seed, a law, a public address). */
  readonly source: string;
  /** Facts about this unit that are not confirmed: keep them editable. */
  readonly unconfirmed?: readonly string[];
  readonly note?: string;
}

/** A unit without its sources and notes: what a widget shows. */
export type UnitFacts = Omit<Unit, 'source' | 'unconfirmed' | 'note'>;
/** Where a unit's facts come from. */
export type UnitDetails = Pick<Unit, 'source' | 'unconfirmed' | 'note'>;
