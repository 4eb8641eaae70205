import type { Locale, LocalizedInput } from '../i18n/locale.js';
import { translate } from '../i18n/messages.js';
import { formatIssue } from '../validation/format.js';
import {
  type Check,
  type Issue,
  IssueList,
  array,
  at,
  atIndex,
  isRecord,
  localizedText,
  object,
  optional,
  parseJson,
  preview,
  string,
} from '../validation/schema.js';
import { UNIT_ID_FORMAT, UNIT_IDS } from './registry.js';

/**
 * A unit the registry does not know, added by configuration: another commune or ward the toolkit serves (the
 * collector's PAPI_UNITS file, `[{ "id", "name", "parent"? }]`).
 */
export interface ExtraUnit {
  /** A unit id (UNIT_ID_FORMAT), not one of the registry's. */
  readonly id: string;
  /** Its name: plain Vietnamese, or { vi, en?, km? }. */
  readonly name: LocalizedInput;
  /** The unit it belongs to: a registry id or another unit of the same list. */
  readonly parent?: string;
}

export const EXTRA_UNITS_LIMITS = { units: 10_000, name: 200 } as const;

/** A string with the form of a unit id: what every unit field of a record is checked against first. */
export const unitIdCheck: Check = string({
  max: UNIT_ID_FORMAT.maxLength,
  pattern: UNIT_ID_FORMAT.pattern,
  patternName: UNIT_ID_FORMAT.name,
});

const entry = object({
  id: unitIdCheck,
  name: localizedText(EXTRA_UNITS_LIMITS.name),
  parent: optional(unitIdCheck),
});
const list = array(entry, { min: 0, max: EXTRA_UNITS_LIMITS.units });

/** An issue of a units list, with the entry it is about (its index from 0, and its id when it has one). */
export interface ExtraUnitsIssue extends Issue {
  readonly index?: number;
  readonly unitId?: string;
}

export type ExtraUnitsValidation =
  | { readonly ok: true; readonly units: readonly ExtraUnit[]; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ExtraUnitsIssue[] };

/** The entry an issue's path ("[3].name") points to. */
function indexOf(path: string): number | undefined {
  const m = /^\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : undefined;
}

/**
 * Checks a list of units to add to the registry and reports every problem with the entry it is in: the form of the
 * ids, a name, no id twice, none the registry has already, and a parent that is known (the registry's or the list's)
 * without leading back to the unit itself.
 */
export function validateExtraUnits(input: unknown): ExtraUnitsValidation {
  const issues = new IssueList();
  list(input, '', issues);
  if (Array.isArray(input)) {
    const first = new Map<string, number>();
    input.forEach((u, i) => {
      if (!isRecord(u) || typeof u.id !== 'string') return;
      const path = at(atIndex('', i), 'id');
      const seen = first.get(u.id);
      if (seen !== undefined) issues.add(path, 'duplicate-id', { value: preview(u.id), first: atIndex('', seen) });
      else first.set(u.id, i);
      if (UNIT_IDS.has(u.id)) issues.add(path, 'unit-exists', { value: preview(u.id) });
    });
    const parents = new Map<string, string>();
    for (const u of input)
      if (isRecord(u) && typeof u.id === 'string' && typeof u.parent === 'string' && !parents.has(u.id))
        parents.set(u.id, u.parent);
    input.forEach((u, i) => {
      if (!isRecord(u) || typeof u.parent !== 'string') return;
      const path = at(atIndex('', i), 'parent');
      if (!UNIT_IDS.has(u.parent) && !first.has(u.parent))
        return issues.add(path, 'unknown-unit', { value: preview(u.parent) });
      // Up the parents within the list: back at this unit means a loop, which no administrative tree has.
      const seen = new Set<string>();
      for (let p: string | undefined = u.parent; p !== undefined && !seen.has(p); p = parents.get(p)) {
        if (p === u.id) return issues.add(path, 'parent-cycle', { value: preview(u.parent) });
        seen.add(p);
      }
      return true;
    });
  }
  if (issues.items.length === 0) return { ok: true, units: input as ExtraUnit[], issues: [] };
  const items = Array.isArray(input) ? input : [];
  return {
    ok: false,
    issues: issues.items.map((issue) => {
      const index = indexOf(issue.path);
      if (index === undefined) return issue;
      const unit: unknown = items[index];
      const id = isRecord(unit) && typeof unit.id === 'string' ? unit.id : undefined;
      return { ...issue, index, ...(id !== undefined ? { unitId: preview(id) } : {}) };
    }),
  };
}

/** Parses and checks a units list's JSON text; a syntax error is reported like any other issue. */
export function validateExtraUnitsJson(text: string): ExtraUnitsValidation {
  const parsed = parseJson(text);
  return parsed.ok ? validateExtraUnits(parsed.value) : { ok: false, issues: [parsed.issue] };
}

/**
 * One issue of a units list as a sentence that names the entry: `entry 3 (id "xa-a"): [2].name: must not be empty`.
 * Entries are counted from 1, as a person reads the file; the path keeps JSON's index from 0.
 */
export function formatExtraUnitsIssue(issue: ExtraUnitsIssue, locale: Locale): string {
  const text = formatIssue(issue, locale);
  if (issue.index === undefined) return text;
  const n = issue.index + 1;
  const where =
    issue.unitId === undefined
      ? translate(locale, 'units.entry', { n })
      : translate(locale, 'units.entry-id', { n, id: issue.unitId });
  return `${where}: ${text}`;
}
