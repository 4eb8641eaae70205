#!/usr/bin/env node
// `pnpm test`, in three phases, each a set of lanes side by side:
//   1. typecheck beside lint (both read the sources only, and keep a core busy each);
//   2. the build, alone: the browser tests need it, and some unit tests build into the packages' dist folders,
//      which the build empties;
//   3. the unit tests beside the three browser test projects (those mostly wait on their pages).
// A failed phase does not stop the next (all failures are reported at once), except that without a build there
// are no browser tests to run.
import { browserLanes, pnpm, report, runLanes } from './lanes.mjs';

const checks = await runLanes({ typecheck: [pnpm('typecheck', 'typecheck')], lint: [pnpm('lint', 'lint')] });
const build = await runLanes({ build: [pnpm('build', 'build')] });
const built = build.every((o) => o.result === 'passed');
const browser = browserLanes();
const tests = await runLanes({ unit: [pnpm('unit tests', 'test:unit')], ...(built ? browser : {}) });
const skipped = built
  ? []
  : Object.entries(browser).flatMap(([lane, steps]) =>
      steps.map((s) => ({ lane, step: s.name, seconds: 0, result: /** @type {const} */ ('skipped') })),
    );
process.exit(report([...checks, ...build, ...tests, ...skipped]) ? 0 : 1);
