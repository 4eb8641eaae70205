/**
 * A small schema toolkit shared by every validator in core (plans, feedback, reports, guides).
 * Checks collect issues with a JSON-style path instead of throwing, so one pass reports every problem.
 */
import { isIsoDate, isIsoDateTime } from '../dates/dates.js';

export type IssueCode =
  | 'invalid-json'
  | 'type'
  | 'required'
  | 'unknown-field'
  | 'empty'
  | 'too-long'
  | 'too-few'
  | 'too-many'
  | 'out-of-range'
  | 'not-integer'
  | 'invalid-format'
  | 'invalid-date'
  | 'invalid-datetime'
  | 'invalid-uuid'
  | 'invalid-url'
  | 'not-one-of'
  | 'duplicate-id'
  | 'unknown-unit'
  | 'unit-exists'
  | 'parent-cycle'
  | 'unknown-dimension'
  | 'unknown-group'
  | 'unknown-procedure'
  | 'unknown-task'
  | 'consent-required'
  | 'date-order'
  | 'answer-status'
  | 'answer-not-text'
  | 'answer-required'
  | 'answer-too-long'
  | 'met-before-choice'
  | 'too-many-issues';

export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  /** Where the problem is, e.g. `tasks[3].lead[0]`; empty for the whole document. */
  readonly path: string;
  readonly code: IssueCode;
  readonly params?: IssueParams;
}

/** Beyond this many issues a validator stops collecting and says so once. */
export const MAX_ISSUES = 200;

export class IssueList {
  readonly items: Issue[] = [];
  /** True once the list holds MAX_ISSUES issues and the note that more were left out. */
  get full(): boolean {
    return this.items.length > MAX_ISSUES;
  }
  add(path: string, code: IssueCode, params?: IssueParams): false {
    if (this.items.length < MAX_ISSUES) this.items.push(params ? { path, code, params } : { path, code });
    else if (this.items.length === MAX_ISSUES)
      this.items.push({ path: '', code: 'too-many-issues', params: { max: MAX_ISSUES } });
    return false;
  }
}

export type Check = (value: unknown, path: string, issues: IssueList) => boolean;

export const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);
export const atIndex = (path: string, index: number): string => `${path}[${index}]`;

/** A short, quoted rendering of a bad value for messages; always plain text, never markup. */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';

export function typeOf(value: unknown): JsonType | 'null' | 'undefined' | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'object':
      return 'object';
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'undefined':
      return 'undefined';
    default:
      return 'other';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const wrongType = (issues: IssueList, path: string, expected: JsonType, value: unknown): false =>
  issues.add(path, 'type', { expected, actual: typeOf(value) });

export interface StringOptions {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  /** Human name of the pattern for the message, e.g. "a-z, 0-9 and -". */
  readonly patternName?: string;
}

