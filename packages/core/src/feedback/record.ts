import { DIMENSION_IDS, type DimensionId } from '../dimensions/dimensions.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { UNIT_IDS } from '../units/registry.js';
import { unitIdCheck } from '../units/extra.js';
import { PROCEDURE_ID_LIST } from '../procedures/ids.js';
import {
  type Check,
  type Issue,
  IssueList,
  boolean,
  httpUrl,
  integer,
  isRecord,
  isoDateTime,
  knownId,
  object,
  oneOf,
  optional,
  parseJson,
  string,
  uuid,
} from '../validation/schema.js';
import type { SatisfactionValue } from './satisfaction.js';

export const FEEDBACK_LIMITS = {
  comment: 1000,
  contact: 200,
  service: 64,
  page: 2048,
  /**
   * The portal's dossier code (mã hồ sơ) a resident may add at the counter's kiosk. Its format is not documented
   * (shared/PORTAL.md lists it as unseen), so it is free text with a cap: the longest codes seen in public guides
   * are under 30 characters.
   */
  dossier: 64,
} as const;

/** What a resident sends from a feedback button. No name or contact unless the resident consented. */
export interface FeedbackRecord {
  /** The client's UUID: the collector stores each id once. */
  readonly id: string;
  /** The unit whose service is rated (units registry id). */
  readonly unit: string;
  /** An essential procedure from the catalogue, or a free service slug the portal defines. */
  readonly service?: string;
  readonly dimension?: DimensionId;
  readonly rating: SatisfactionValue;
  readonly comment?: string;
  /** Phone or e-mail, only with consent: true. */
  readonly contact?: string;
  readonly consent?: boolean;
  /**
   * The dossier code (mã hồ sơ) of the procedure rated, typed at the counter's kiosk. Personal data, like a contact:
   * the unit may read it; a receipt code never shows it.
   */
  readonly dossier?: string;
  readonly lang: Locale;
  /** The page the button was on. */
  readonly page?: string;
  /** When the resident pressed send (ISO 8601 with zone). */
  readonly createdAt: string;
}

export interface FeedbackValidationOptions {
  /** Unit ids the receiver accepts; the core registry by default. */
  readonly units?: ReadonlySet<string>;
}

const SERVICE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The catalogue's procedure ids (procedures/ids.ts, kept in step with PROCEDURES by a test). */
export const PROCEDURE_IDS: ReadonlySet<string> = /* @__PURE__ */ new Set(PROCEDURE_ID_LIST);

function feedbackSchema(units: ReadonlySet<string>): Check {
  // The form first (invalid-format), then whether the receiver knows it (unknown-unit).
  const unit = knownId(units, 'unknown-unit', unitIdCheck);
  return object({
    id: uuid,
    unit,
    service: optional(string({ max: FEEDBACK_LIMITS.service, pattern: SERVICE, patternName: 'a-z, 0-9, -' })),
    dimension: optional(oneOf(DIMENSION_IDS, 'unknown-dimension')),
    rating: integer(1, 5),
    comment: optional(string({ min: 0, max: FEEDBACK_LIMITS.comment })),
    contact: optional(string({ min: 0, max: FEEDBACK_LIMITS.contact })),
    consent: optional(boolean),
    dossier: optional(string({ max: FEEDBACK_LIMITS.dossier })),
    lang: oneOf(LOCALES),
    page: optional(httpUrl(FEEDBACK_LIMITS.page)),
    createdAt: isoDateTime,
  });
}

export type FeedbackValidation =
  | { readonly ok: true; readonly record: FeedbackRecord; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Built once per set of units: a collector validates every request against the same one. */
const schemas = new WeakMap<ReadonlySet<string>, Check>();

/** Checks a feedback record as the widget sends it and the collector receives it. */
export function validateFeedback(input: unknown, options: FeedbackValidationOptions = {}): FeedbackValidation {
  const issues = new IssueList();
  const units = options.units ?? UNIT_IDS;
  let schema = schemas.get(units);
  if (!schema) schemas.set(units, (schema = feedbackSchema(units)));
  schema(input, '', issues);
  if (isRecord(input) && typeof input.contact === 'string' && input.contact.trim() !== '' && input.consent !== true) {
    issues.add('consent', 'consent-required');
  }
  return issues.items.length === 0
    ? { ok: true, record: input as unknown as FeedbackRecord, issues: [] }
    : { ok: false, issues: issues.items };
}

export function validateFeedbackJson(text: string, options: FeedbackValidationOptions = {}): FeedbackValidation {
  const parsed = parseJson(text);
  return parsed.ok ? validateFeedback(parsed.value, options) : { ok: false, issues: [parsed.issue] };
}
