// pnpm bench: every benchmark, side by side with its baseline, as one table. Exits 1 when a budget is exceeded.
import { printTable } from './harness.js';
import { benchPlanValidation } from './validate-plan.bench.js';

console.log('PAPI Toolkit benchmarks (median of alternating rounds; ratio = value / baseline)\n');
benchPlanValidation();
const ok = printTable();
if (!ok) {
  console.error('\nA budget was exceeded.');
  process.exitCode = 1;
}
