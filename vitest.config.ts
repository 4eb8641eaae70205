import { defineConfig } from 'vitest/config';
import { papiStrings } from './widgets/build/strings-plugin.js';

const browserTest = {
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 120_000,
  fileParallelism: false,
  // A browser on a busy 2-core machine can take seconds to get somewhere: expect.poll waits for the condition for
  // up to 15 s (it returns as soon as the condition holds), not for vitest's default 1 s.
  expect: { poll: { timeout: 15_000, interval: 100 } },
} as const;

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
        },
      },
      {
        // The widgets, the demo and the collector in real Chromium, one file at a time: they share the demo's
        // collector and its database, and count what they send.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          exclude: ['test/browser/extension/**'],
          ...browserTest,
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
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
