import { defineConfig } from '@playwright/test';
import type { PinnedClock } from './tests/e2e/support/test';

const PORT = Number(process.env.FIELDWRIT_E2E_PORT ?? 4173);

/**
 * End-to-end tests drive the real renderer, built by Vite, in Debian's Chromium (Playwright's own browser
 * download is not reachable from the build machines). The flags keep Chromium from calling home.
 */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/**
 * Instants the review, dashboard and visits specs also run at, in Beijing time: the calendar must never
 * decide whether a test passes (a month's last minutes, the first minutes of a year, a leap day).
 */
const PINNED = [
  { name: 'month-end', at: '2027-03-31T23:50:00+08:00' },
  { name: 'new-year', at: '2028-01-01T00:10:00+08:00' },
  { name: 'leap-day', at: '2028-02-29T10:00:00+08:00' },
];

export default defineConfig<object, PinnedClock>({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    launchOptions: chromiumLaunch,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'today' },
    ...PINNED.map((p) => ({
      name: `pinned-${p.name}`,
      testMatch: /(review|dashboard|visits)\.spec\.ts$/,
      use: { pinnedNow: p.at, timezoneId: 'Asia/Shanghai' },
    })),
  ],
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
  },
});
