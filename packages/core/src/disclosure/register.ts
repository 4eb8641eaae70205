import { DISCLOSURE_CATEGORY_IDS, disclosureCategoryById } from './categories.js';
import {
  type Check,
  type Issue,
  IssueList,
  array,
  at,
  atIndex,
  integer,
  isRecord,
  isoDate,
  object,
  oneOf,
  optional,
  parseJson,
  preview,
  string,
} from '../validation/schema.js';

/**
 * A commune's public-disclosure register for a period: what it posted, when, where and (optionally) when it came
 * down. `<papi-disclosure-register>` shows it grouped by category and flags every mandatory category with nothing
 * in the period ("chưa công khai").
 */
export interface DisclosureEntry {
  /** A disclosure category id (DISCLOSURE_CATEGORIES). */
  readonly category: string;
  readonly title: string;
  /** YYYY-MM-DD */
  readonly posted: string;
  /** YYYY-MM-DD, the first day it was no longer up. */
  readonly removed?: string;
  /** Link to the document: http(s) or a path on the portal ("/van-ban/…"). */
  readonly href?: string;
  readonly location?: string;
  /** Overrides the category's posting period. */
  readonly days?: number;
}

export interface DisclosureRegister {
  /** A units-registry id ("xa-lai-hoa-2025") or the commune's name as text. */
  readonly unit: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly entries: readonly DisclosureEntry[];
}

export const REGISTER_LIMITS = { entries: 2_000, text: 500, href: 2048 } as const;

/** http(s) URLs, or paths on the same site; never javascript:, data: or any other scheme. */
const LINK = /^(?:https?:\/\/[^\s/?#]+[^\s]*|\/(?!\/)[^\s]*)$/i;
const link: Check = (value, path, issues) =>
  string({ max: REGISTER_LIMITS.href })(value, path, issues) &&
  (LINK.test(value as string) || issues.add(path, 'invalid-url', { value: preview(value) }));

const text = string({ max: REGISTER_LIMITS.text });

const schema = object({
  unit: string({ max: 200 }),
  period: object({ from: isoDate, to: isoDate }),
  entries: array(
    object({
      category: oneOf(DISCLOSURE_CATEGORY_IDS),
      title: text,
      posted: isoDate,
      removed: optional(isoDate),
      href: optional(link),
      location: optional(text),
      days: optional(integer(1, 3650)),
    }),
    { max: REGISTER_LIMITS.entries },
  ),
});

export type RegisterValidation =
  | { readonly ok: true; readonly register: DisclosureRegister; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Checks a register an editor supplies (parsed JSON) and reports every problem with its path. */
export function validateDisclosureRegister(input: unknown): RegisterValidation {
  const issues = new IssueList();
  schema(input, '', issues);
  if (isRecord(input)) {
    const p = input.period;
    if (isRecord(p) && typeof p.from === 'string' && typeof p.to === 'string' && p.to < p.from) {
      issues.add(at('period', 'to'), 'date-order', { before: p.from, value: p.to });
    }
    if (Array.isArray(input.entries)) {
      input.entries.forEach((e, i) => {
        if (isRecord(e) && typeof e.posted === 'string' && typeof e.removed === 'string' && e.removed <= e.posted) {
          issues.add(at(atIndex('entries', i), 'removed'), 'date-order', { before: e.posted, value: e.removed });
        }
      });
    }
  }
  return issues.items.length === 0
    ? { ok: true, register: input as DisclosureRegister, issues: [] }
    : { ok: false, issues: issues.items };
}

export function validateDisclosureRegisterJson(textValue: string): RegisterValidation {
  const parsed = parseJson(textValue);
  return parsed.ok ? validateDisclosureRegister(parsed.value) : { ok: false, issues: [parsed.issue] };
}

/** Whether an entry was up at some time in the period: posted by its end and not taken down before its start. */
export function entryInPeriod(entry: DisclosureEntry, period: DisclosureRegister['period']): boolean {
  return entry.posted <= period.to && (entry.removed === undefined || entry.removed > period.from);
}

/** The mandatory categories with nothing posted in the register's period, in DISCLOSURE_CATEGORIES' order. */
export function missingMandatoryCategories(register: DisclosureRegister): readonly string[] {
  const covered = new Set(register.entries.filter((e) => entryInPeriod(e, register.period)).map((e) => e.category));
  return DISCLOSURE_CATEGORY_IDS.filter((id) => disclosureCategoryById(id)?.mandatory && !covered.has(id));
}
