import { defineConfig } from 'vitest/config';

// Unit and integration tests of the plain-Node parts (core, contract, shell settings).
// They run on real SQLite files in temp folders. End-to-end specs are Playwright's (tests/e2e).
export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // The core's worker script, for the tests that run it in its thread as the app does.
    globalSetup: ['tests/unit/buildCore.ts'],
  },
});
