/**
 * The content script's answer to "check this guide here", validated before the panel sees it: one entry per step
 * of the guide that was asked about, in the guide's order, each in its result's exact shape. The content script
 * runs on the portal's pages, so its answer is held to the same rules as its messages.
 */
import { LOCATOR_STRATEGIES, type Guide } from '@papi/core';
import type { StepCheck } from '../messages.js';

type Result = { readonly ok: true; readonly steps: StepCheck[] } | { readonly ok: false; readonly reason: string };

const isStrategy = (v: unknown): boolean => (LOCATOR_STRATEGIES as readonly unknown[]).includes(v);
const isStrategies = (v: unknown): boolean =>
  Array.isArray(v) && v.length <= LOCATOR_STRATEGIES.length && v.every(isStrategy);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const exactly = (r: Record<string, unknown>, keys: readonly string[]): boolean =>
  Object.keys(r).length === keys.length && keys.every((k) => Object.hasOwn(r, k));

export function checkReport(reply: unknown, guide: Guide): Result {
  if (!isRecord(reply) || reply.type !== 'check-report' || !exactly(reply, ['type', 'steps']))
    return { ok: false, reason: 'check-report: not a report' };
  const steps = reply.steps;
  if (!Array.isArray(steps) || steps.length > guide.steps.length)
    return { ok: false, reason: 'check-report.steps: not a list of the guide’s steps' };
  const ids = guide.steps.map((s) => s.id);
  let last = -1;
  for (const [i, s] of steps.entries()) {
    const where = `check-report.steps[${i}]`;
    if (!isRecord(s)) return { ok: false, reason: `${where}: not an object` };
    const at = typeof s.step === 'string' ? ids.indexOf(s.step) : -1;
    // Each step at most once, in the guide's order.
    if (at <= last) return { ok: false, reason: `${where}.step: not a later step of the guide` };
    last = at;
    const ok =
      s.result === 'found'
        ? exactly(s, ['step', 'result', 'strategy', 'failed']) && isStrategy(s.strategy) && isStrategies(s.failed)
        : s.result === 'not-found'
          ? exactly(s, ['step', 'result', 'tried']) && isStrategies(s.tried)
          : s.result === 'no-target' && exactly(s, ['step', 'result']);
    if (!ok) return { ok: false, reason: `${where}: not a step's result` };
  }
  return { ok: true, steps: steps as StepCheck[] };
}
