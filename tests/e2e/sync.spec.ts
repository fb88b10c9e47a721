import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CasePageModel } from './pages/CasePageModel';
import { SettingsPageModel } from './pages/SettingsPageModel';
import { startCourtServer, type CourtServer } from './support/courtServer';
import { readStore } from './support/readIndexedDb';

const SERVER_PORT = 8799;
let server: CourtServer;

test.beforeAll(async () => {
  server = await startCourtServer(SERVER_PORT);
});
test.afterAll(async () => {
  await server?.stop();
});

type Officer = { context: BrowserContext; page: Page; casePage: CasePageModel };

async function officer(browser: Browser, username: string): Promise<Officer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./?demoCases=20#/cases');
  await expect(page.getByTestId('case-row').first()).toBeVisible({ timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await new SettingsPageModel(page).signIn(server.url, username, server.password);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-status', 'upToDate', {
    timeout: 30_000,
  });
  return { context, page, casePage: new CasePageModel(page) };
}

async function syncedStatus(o: Officer, status: string) {
  await expect(o.page.getByTestId('sync-status')).toHaveAttribute('data-status', status, { timeout: 30_000 });
}

test('two officers edit the same case offline: different fields merge, the same field becomes one conflict', async ({
  browser,
}) => {
  const a = await officer(browser, 'demo-officer-2');
  const b = await officer(browser, 'demo-officer-3');

  // The demo court from the device was replaced by the team's cases from the court server.
  const cases = await readStore<{ id: string; caseNumber: string; teamId: string; status: string }>(
    a.page,
    'cases',
  );
  expect(cases.length).toBeGreaterThan(0);
  const target = cases.find((c) => c.status === 'enforcing')!;
  for (const o of [a, b]) {
    await o.page.goto(`./#/cases/${target.id}`);
    await expect(o.casePage.caseNumber).toHaveText(target.caseNumber);
    await o.context.setOffline(true);
  }
  await syncedStatus(a, 'offline');

  // A: notes + recovered amount. B: notes (same field) + status (different field).
  await a.casePage.notes.fill('甲：厂区大门紧闭');
  await a.page.getByTestId('recovered-input').fill('1000');
  await a.casePage.save.click();
  await expect(a.casePage.saveState).toContainText('已保存');
  await b.casePage.notes.fill('乙：法定代表人避而不见');
  await b.page.getByTestId('status-select').click();
  await b.page.getByRole('option', { name: '中止' }).click();
  await b.casePage.save.click();
  await expect(b.casePage.saveState).toContainText('已保存');

  // Back online: A first, then B, then A again to receive B's work.
  await a.context.setOffline(false);
  await syncedStatus(a, 'upToDate');
  await b.context.setOffline(false);
  await syncedStatus(b, 'needsAttention');
  await a.page.getByTestId('sync-status').click();
  await a.page.getByTestId('sync-now').click();
  await syncedStatus(a, 'needsAttention');

  for (const o of [a, b]) {
    await o.page.goto(`./#/cases/${target.id}`);
    await expect(o.page.getByTestId('case-status')).toContainText('中止');
    await expect(o.page.getByTestId('money-recovered')).toHaveText('¥1,000.00');
    // The committed notes are A's (pushed first); B's value is kept in the conflict, not lost.
    await expect(o.casePage.notes).toHaveValue('甲：厂区大门紧闭');
    await expect(o.page.getByTestId('conflict-banner')).toBeVisible();
    await expect(o.page.getByTestId('conflict-row')).toHaveCount(1);
    await expect(o.page.getByTestId('conflict-mine')).toHaveText('乙：法定代表人避而不见');
    await expect(o.page.getByTestId('conflict-theirs')).toHaveText('甲：厂区大门紧闭');
  }
  await b.page.screenshot({ path: 'artifacts/screens/conflict.png', fullPage: true });
  // Nothing is left waiting on either device.
  for (const o of [a, b]) expect(await readStore(o.page, 'outbox')).toHaveLength(0);

  // Later, at a plant with no network: a new start of the app unlocks offline for the officer who signed in.
  await a.context.setOffline(true);
  const again = await a.context.newPage();
  await again.goto('./#/cases');
  await again.getByTestId('unlock-password').fill('not the password');
  await again.getByTestId('unlock').click();
  await expect(again.getByText('密码不正确')).toBeVisible();
  await again.getByTestId('unlock-password').fill(server.password);
  await again.getByTestId('unlock').click();
  await expect(again.getByTestId('case-row').first()).toBeVisible();
  await expect(again.getByTestId('sync-status')).toHaveAttribute('data-status', 'offline');
});
