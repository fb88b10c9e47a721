import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { BENCH_DEV_PORT } from '../../../playwright.bench.config';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** FIELDWRIT_BENCH_DEV_PORT moves the dev server when another benchmark holds the usual port. */
const PORT = Number(process.env.FIELDWRIT_BENCH_DEV_PORT ?? BENCH_DEV_PORT);

/**
 * Only the visit benchmark, with only the server it needs (the Vite dev server that serves the app's
 * modules to the benchmark page): `npx playwright test -c tests/bench/visit/playwright.config.ts`.
 * `npm run bench` runs it too, beside the others.
 */
// eslint-disable-next-line no-restricted-syntax -- Playwright reads a config file's default export.
export default defineConfig({
  testDir: '..',
  testMatch: 'visit.bench.ts',
  outputDir: `${REPO_ROOT}test-results/visit-bench`,
  timeout: 900_000,
  workers: 1,
  forbidOnly: true,
  reporter: [['list']],
  webServer: {
    command: `npx vite --port ${PORT} --strictPort`,
    cwd: REPO_ROOT,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 120_000,
    reuseExistingServer: false,
  },
});
