import { defineConfig } from 'vitest/config';

/**
 * Browser tests against the built app: `npm run e2e` builds, then runs this. One server for the run
 * (global setup); each test gets its own browser context, so files run in parallel safely.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/tests/**/*.e2e.test.ts'],
    globalSetup: ['e2e/src/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 90_000,
    pool: 'forks',
    // One file at a time: the server, chromium and the tests share two cores on a field laptop or CI.
    maxWorkers: 1,
  },
});
