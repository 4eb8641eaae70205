/**
 * The messages the background accepts, one validator per type, and who may send each. A message must have exactly
 * the fields of its type, each of the right form and size; anything else is refused with the reason.
 */
import { isUrlPattern, IssueList, LOCATOR_STRATEGIES, locatorCheck, validateGuide } from '@papi/core';
import { onPortal } from '../hosts.js';
import type { ToBackground } from '../messages.js';
import type { SenderKind } from './sender.js';

type Fields = Record<string, unknown>;
/** Gives the reason a field is wrong, or undefined when it is right. */
type Field = (value: unknown) => string | undefined;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id =
  (max: number): Field =>
  (v) =>
    typeof v === 'string' && v.length <= max && SLUG.test(v) ? undefined : `not an id of up to ${max} characters`;
const caseId: Field = (v) => (typeof v === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(v) ? undefined : 'not a case id');
const portalUrl: Field = (v) =>
  typeof v === 'string' && v.length <= 16_384 && onPortal(v) ? undefined : 'not an address on the portal';
const strategy: Field = (v) =>
  (LOCATOR_STRATEGIES as readonly unknown[]).includes(v) ? undefined : 'not a locator strategy';
const strategies: Field = (v) =>
  Array.isArray(v) && v.length <= LOCATOR_STRATEGIES.length && v.every((s) => strategy(s) === undefined)
    ? undefined
    : 'not a list of locator strategies';
const text =
  (max: number): Field =>
  (v) =>
    typeof v === 'string' && v.length > 0 && v.length <= max ? undefined : `not a text of 1 to ${max} characters`;
const stepIndex: Field = (v) =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1000 ? undefined : 'not a step number';
const yesNo: Field = (v) => (typeof v === 'boolean' ? undefined : 'not true or false');
const optional =
  (f: Field): Field =>
  (v) =>
    v === undefined ? undefined : f(v);

/** A locator in core's guide schema. */
const locator: Field = (v) => {
  const issues = new IssueList();
  return locatorCheck(v, '', issues) ? undefined : 'not a locator';
};
const record = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const exactly = (v: Fields, keys: readonly string[]): boolean => Object.keys(v).every((k) => keys.includes(k));
/** A recorded step holds no text at all: the author writes it in the panel. Anything here would be the page's. */
const noText = (v: unknown): boolean =>
  record(v) && exactly(v, ['vi', 'en', 'km']) && v.vi === '' && v.en === '' && v.km === '';
const proposal = (v: unknown): boolean =>
  record(v) && exactly(v, ['strategy', 'target']) && strategy(v.strategy) === undefined && !locator(v.target);
const DRAFT_KEYS = ['key', 'url', 'title', 'tip', 'instructions', 'target', 'advance', 'alternatives', 'strategy'];
/**
 * A draft step as the recorder makes it (recorder/draft-step.ts), and nothing more: its key, one URL pattern, empty
 * texts, a target and its checked alternatives, a click or filled condition.
 */
const draftStep: Field = (v) => {
  if (!record(v) || !exactly(v, DRAFT_KEYS) || JSON.stringify(v).length > 4096) return 'not a draft step';
  const { key, url, advance, alternatives } = v;
  if (typeof key !== 'string' || !/^s[a-z0-9]{1,12}-[a-z0-9]{1,8}$/.test(key)) return 'not a draft step key';
  if (
    !Array.isArray(url) ||
    url.length !== 1 ||
    typeof url[0] !== 'string' ||
    url[0].length > 300 ||
    !isUrlPattern(url[0])
  )
    return 'not a URL pattern';
  if (!noText(v.title) || !noText(v.tip) || !noText(v.instructions)) return 'texts not empty';
  if (v.target === undefined || locator(v.target)) return 'not a locator';
  if (!record(advance) || !exactly(advance, ['kind']) || (advance.kind !== 'click' && advance.kind !== 'filled'))
    return 'not a click or filled condition';
  if (!Array.isArray(alternatives) || alternatives.length > 4 || !alternatives.every(proposal))
    return 'not a list of proposed targets';
  return optional(strategy)(v.strategy);
};
const guide: Field = (v) =>
  JSON.stringify(v ?? null).length <= 256 * 1024 && validateGuide(v).ok ? undefined : 'not a valid guide';

const STEP = id(60); // core's schema: ids of guides and steps are slugs of up to 60 characters
const GUIDE = id(60);

interface Shape {
  readonly from: readonly SenderKind[];
  readonly fields: Readonly<Record<string, Field>>;
}

const CONTENT = ['content'] as const;
const PANEL = ['panel'] as const;
const BOTH = ['content', 'panel'] as const;

/** Every message type: who may send it and its fields. The content script reports the page; the panel commands. */
export const SHAPES: Readonly<Record<ToBackground['type'], Shape>> = {
  page: { from: CONTENT, fields: { url: portalUrl, deepLink: optional(GUIDE) } },
  located: { from: CONTENT, fields: { step: STEP, strategy, failed: strategies } },
  'not-found': { from: CONTENT, fields: { step: STEP, tried: strategies } },
  'condition-met': { from: CONTENT, fields: { step: STEP } },
  agency: { from: CONTENT, fields: { step: STEP, name: text(120) } },
  screen: { from: CONTENT, fields: { step: STEP } },
  'link-answer': { from: CONTENT, fields: { guideId: GUIDE, replace: yesNo } },
  manual: { from: BOTH, fields: {} },
  next: { from: BOTH, fields: {} },
  back: { from: BOTH, fields: {} },
  goto: { from: PANEL, fields: { step: stepIndex } },
  'get-state': { from: PANEL, fields: {} },
  start: { from: PANEL, fields: { guideId: GUIDE } },
  pause: { from: PANEL, fields: {} },
  resume: { from: PANEL, fields: { caseId } },
  discard: { from: PANEL, fields: { caseId } },
  'settings-changed': { from: PANEL, fields: {} },
  'check-guide': { from: PANEL, fields: { guideId: GUIDE } },
  'recorder-step': { from: CONTENT, fields: { step: draftStep } },
  'recorder-ask': { from: CONTENT, fields: {} },
  'recorder-start': { from: PANEL, fields: {} },
  'recorder-stop': { from: PANEL, fields: {} },
  'recorder-try': { from: PANEL, fields: { guide } },
};

export type ShapeCheck =
  { readonly ok: true; readonly message: ToBackground } | { readonly ok: false; readonly reason: string };

export function checkShape(message: unknown, from: SenderKind): ShapeCheck {
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    return { ok: false, reason: 'not an object' };
  const m = message as Fields;
  const type = m.type;
  if (typeof type !== 'string' || !Object.hasOwn(SHAPES, type)) return { ok: false, reason: 'unknown type' };
  const shape = SHAPES[type as ToBackground['type']];
  if (!shape.from.includes(from)) return { ok: false, reason: `${type}: not accepted from the ${from}` };
  for (const key of Object.keys(m))
    if (key !== 'type' && !Object.hasOwn(shape.fields, key))
      return { ok: false, reason: `${type}: unknown field ${key}` };
  for (const [key, check] of Object.entries(shape.fields)) {
    const wrong = check(m[key]);
    if (wrong) return { ok: false, reason: `${type}.${key}: ${wrong}` };
  }
  return { ok: true, message: m as unknown as ToBackground };
}
