// Test projects: `unit` runs the model, runner, app and story under Node; `browser` builds the
// game once, serves it on loopback and drives Debian's Chromium through playwright-core.

import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/tools/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    // The browser tests mostly wait on Chromium, so a third worker keeps both cores busy.
    maxWorkers: '150%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          // Story runs, servers and databases: beside other work a test or a hook can take minutes, and
          // these bounds only say when to give up on one that hangs.
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