/* @__NO_SIDE_EFFECTS__ */
export function string(options: StringOptions = {}): Check {
  const { min = 1, max = 10_000, pattern, patternName } = options;
  return (value, path, issues) => {
    if (typeof value !== 'string') return wrongType(issues, path, 'string', value);
    if (value.trim().length < min) return issues.add(path, 'empty');
    if (value.length > max) return issues.add(path, 'too-long', { max, length: value.length });
    if (pattern && !pattern.test(value))
      return issues.add(path, 'invalid-format', { value: preview(value), format: patternName ?? pattern.source });
    return true;
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function integer(min: number, max: number): Check {
  return (value, path, issues) => {
    if (typeof value !== 'number' || Number.isNaN(value)) return wrongType(issues, path, 'integer', value);
    if (!Number.isInteger(value)) return issues.add(path, 'not-integer', { value });
    if (value < min || value > max) return issues.add(path, 'out-of-range', { value, min, max });
    return true;
  };
}

/** A string that must be one of a known set of ids (units, tasks …); `base` checks its form first. */
/* @__NO_SIDE_EFFECTS__ */
export function knownId(known: ReadonlySet<string>, code: IssueCode, base: Check = string({ max: 64 })): Check {
  return (value, path, issues) =>
    base(value, path, issues) && (known.has(value as string) || issues.add(path, code, { value: preview(value) }));
}

export const boolean: Check = (value, path, issues) =>
  typeof value === 'boolean' || wrongType(issues, path, 'boolean', value);

/* @__NO_SIDE_EFFECTS__ */
export function oneOf(values: readonly string[], code: IssueCode = 'not-one-of'): Check {
  return (value, path, issues) => {
    if (typeof value !== 'string') return wrongType(issues, path, 'string', value);
    return values.includes(value) || issues.add(path, code, { value: preview(value), allowed: values.join(', ') });
  };
}

export const isoDate: Check = (value, path, issues) => {
  if (typeof value !== 'string') return wrongType(issues, path, 'string', value);
  return isIsoDate(value) || issues.add(path, 'invalid-date', { value: preview(value) });
};

export const isoDateTime: Check = (value, path, issues) => {
  if (typeof value !== 'string') return wrongType(issues, path, 'string', value);
  return isIsoDateTime(value) || issues.add(path, 'invalid-datetime', { value: preview(value) });
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const uuid: Check = (value, path, issues) => {
  if (typeof value !== 'string') return wrongType(issues, path, 'string', value);
  return UUID.test(value) || issues.add(path, 'invalid-uuid', { value: preview(value) });
};

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
/** An absolute http(s) address, as report evidence and links must be. */
export const isHttpUrl = (value: string): boolean => HTTP_URL.test(value);
/* @__NO_SIDE_EFFECTS__ */
export function httpUrl(max = 2048): Check {
  return (value, path, issues) => {
    if (typeof value !== 'string') return wrongType(issues, path, 'string', value);
    if (value.length > max) return issues.add(path, 'too-long', { max, length: value.length });
    return HTTP_URL.test(value) || issues.add(path, 'invalid-url', { value: preview(value) });
  };
}

export interface ArrayOptions {
  readonly min?: number;
  readonly max?: number;
}

/* @__NO_SIDE_EFFECTS__ */
export function array(item: Check, options: ArrayOptions = {}): Check {
  const { min = 0, max = 100_000 } = options;
  return (value, path, issues) => {
    if (!Array.isArray(value)) return wrongType(issues, path, 'array', value);
    if (value.length < min) return issues.add(path, min === 1 ? 'empty' : 'too-few', { min, length: value.length });
    if (value.length > max) return issues.add(path, 'too-many', { max, length: value.length });
    let ok = true;
    for (let i = 0; i < value.length && !issues.full; i++) {
      if (!item(value[i], atIndex(path, i), issues)) ok = false;
    }
    return ok;
  };
}

export interface Field {
  readonly check: Check;
  readonly optional?: boolean;
}
export type Shape = Readonly<Record<string, Check | Field>>;
export const optional = /* @__NO_SIDE_EFFECTS__ */ (check: Check): Field => ({ check, optional: true });

/** An object with known fields; unknown fields are reported, since a misspelt key would otherwise lose data silently. */
/* @__NO_SIDE_EFFECTS__ */
export function object(shape: Shape, options: { readonly allowUnknown?: boolean } = {}): Check {
  const entries = Object.entries(shape).map(([key, f]) => [key, typeof f === 'function' ? { check: f } : f] as const);
  // A Set, not `key in shape`: inherited names such as __proto__ or toString are not fields.
  const known = new Set(Object.keys(shape));
  return (value, path, issues) => {
    if (!isRecord(value)) return wrongType(issues, path, 'object', value);
    let ok = true;
    for (const [key, field] of entries) {
      const v = value[key];
      if (v === undefined) {
        if (!field.optional) ok = issues.add(at(path, key), 'required');
        continue;
      }
      if (!field.check(v, at(path, key), issues)) ok = false;
    }
    if (!options.allowUnknown) {
      for (const key of Object.keys(value)) {
        if (!known.has(key)) ok = issues.add(at(path, key), 'unknown-field', { field: preview(key) });
      }
    }
    return ok;
  };
}

/** A text given as a plain (Vietnamese) string or as { vi, en?, km? }. */
/* @__NO_SIDE_EFFECTS__ */
export function localizedText(max = 10_000): Check {
  const plain = string({ max });
  const perLocale = object({ vi: plain, en: optional(plain), km: optional(plain) });
  return (value, path, issues) =>
    typeof value === 'string' ? plain(value, path, issues) : perLocale(value, path, issues);
}

export type ParseResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: Issue };

/** JSON.parse that reports a syntax error as an issue instead of throwing. */
export function parseJson(text: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issue: { path: '', code: 'invalid-json', params: { detail: preview(detail) } } };
  }
}
