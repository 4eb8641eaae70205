// pnpm bench: every benchmark, side by side with its baseline, as one table. Exits 1 when a budget is exceeded.
// `pnpm bench collector widgets` runs only the named groups.
import { printTable } from './harness.js';

const groups: Record<string, () => Promise<unknown>> = {
  plan: async () => (await import('./validate-plan.bench.js')).benchPlanValidation(),
  widgets: async () => (await import('./widgets.bench.js')).benchWidgets(),
  collector: async () => (await import('./collector.bench.js')).benchCollector(),
  feedback: async () => (await import('./widgets-feedback.bench.js')).benchFeedbackOutbox(),
  extension: async () => (await import('./extension.bench.js')).benchExtension(),
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in groups));
if (unknown.length > 0) {
  console.error(`unknown benchmark group: ${unknown.join(', ')} (groups: ${Object.keys(groups).join(', ')})`);
  process.exit(2);
}

console.log('PAPI Toolkit benchmarks (median of alternating rounds; ratio = value / baseline)\n');
for (const [name, run] of Object.entries(groups)) if (asked.length === 0 || asked.includes(name)) await run();
const ok = printTable();
if (!ok) {
  console.error('\nA budget was exceeded.');
  process.exitCode = 1;
}
