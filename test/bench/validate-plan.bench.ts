import { VINH_CHAU_PLAN_2023, validatePlanJson } from '@papi/core';
import { generatePlan } from '../fixtures/plans.js';
import { compare } from './harness.js';

/** Validating a plan an editor supplies, against merely parsing the same JSON text. */
export function benchPlanValidation(): void {
  const full = JSON.stringify(VINH_CHAU_PLAN_2023);
  const big = JSON.stringify(generatePlan(5000));
  for (const [name, text] of [
    ['validate the 2023 plan (JSON text)', full],
    ['validate a 5,000-task plan (JSON text)', big],
  ] as const) {
    if (!validatePlanJson(text).ok) throw new Error(`${name}: the benchmark plan is invalid`);
    compare(
      name,
      () => validatePlanJson(text),
      () => JSON.parse(text),
      { maxRatio: 5 },
    );
  }
}
