import { test as base, type BrowserContext } from '@playwright/test';

/** The instant a date-pinned project runs at (playwright.config.ts); undefined runs on today's date. */
export type PinnedClock = { pinnedNow: string | undefined };

const pinned = new WeakSet<BrowserContext>();

async function pin(context: BrowserContext, at: string | undefined): Promise<void> {
  if (at === undefined || pinned.has(context)) return;
  pinned.add(context);
  // Time flows on from the instant (timers, debounces and autosave still run), so a spec sees the app
  // as it would be at a month end, a new year or a leap day.
  await context.clock.install({ time: new Date(at) });
}

/**
 * Playwright's `test` with the app's clock pinned in every browser context a spec opens — the `page`
 * fixture's and those made with `browser.newContext()` (one per officer) — when the project sets
 * `pinnedNow`. The court server's demo court is dated from the same instant (startCourtServer).
 */
export const test = base.extend<object, PinnedClock>({
  pinnedNow: [undefined, { option: true, scope: 'worker' }],
  browser: [
    async ({ browser, pinnedNow }, use) => {
      if (pinnedNow !== undefined) {
        const newContext = browser.newContext.bind(browser);
        browser.newContext = async (options) => {
          const context = await newContext(options);
          await pin(context, pinnedNow);
          return context;
        };
      }
      await use(browser);
    },
    { scope: 'worker' },
  ],
  context: async ({ context, pinnedNow }, use) => {
    await pin(context, pinnedNow);
    await use(context);
  },
});

export { expect } from '@playwright/test';
