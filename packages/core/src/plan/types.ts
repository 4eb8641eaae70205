import type { LocalizedInput } from '../i18n/locale.js';
import type { DimensionId } from '../dimensions/dimensions.js';
import type { UnitKind } from '../units/types.js';

export const TASK_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * When a task is carried out, as the appendix's last column says.
 * - ongoing: "Thường xuyên"
 * - per-plan: "Theo Kế hoạch đã được Ủy ban nhân dân thị xã phê duyệt"
 * - due: a dated timing such as "Năm 2023" (due = last day of that year); overdue after it
 */
export type Timing =
  | { readonly kind: 'ongoing'; readonly text?: string }
  | { readonly kind: 'per-plan'; readonly text?: string }
  | { readonly kind: 'due'; readonly due: string; readonly text?: string };

export interface PlanTask {
  /** Stable id, e.g. "a-1-1" for appendix row 1.1. */
  readonly id: string;
  /** The appendix group ("Nội dung") this row belongs to: a PlanGroup id. */
  readonly group?: string;
  /** The row's number as printed in the seed ("1.1", "5,2"), when it has one. */
  readonly number?: string;
  readonly activity: LocalizedInput;
  /** PAPI dimensions the task serves; the first is the primary one. */
  readonly dimensions: readonly DimensionId[];
  /** Lead units (Đơn vị chủ trì): ids in the units registry. */
  readonly lead: readonly string[];
  /** Partner units (Đơn vị phối hợp): ids in the units registry. */
  readonly partners: readonly string[];
  readonly timing: Timing;
  /** The seed's own wording of the unit columns, kept verbatim. */
  readonly leadText?: string;
  readonly partnersText?: string;
  /** The plan's own status for the task, when the author supplies one. */
  readonly status?: TaskStatus;
  readonly note?: string;
}

export interface PlanGroup {
  readonly id: string;
  readonly number: string;
  readonly title: LocalizedInput;
  /** Text the seed puts under the group before its rows (group 6 has one). */
  readonly intro?: LocalizedInput;
}

/** Section III: what the plan says to do for one dimension. */
export interface DimensionSolutions {
  readonly dimension: DimensionId;
  /** The heading as the seed writes it ("2. Công khai, minh bạch trong hoạch định chính sách"). */
  readonly heading: string;
  /** Sub-sections (6 a–d) or a single unnamed section. */
  readonly sections: readonly { readonly heading?: string; readonly paragraphs: readonly string[] }[];
}

/** Section V: the duties of one body. */
export interface BodyDuties {
  readonly number: string;
  /** The body as the seed names it. */
  readonly bodyText: string;
  /** Units registry ids. */
  readonly units: readonly string[];
  readonly duties: readonly string[];
}

export interface PilotPlace {
  readonly id: string;
  readonly name: string;
  /** The commune or ward (2023 generation) it belongs to. */
  readonly unit: string;
}

export interface ReportingCadence {
  /** Who receives the units' reports. */
  readonly to: string;
  readonly frequencies: readonly ('six-monthly' | 'yearly')[];
  /** Who the receiver reports onwards to. */
  readonly onwardTo: readonly string[];
  readonly source: string;
}

/** A unit a plan brings along for bodies the core registry does not know (another town's offices). */
export interface PlanUnit {
  readonly id: string;
  readonly name: LocalizedInput;
  readonly kind?: UnitKind;
  readonly members?: readonly string[];
}

export interface Plan {
  readonly id: string;
  readonly title: LocalizedInput;
  readonly year: number;
  /** The issuing unit. */
  readonly issuer?: string;
  readonly signedBy?: string;
  /** The legal grounds cited at the top ("Căn cứ …"). */
  readonly grounds?: readonly string[];
  readonly goal?: { readonly objective: string; readonly target: string };
  readonly requirements?: readonly string[];
  readonly scope?: { readonly dimensionsText: string; readonly units: readonly string[]; readonly subjects: string };
  readonly pilotPlaces?: readonly PilotPlace[];
  readonly solutions?: readonly DimensionSolutions[];
  readonly duties?: readonly BodyDuties[];
  readonly groups?: readonly PlanGroup[];
  readonly tasks: readonly PlanTask[];
  readonly reporting?: ReportingCadence;
  readonly source?: string;
  /** Units beyond the core registry that this plan refers to. */
  readonly units?: readonly PlanUnit[];
}
