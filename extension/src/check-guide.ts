/**
 * The background's part of "check this guide here": it sends the guide's steps (URL patterns and targets) to the
 * content script of the portal tab in use, and gives the panel its answer once validated. Free of extension APIs
 * (they come in as functions), so it tests without a browser.
 */
import type { Guide } from '@papi/core';
import { checkReport } from './inbox/report.js';
import type { CheckOutcome, CheckRequest } from './messages.js';

export interface CheckDeps {
  /** The portal tab in use, if any: the active one when it is on the portal, else the last one that reported. */
  readonly portalTab: () => Promise<number | undefined>;
  /** Sends the request to that tab's content script and gives back its answer (rejects when none answers). */
  readonly ask: (tabId: number, request: CheckRequest) => Promise<unknown>;
  readonly unitName?: () => Promise<string | undefined>;
  /** Where a refused answer is said (the background's console): the reason, never the values. */
  readonly warn?: (reason: string) => void;
}

export async function checkGuideHere(
  guide: Guide | undefined,
  guideId: string,
  deps: CheckDeps,
): Promise<CheckOutcome> {
  if (!guide) return { ok: false, guideId, reason: 'no-guide' };
  const tab = await deps.portalTab();
  if (tab === undefined) return { ok: false, guideId, reason: 'no-page' };
  const unitName = await deps.unitName?.();
  const request: CheckRequest = {
    type: 'check-steps',
    steps: guide.steps.map((s) => ({ id: s.id, url: s.url, ...(s.target ? { target: s.target } : {}) })),
    ...(unitName ? { unitName } : {}),
  };
  let reply: unknown;
  try {
    reply = await deps.ask(tab, request);
  } catch {
    // No content script there (the tab was closed, or shows a page off the portal now).
    return { ok: false, guideId, reason: 'no-page' };
  }
  if (reply === undefined) return { ok: false, guideId, reason: 'no-page' };
  const checked = checkReport(reply, guide);
  if (!checked.ok) {
    deps.warn?.(checked.reason);
    return { ok: false, guideId, reason: 'bad-answer' };
  }
  return { ok: true, guideId, steps: checked.steps };
}
