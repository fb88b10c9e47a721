import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { BENCH_DEV_PORT } from '../../../playwright.bench.config';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * `npm run bench:sync`: only the sync benchmark, with only the server it needs (the Vite dev server that
 * serves the app's modules to the benchmark page). `npm run bench` runs it too, beside the others.
 */
// eslint-disable-next-line no-restricted-syntax -- Playwright reads a config file's default export.
export default defineConfig({
  testDir: '..',
  testMatch: 'sync.bench.ts',
  outputDir: `${REPO_ROOT}test-results/sync-bench`,
  timeout: 1_500_000,
  workers: 1,
  forbidOnly: true,
  reporter: [['list']],
  webServer: {
    command: `npx vite --port ${BENCH_DEV_PORT} --strictPort`,
    cwd: REPO_ROOT,
    url: `http://127.0.0.1:${BENCH_DEV_PORT}/`,
    timeout: 120_000,
    reuseExistingServer: false,
  },
});
