import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/harness/chromium';

// End-to-end specs: the real renderer (dist/renderer, built by `npm run test:e2e`) in
// Debian's Chromium, with window.api bridged to the real core on a temp workspace per
// test (tests/e2e/fixtures.ts). Playwright's own browser download is blocked here, so
// the system Chromium is used; the config says what to install when there is none.
// better-sqlite3 13 (the core's driver, loaded in the test workers) segfaults on Node 20.
if (Number(process.versions.node.split('.')[0]) < 22) {
  throw new Error(
    `The e2e tests need Node 22+, this is ${process.versions.node}: run \`npm run test:e2e\` (npm scripts use the project's Node 24) or put node_modules/.bin first on PATH.`,
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores on the project's machines; each test has its own workspace file, so they run in parallel.
  workers: 2,
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
});
