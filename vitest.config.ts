import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // core and the Node packages: no DOM, so none is offered.
        test: {
          name: 'unit-node',
          include: ['packages/*/test/**/*.test.ts', 'test/support/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'unit-dom',
          include: ['widgets/src/**/*.test.ts', 'extension/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', '**/.output/**'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
