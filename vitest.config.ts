import { defineConfig } from 'vitest/config';

/**
 * Three tiers, each runnable alone (`npm run test:unit`, `test:api`, `test:e2e`); `npm test`
 * runs them one after another (sequence.groupOrder), cheapest first:
 * - unit: pure code next to it in each package; starts no server.
 * - api: the HTTP API against real PostgreSQL and Meilisearch; each file has its own database
 *   and index, so files run side by side (they mostly wait on the servers, not the CPU).
 * - e2e: the built web app in real Chromium, and the built files as served; two files at once.
 * The fault suite (killing and hanging servers) is separate: vitest.faults.config.ts.
 */
// Measured on 2 cores (issue 12's note): API files 2/3/4 at once took 90/83/86 s; browser
// files 1/2 at once 215/192 s.
const apiWorkers = Number(process.env.TEST_API_WORKERS ?? 3);
const browserWorkers = Number(process.env.TEST_E2E_WORKERS ?? 2);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{calendar,slug,db,search,server,web}/src/**/*.test.{ts,tsx}', 'tests/bench/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          maxWorkers: apiWorkers,
          // The longest stories (every route with hostile input) take 15 s on a quiet machine.
          testTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup-browser.ts'],
          maxWorkers: browserWorkers,
          // A browser story takes 10–25 s on a quiet 2-core machine and twice that beside other
          // work; the limit is there to end a hang, not to time the page.
          testTimeout: 90_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
