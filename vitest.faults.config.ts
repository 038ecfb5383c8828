import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults`: the fault suite. Each file runs the portal as a real process on
 * its own embedded servers and kills, hangs and restarts them; files run one at a time,
 * since each one loads the machine and some measure recovery.
 */
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['default'],
  },
});
