#!/usr/bin/env node
// Runs the two browser test projects side by side: `browser` (widgets, demo, collector; one file at a time, since
// they share the demo's database) and `browser-extension` (each file has its own replica and browser). Much of a
// guide's walk waits on the page, so they overlap well on two cores. Vitest runs a project limited to one worker
// strictly after the others, hence two processes.
// Usage: node scripts/test-browser.mjs [vitest arguments, e.g. file filters]
import { browserLanes, report, runLanes } from './lanes.mjs';

const outcomes = await runLanes(browserLanes(process.argv.slice(2)));
process.exit(report(outcomes) ? 0 : 1);
