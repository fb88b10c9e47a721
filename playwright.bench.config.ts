import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './playwright.config';

export const BENCH_PREVIEW_PORT = 4174;
export const BENCH_DEV_PORT = 5174;

/**
 * Benchmarks in Chromium: the production build (vite preview) for start-up and search, the Vite dev
 * server to load the real repository modules into the page for the save path.
 */
export default defineConfig({
  testDir: 'tests/bench',
  testMatch: '**/*.bench.ts',
  timeout: 1_500_000,
  workers: 1,
  forbidOnly: true,
  reporter: [['list']],
  use: { locale: 'zh-CN', viewport: { width: 1440, height: 900 }, launchOptions: chromiumLaunch },
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${BENCH_PREVIEW_PORT} --strictPort`,
      url: `http://127.0.0.1:${BENCH_PREVIEW_PORT}/`,
      timeout: 180_000,
      reuseExistingServer: false,
    },
    {
      command: `npx vite --port ${BENCH_DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${BENCH_DEV_PORT}/`,
      timeout: 120_000,
      reuseExistingServer: false,
    },
  ],
});
