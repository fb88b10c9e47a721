import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { SettingsPageModel } from '../pages/SettingsPageModel';
import type { CourtServer } from './courtServer';

/** One person's browser: their own context (own IndexedDB, own service worker) and page. */
export type CourtUser = { context: BrowserContext; page: Page };

export async function expectSyncStatus(u: { page: Page }, status: string): Promise<void> {
  await expect(u.page.getByTestId('sync-status')).toHaveAttribute('data-status', status, { timeout: 30_000 });
}

/**
 * The officer at the keyboard: whenever the lock screen shows on `page` (a reload drops the key from
 * memory, as a new start does), types their password and unlocks, then lets the test go on.
 */
export async function unlockWhenLocked(page: Page, password: string): Promise<void> {
  await page.addLocatorHandler(page.getByTestId('unlock-password'), async (field) => {
    await field.fill(password);
    await page.getByTestId('unlock').click();
    await expect(page.getByTestId('lock-screen')).toHaveCount(0, { timeout: 30_000 });
  });
}

/**
 * Opens the app in a fresh context (the demo court first, as on a new device), waits for the offline shell,
 * signs `username` in to the court server (which opens their own vault) and waits for the first sync to
 * finish; afterwards the page unlocks itself whenever it finds itself locked (see unlockWhenLocked).
 */
export async function signInUser(
  browser: Browser,
  server: CourtServer,
  username: string,
): Promise<CourtUser> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./?demoCases=20#/cases');
  await expect(page.getByTestId('case-row').first()).toBeVisible({ timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await new SettingsPageModel(page).signIn(server.url, username, server.password);
  await expectSyncStatus({ page }, 'upToDate');
  await unlockWhenLocked(page, server.password);
  return { context, page };
}

/**
 * Opens the Sync page, syncs now and waits until a run that started after the click has finished (the
 * button is busy until then), then for `expected` (up to date unless said otherwise). Waiting for the status
 * alone would accept the previous run's "up to date" as the answer.
 */
export async function syncNow(u: { page: Page }, expected = 'upToDate'): Promise<void> {
  await u.page.goto('./#/sync');
  const button = u.page.getByTestId('sync-now');
  await expect(button).toHaveAttribute('data-state', 'idle');
  await button.click();
  await expect(button).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
  await expectSyncStatus(u, expected);
}
