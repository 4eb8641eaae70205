#!/usr/bin/env node
// `pnpm test`: builds, then runs side by side the checks (typecheck, lint, unit tests: they keep the CPU busy) and
// the two browser test projects (they mostly wait on their pages). The build comes first and alone, because the
// browser tests need it and some unit tests build into the packages' dist folders, which the build empties.
import { browserLanes, pnpm, report, runLanes } from './lanes.mjs';

const build = await runLanes({ build: [pnpm('build', 'build')] });
const built = build.every((o) => o.result === 'passed');
const browser = browserLanes();
const rest = await runLanes({
  checks: [pnpm('typecheck', 'typecheck'), pnpm('lint', 'lint'), pnpm('unit tests', 'test:unit')],
  ...(built ? browser : {}),
});
const skipped = built
  ? []
  : Object.entries(browser).flatMap(([lane, steps]) =>
      steps.map((s) => ({ lane, step: s.name, seconds: 0, result: /** @type {const} */ ('skipped') })),
    );
process.exit(report([...build, ...rest, ...skipped]) ? 0 : 1);
