import type { Plan } from '@papi/core';

/** The 2023 plan is not in the script: the build writes it beside the script under this name. */
export const DEFAULT_PLAN_FILE = 'papi-plan-vinh-chau-2023.json';

/**
 * Where the default plan is: beside the module that defined the element (the element modules the loader fetches,
 * papi-widgets.mjs, or the npm package's lib/), found through import.meta.url.
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
