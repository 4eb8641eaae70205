import type { Plan } from '@papi/core';

/** The 2023 plan is not in the script: the build writes it beside the script under this name. */
export const DEFAULT_PLAN_FILE = 'papi-plan-vinh-chau-2023.json';

/**
 * Where the default plan is: beside the script that defined the element. Rollup turns import.meta.url into
 * document.currentScript's URL (taken while the classic script runs) in the IIFE builds, and keeps it in the ES module.
 */
export function defaultPlanUrl(): string {
  return new URL(DEFAULT_PLAN_FILE, import.meta.url).href;
}

let cached: Promise<Plan> | undefined;

/** Loads the default plan once per page. It is the toolkit's own file, so it is not validated again. */
export function loadDefaultPlan(): Promise<Plan> {
  cached ??= fetch(defaultPlanUrl(), { credentials: 'omit' }).then(async (r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return (await r.json()) as Plan;
  });
  cached.catch(() => (cached = undefined));
  return cached;
}
