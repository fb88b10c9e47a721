import { defineConfig } from '@playwright/test';

/**
 * Smoke test of the packaged-style desktop app through Playwright's Electron support. It runs wherever
 * an Electron binary is installed and is reported as skipped, with the reason, everywhere else.
 */
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '*.spec.ts',
  globalSetup: './tests/electron/globalSetup.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  outputDir: 'test-results/electron',
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]],
});
