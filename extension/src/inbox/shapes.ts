/**
 * The messages the background accepts, one validator per type, and who may send each. A message must have exactly
 * the fields of its type, each of the right form and size; anything else is refused with the reason.
 */
import { LOCATOR_STRATEGIES } from '@papi/core';
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
