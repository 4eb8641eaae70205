// Writes the 2023 plan beside the bundles (dist/papi-plan-vinh-chau-2023.json) and the npm package's modules (lib/),
// so that <papi-checklist> without data loads it on demand instead of carrying it in papi-widgets.js.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VINH_CHAU_PLAN_2023, validatePlan } from '@papi/core';
import { DEFAULT_PLAN_FILE } from '../src/papi-checklist/default-plan.js';

const widgets = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = validatePlan(VINH_CHAU_PLAN_2023);
if (!check.ok) throw new Error(`The 2023 plan does not validate: ${JSON.stringify(check.issues.slice(0, 5))}`);
for (const dir of ['dist', 'lib']) {
  mkdirSync(join(widgets, dir), { recursive: true });
  writeFileSync(join(widgets, dir, DEFAULT_PLAN_FILE), JSON.stringify(VINH_CHAU_PLAN_2023));
}
console.log(`widgets: wrote ${DEFAULT_PLAN_FILE} to dist/ and lib/`);
