import { PROCEDURE_ID_LIST } from '../procedures/ids.js';
import {
  array,
  at,
  atIndex,
  type Check,
  type Issue,
  IssueList,
  isRecord,
  object,
  oneOf,
  optional,
  parseJson,
  preview,
  string,
} from '../validation/schema.js';
import { isUrlPattern } from './url.js';
import type { Guide } from './types.js';
import { LOCATOR_STRATEGIES } from './types.js';

const SLUG = { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, patternName: 'a-z, 0-9 and -' } as const;
const slug = string({ max: 60, ...SLUG });
/**
 * What a guide shows (titles, tips, instructions) is plain text in every language: no control characters, and no
 * bidirectional overrides or isolates, with which a guide from a file could make the tip read other than it is.
 */
const PLAIN = {
  // The control characters are what the pattern is for.
  // eslint-disable-next-line no-control-regex
  pattern: /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]*$/,
  patternName: 'text without control characters',
} as const;
const plain = (max: number): Check => string({ max, ...PLAIN });
const text = (max: number): Check => object({ vi: plain(max), en: plain(max), km: plain(max) });

const urlPattern: Check = (value, path, issues) => {
  if (!string({ max: 300 })(value, path, issues)) return false;
  return (
    isUrlPattern(value as string) ||
    issues.add(path, 'invalid-format', { value: preview(value), format: 'host/path?param' })
  );
};

/** A CSS selector is checked for shape only (core has no DOM): no markup, no newlines. */
const css = string({ max: 300, pattern: /^[^<>\n]+$/, patternName: 'a CSS selector' });

const locatorFields = object({
  label: optional(string({ max: 200 })),
  role: optional(
    oneOf([
      'button',
      'link',
      'textbox',
      'combobox',
      'listbox',
      'option',
      'checkbox',
      'radio',
      'tab',
      'heading',
      'dialog',
      'row',
      'cell',
      'menuitem',
    ]),
  ),
  name: optional(string({ max: 200 })),
  dataName: optional(string({ max: 120, pattern: /^[A-Za-z0-9_]+$/, patternName: 'A-Z, a-z, 0-9 and _' })),
  css: optional(css),
  near: optional(string({ max: 200 })),
  pending: optional(oneOf(['file', 'required'])),
});

export const locatorCheck: Check = (value, path, issues) => {
  let ok = locatorFields(value, path, issues);
  if (!isRecord(value)) return false;
  if (value.label === undefined && value.role === undefined && value.dataName === undefined && value.css === undefined)
    ok = issues.add(path, 'required', { field: LOCATOR_STRATEGIES.join(' | ') });
  if (value.name !== undefined && value.role === undefined) ok = issues.add(at(path, 'role'), 'required');
  return ok;
};

/**
 * SurveyJS renders a dropdown's control, its `.sd-dropdown__value` and its filter input before any choice, and a
 * read-only one writes its placeholder in `.sd-dropdown__value .sv-string-viewer`: an "appear" on any of them is
 * met at once. A choice is what "filled" waits for.
 */
function appearsOnlyAfterChoice(target: unknown, path: string, issues: IssueList): boolean {
  const css = isRecord(target) ? target.css : undefined;
  const found = typeof css === 'string' ? /\.sd-dropdown[\w-]*/.exec(css) : null;
  return !found || issues.add(path, 'met-before-choice', { value: found[0] });
}

const advanceCheck: Check = (value, path, issues) => {
  if (!isRecord(value)) return object({})(value, path, issues);
  const kind = value.kind;
  if (!oneOf(['click', 'url', 'appear', 'filled', 'gone', 'toast', 'manual'])(kind, at(path, 'kind'), issues))
    return false;
  switch (kind) {
    case 'url':
      return object({ kind: string(), url: urlPattern })(value, path, issues);
    case 'appear':
      return (
        object({ kind: string(), target: locatorCheck })(value, path, issues) &&
        appearsOnlyAfterChoice(value.target, at(at(path, 'target'), 'css'), issues)
      );
    case 'toast':
      return object({ kind: string(), text: string({ max: 200 }), url: optional(urlPattern) })(value, path, issues);
    default:
      return object({ kind: string() })(value, path, issues);
  }
};

const boolean: Check = (v, p, i) =>
  typeof v === 'boolean' || i.add(p, 'type', { expected: 'boolean', actual: typeof v });

const stepCheck: Check = (value, path, issues) => {
  const ok = object({
    id: slug,
    url: array(urlPattern, { min: 1, max: 10 }),
    title: text(200),
    tip: text(400),
    instructions: text(1000),
    target: optional(locatorCheck),
    advance: advanceCheck,
    optional: optional(boolean),
    remember: optional(oneOf(['agency'])),
    screen: optional(locatorCheck),
    branch: optional(slug),
    assumed: optional(boolean),
  })(value, path, issues);
  if (!ok || !isRecord(value)) return ok;
  const kind = (value.advance as Record<string, unknown>).kind;
  if ((kind === 'click' || kind === 'filled' || kind === 'gone' || kind === 'toast') && value.target === undefined)
    return issues.add(at(path, 'target'), 'required', { because: `advance.kind ${String(kind)}` });
  return true;
};

const guideShape = object({
  id: slug,
  procedure: slug,
  title: text(200),
  summary: text(1000),
  startUrl: string({ max: 500, pattern: /^https:\/\/[^\s]+$/, patternName: 'an https URL' }),
  steps: array(stepCheck, { min: 1, max: 100 }),
  notes: optional(array(plain(500))),
});

export type GuideValidation =
  | { readonly ok: true; readonly guide: Guide; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Checks a guide and reports every problem with its path, e.g. `steps[3].target.role`. */
export function validateGuide(value: unknown): GuideValidation {
  const issues = new IssueList();
  guideShape(value, '', issues);
  if (isRecord(value)) {
    if (typeof value.procedure === 'string' && !(PROCEDURE_ID_LIST as readonly string[]).includes(value.procedure))
      issues.add('procedure', 'unknown-procedure', { value: preview(value.procedure) });
    if (Array.isArray(value.steps)) {
      const seen = new Map<string, string>();
      value.steps.forEach((s, i) => {
        if (!isRecord(s) || typeof s.id !== 'string') return;
        const first = seen.get(s.id);
        if (first !== undefined)
          issues.add(at(atIndex('steps', i), 'id'), 'duplicate-id', { value: preview(s.id), first });
        else seen.set(s.id, atIndex('steps', i));
      });
    }
  }
  return issues.items.length === 0
    ? { ok: true, guide: value as Guide, issues: [] }
    : { ok: false, issues: issues.items };
}

export function validateGuideJson(text: string): GuideValidation {
  const parsed = parseJson(text);
  return parsed.ok ? validateGuide(parsed.value) : { ok: false, issues: [parsed.issue] };
}
