import { defineConfig } from 'vitest/config';
import HeaviestFirst from './tests/support/sequencer';

/**
 * Two workers on a 2-core machine, one queue: the unit and build files first, then the browser files, heaviest
 * first (tests/support/sequencer.ts), each browser file with its own Chromium. The browser project's global setup
 * starts the site's build and a second deployment and returns at once (tests/browser/support/global-setup.ts): the
 * unit and build files run meanwhile, and a browser file waits for the build when it first reads the site.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    sequence: { sequencer: HeaviestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
