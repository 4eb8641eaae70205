import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { papiStrings } from './widgets/build/strings-plugin.js';

const browserTest = {
  environment: 'node',
  // A browser test is a user's whole journey (pages, sends, axe runs): 10–40 s on a quiet machine, and up to about
  // twice that while the checks run beside it on two cores. The waits inside have their own limits (below); a guide's
  // walk has its budget from its length (walkBudget in test/browser/extension/support.ts).
  testTimeout: 120_000,
  hookTimeout: 120_000,
  fileParallelism: false,
  // A browser on a busy 2-core machine can take seconds to get somewhere: expect.poll waits for the condition for
  // up to 60 s (it returns as soon as the condition holds), not for vitest's default 1 s. Tests do not set shorter
  // waits of their own: a wait that is long enough on a quiet machine is a guess on a loaded one.
  expect: { poll: { timeout: 60_000, interval: 100 } },
} as const;

// vitest's default is one worker less than the CPUs: a single one on the 2-core CI machines, where the unit tests
// run once the browser projects are mostly done and two workers take a third less time.
const UNIT_WORKERS = Math.max(2, availableParallelism() - 1);

const FEEDBACK_FILES = [
  'test/browser/widgets/feedback*.test.ts',
  'test/browser/widgets/storage-failures.test.ts',
  'test/browser/widgets/demo-status-kiosk.test.ts',
];

const demoProject = (name: string, include: string[], exclude: string[]) => ({
  test: { name, include, exclude, ...browserTest, globalSetup: ['test/support/global-setup.ts'] },
});

export default defineConfig({
  test: {
    projects: [
      {
        // core and the Node packages: no DOM, so none is offered.
        test: {
          name: 'unit-node',
          include: [
            'packages/*/test/**/*.test.ts',
            'test/support/**/*.test.ts',
            'test/i18n/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          environment: 'node',
          maxWorkers: UNIT_WORKERS,
          // A throw-away PostgreSQL cluster for the collector's PostgreSQL tests (skipped loudly without a server, except in CI).
          globalSetup: ['test/support/postgres-setup.ts'],
        },
      },
      {
        // The widgets' strings modules (papi-strings:<part>:<locale>) are made from the catalogues as in the build.
        plugins: [papiStrings()],
        test: {
          name: 'unit-dom',
          include: ['widgets/src/**/*.test.ts', 'extension/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', '**/.output/**'],
          environment: 'happy-dom',
          maxWorkers: UNIT_WORKERS,
        },
      },
      // The widgets, the demo and the collector in real Chromium, in two projects that run side by side, each with
      // a demo of its own (global-setup.ts): within a project the files run one at a time, since they share its
      // demo's collector and database, and count what they send. The resident's feedback files take one project.
      demoProject('browser-feedback', FEEDBACK_FILES, []),
      demoProject('browser', ['test/browser/**/*.test.ts'], ['test/browser/extension/**', ...FEEDBACK_FILES]),
      {
        // The extension on the portal replica. Each file starts its own replica and browser and needs no demo, so two
        // files run at a time, beside the project above: much of a guide's walk is waiting on the page.
        test: {
          name: 'browser-extension',
          include: ['test/browser/extension/**/*.test.ts'],
          ...browserTest,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
