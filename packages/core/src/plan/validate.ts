import { DIMENSION_IDS } from '../dimensions/dimensions.js';
import type { Unit } from '../units/types.js';
import { UNIT_IDS } from '../units/registry.js';
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
  knownId,
  localizedText,
  object,
  oneOf,
  optional,
  parseJson,
  preview,
  string,
} from '../validation/schema.js';
import { TASK_STATUSES, type Plan } from './types.js';

export const PLAN_LIMITS = {
  tasks: 20_000,
  idLength: 64,
  shortText: 500,
  activityText: 4_000,
  paragraphText: 20_000,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const UNIT_KINDS = [
  'town-government',
  'town-office',
  'town-agency',
  'state-agency',
  'front',
  'provincial',
  'ward',
  'commune',
  'school',
  'group',
];

const slug = string({ max: PLAN_LIMITS.idLength, pattern: SLUG, patternName: 'a-z, 0-9, -' });
const id = string({ max: PLAN_LIMITS.idLength, pattern: ID, patternName: 'A-Z, a-z, 0-9, . _ -' });
const shortText = string({ max: PLAN_LIMITS.shortText });
const paragraph = string({ max: PLAN_LIMITS.paragraphText });
const paragraphs = array(paragraph);
const dimension = oneOf(DIMENSION_IDS, 'unknown-dimension');

const timing: Check = (value, path, issues) => {
  if (!isRecord(value)) return object({})(value, path, issues);
  const kind = oneOf(['ongoing', 'per-plan', 'due'])(value.kind, at(path, 'kind'), issues);
  if (!kind) return false;
  const text = optional(shortText);
  return value.kind === 'due'
    ? object({ kind: oneOf(['due']), due: isoDate, text })(value, path, issues)
    : object({ kind: oneOf(['ongoing', 'per-plan']), text })(value, path, issues);
};

function planSchema(known: ReadonlySet<string>): Check {
  const unit = knownId(known, 'unknown-unit', slug);
  const units = array(unit);
  return object({
    id: slug,
    title: localizedText(PLAN_LIMITS.shortText),
    year: integer(2000, 2100),
    issuer: optional(unit),
    signedBy: optional(shortText),
    grounds: optional(paragraphs),
    goal: optional(object({ objective: paragraph, target: paragraph })),
    requirements: optional(paragraphs),
    scope: optional(object({ dimensionsText: paragraph, units, subjects: paragraph })),
    pilotPlaces: optional(array(object({ id: slug, name: shortText, unit }))),
    solutions: optional(
      array(
        object({
          dimension,
          heading: shortText,
          sections: array(object({ heading: optional(shortText), paragraphs }), { min: 1 }),
        }),
      ),
    ),
    duties: optional(array(object({ number: shortText, bodyText: shortText, units, duties: paragraphs }))),
    groups: optional(
      array(
        object({
          id,
          number: shortText,
          title: localizedText(PLAN_LIMITS.shortText),
          intro: optional(localizedText(PLAN_LIMITS.paragraphText)),
        }),
      ),
    ),
    tasks: array(
      object({
        id,
        group: optional(id),
        number: optional(shortText),
        activity: localizedText(PLAN_LIMITS.activityText),
        dimensions: array(dimension, { min: 1, max: DIMENSION_IDS.length }),
        lead: array(unit, { min: 1 }),
        partners: units,
        timing,
        leadText: optional(shortText),
        partnersText: optional(shortText),
        status: optional(oneOf(TASK_STATUSES)),
        note: optional(paragraph),
      }),
      { min: 1, max: PLAN_LIMITS.tasks },
    ),
    reporting: optional(
      object({
        to: unit,
        frequencies: array(oneOf(['six-monthly', 'yearly']), { min: 1 }),
        onwardTo: units,
        source: shortText,
      }),
    ),
    source: optional(paragraph),
    units: optional(
      array(
        object({
          id: slug,
          name: localizedText(PLAN_LIMITS.shortText),
          kind: optional(oneOf(UNIT_KINDS)),
          members: optional(units),
        }),
      ),
    ),
  });
}

/** Ids must be unique within a list; reports each repeat at its own path. */
function checkUnique(list: unknown, path: string, issues: IssueList): void {
  if (!Array.isArray(list)) return;
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      issues.add(at(atIndex(path, i), 'id'), 'duplicate-id', { value: preview(item.id), first: atIndex(path, first) });
  });
}

export type PlanValidation =
  | { readonly ok: true; readonly plan: Plan; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export interface PlanValidationOptions {
  /** Units known beyond the core registry (another town's). */
  readonly units?: Iterable<Pick<Unit, 'id'>>;
}

/**
 * Checks a plan a portal editor supplies (already parsed JSON) and reports every problem with its path.
 * Units may come from the core registry, from `options.units`, or from the plan's own `units` list.
 */
export function validatePlan(input: unknown, options: PlanValidationOptions = {}): PlanValidation {
  const known = new Set<string>(UNIT_IDS);
  for (const u of options.units ?? []) known.add(u.id);
  if (isRecord(input) && Array.isArray(input.units)) {
    for (const u of input.units) if (isRecord(u) && typeof u.id === 'string') known.add(u.id);
  }
  const issues = new IssueList();
  planSchema(known)(input, '', issues);
  if (isRecord(input)) {
    checkUnique(input.tasks, 'tasks', issues);
    checkUnique(input.groups, 'groups', issues);
    checkUnique(input.units, 'units', issues);
    checkGroupRefs(input, issues);
  }
  return issues.items.length === 0
    ? { ok: true, plan: input as unknown as Plan, issues: [] }
    : { ok: false, issues: issues.items };
}

function checkGroupRefs(input: Record<string, unknown>, issues: IssueList): void {
  if (!Array.isArray(input.tasks)) return;
  const groups = new Set<string>();
  if (Array.isArray(input.groups))
    for (const g of input.groups) if (isRecord(g) && typeof g.id === 'string') groups.add(g.id);
  input.tasks.forEach((task, i) => {
    if (isRecord(task) && typeof task.group === 'string' && !groups.has(task.group)) {
      issues.add(at(atIndex('tasks', i), 'group'), 'unknown-group', { value: preview(task.group) });
    }
  });
}

/** Parses and validates a plan's JSON text; a syntax error is reported like any other issue. */
export function validatePlanJson(text: string, options: PlanValidationOptions = {}): PlanValidation {
  const parsed = parseJson(text);
  return parsed.ok ? validatePlan(parsed.value, options) : { ok: false, issues: [parsed.issue] };
}
