/**
 * "Check this guide here", on the page: every step whose URL pattern matches the open page is looked for with the
 * locator, as the guide itself looks for it (its strategies in their order, `{unit}` and `{agency}` filled in), and
 * reported found (by which strategy, after which failed), not found, or without a target (a text step). A step
 * that waits for pending items (`pending`) is checked without that condition: the question is whether the locator
 * still finds its element, not whether the clerk has work left there. Nothing about the page itself is reported.
 */
import { matchesAny } from '@papi/core';
import { chosenWardOnPage } from './agency.js';
import { resolveTarget, strategiesOf } from './locator.js';
import type { CheckReport, CheckRequest, StepCheck } from './messages.js';

export function checkSteps(doc: Document, url: string, request: CheckRequest): CheckReport {
  const unit = request.unitName;
  const options = { ...(unit ? { unit } : {}), agency: () => chosenWardOnPage(doc) ?? unit };
  const steps: StepCheck[] = [];
  for (const step of request.steps) {
    if (!matchesAny(step.url, url)) continue;
    if (!step.target) {
      steps.push({ step: step.id, result: 'no-target' });
      continue;
    }
    const { pending: _pending, ...target } = step.target;
    const found = resolveTarget(doc, target, options);
    steps.push(
      found
        ? { step: step.id, result: 'found', strategy: found.strategy, failed: [...found.failed] }
        : { step: step.id, result: 'not-found', tried: strategiesOf(target) },
    );
  }
  return { type: 'check-report', steps };
}

/** The background's request, as far as the content script relies on it (it comes from the extension itself). */
export function isCheckRequest(m: unknown): m is CheckRequest {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  return (
    r.type === 'check-steps' &&
    Array.isArray(r.steps) &&
    r.steps.every(
      (s: unknown) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as Record<string, unknown>).id === 'string' &&
        Array.isArray((s as Record<string, unknown>).url),
    ) &&
    (r.unitName === undefined || typeof r.unitName === 'string')
  );
}
