// pnpm bench: every benchmark, side by side with its baseline, as one table. Exits 1 when a budget is exceeded.
import { printTable } from './harness.js';
import { benchCollector } from './collector.bench.js';
import { benchPlanValidation } from './validate-plan.bench.js';
import { benchWidgets } from './widgets.bench.js';

console.log('PAPI Toolkit benchmarks (median of alternating rounds; ratio = value / baseline)\n');
benchPlanValidation();
await benchWidgets();
await benchCollector();
await (await import('./widgets-feedback.bench.js')).benchFeedbackOutbox();
await (await import('./extension.bench.js')).benchExtension();
const ok = printTable();
if (!ok) {
  console.error('\nA budget was exceeded.');
  process.exitCode = 1;
}
