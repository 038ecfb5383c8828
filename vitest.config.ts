import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{calendar,db,search,server,web}/src/**/*.test.{ts,tsx}', 'tests/{api,e2e}/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
