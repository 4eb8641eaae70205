import { type Issue, parseJson } from '@papi/core';
import { ApiError, type ExtraIssue } from './errors.js';

/** A report is three levels deep (report, tasks, task); anything much deeper is not one of ours. */
export const MAX_DEPTH = 8;
const MAX_REPORTED = 50;

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** C0 controls and DEL, but not tab, line feed and carriage return, which a multi-line comment may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is this expression's whole purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const UNPAIRED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Keys that would reach Object.prototype in careless code downstream; no record of ours has them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Depth of the deepest array or object, counted without parsing so that a hostile nesting never reaches JSON.parse. */
export function jsonDepth(text: string, stopAbove = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max && (max = depth) > stopAbove) return max;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** Any control character, or any surrogate at all: a string without one of these has no text problem. */
// eslint-disable-next-line no-control-regex -- see CONTROL
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/;

/**
 * Whether textIssues could find anything: one test per string and key, no paths built. A body almost never has a
 * problem, so the exact walk below, which names every problem with its path, runs only when this says it might.
 */
function mayHaveTextIssues(v: unknown, depth: number): boolean {
  if (typeof v === 'string') return SUSPECT.test(v);
  if (typeof v !== 'object' || v === null) return false;
  // Deeper than any body that reaches here (jsonDepth stops them first): let the exact walk, which has no recursion, decide.
  if (depth > MAX_DEPTH * 4) return true;
  if (Array.isArray(v)) {
    for (const item of v) if (mayHaveTextIssues(item, depth + 1)) return true;
    return false;
  }
  for (const key of Object.keys(v)) {
    if (
      FORBIDDEN_KEYS.has(key) ||
      SUSPECT.test(key) ||
      mayHaveTextIssues((v as Record<string, unknown>)[key], depth + 1)
    )
      return true;
  }
  return false;
}

/** Problems JSON.parse lets through: prototype keys, control characters and broken surrogates in any string. */
export function textIssues(value: unknown): (ExtraIssue | Issue)[] {
  const issues: (ExtraIssue | Issue)[] = [];
  if (!mayHaveTextIssues(value, 0)) return issues;
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0 && issues.length < MAX_REPORTED) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      const control = CONTROL.exec(v);
      if (control)
        issues.push({
          path,
          code: 'control-character',
          params: { code: control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') },
        });
      else if (UNPAIRED.test(v)) issues.push({ path, code: 'unpaired-surrogate' });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k]!;
        const at = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.has(key)) issues.push({ path: at, code: 'unknown-field', params: { field: key } });
        else if (CONTROL.test(key) || UNPAIRED.test(key))
          issues.push({ path: path || '', code: 'unknown-field', params: { field: JSON.stringify(key).slice(0, 60) } });
        else stack.push([(v as Record<string, unknown>)[key], at]);
      }
    }
  }
  return issues;
}

/** A parsed body and the text problems found in it, reported together with the schema's own findings. */
export class ParsedBody {
  constructor(
    readonly value: unknown,
    readonly issues: readonly (Issue | ExtraIssue)[],
  ) {}
}

/** Turns a raw request body into a JSON value, or throws the 400 that says why it is not one. */
export function parseBody(body: Buffer): ParsedBody {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new ApiError(400, 'invalid-utf8');
  }
  if (jsonDepth(text) > MAX_DEPTH) throw new ApiError(400, 'too-deep', { max: MAX_DEPTH });
  const parsed = parseJson(text);
  if (!parsed.ok) throw new ApiError(400, 'invalid-json', {}, [parsed.issue]);
  return new ParsedBody(parsed.value, textIssues(parsed.value));
}

/**
 * The body's value, or throws the 400 listing every problem: the text problems first, then the schema's (core's
 * validators cannot see a "__proto__" key, which the text check reports as an unsupported field).
 */
export function checked<T>(
  body: unknown,
  validate: (value: unknown) => { ok: true; value: T } | { ok: false; issues: readonly Issue[] },
): T {
  const parsed = body instanceof ParsedBody ? body : new ParsedBody(body, []);
  const result = validate(parsed.value);
  if (result.ok && parsed.issues.length === 0) return result.value;
  const seen = new Set(parsed.issues.map((i) => `${i.path} ${i.code}`));
  const issues = [
    ...parsed.issues,
    ...(result.ok ? [] : result.issues.filter((i) => !seen.has(`${i.path} ${i.code}`))),
  ];
  throw new ApiError(400, 'invalid-body', {}, issues);
}
