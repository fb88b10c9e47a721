import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import { CaseListPageModel } from './pages/CaseListPageModel';
import { CasePageModel } from './pages/CasePageModel';
import { ConflictPageModel } from './pages/ConflictPageModel';
import { HistoryPanelModel } from './pages/HistoryPanelModel';
import { VisitPageModel } from './pages/VisitPageModel';
import { startCourtServer, type CourtServer } from './support/courtServer';
import { expectSyncStatus, signInUser, syncNow } from './support/courtSession';
import { expectAccessible } from './support/expectAccessible';
import { readStore } from './support/readIndexedDb';

// Its own port (overridable), so this file can run beside other suites that start a court server.
const SERVER_PORT = Number(process.env.FIELDWRIT_E2E_A11Y_SERVER_PORT ?? 8797);
let server: CourtServer | undefined;

test.afterAll(async () => {
  await server?.stop();
});

/** Records a visit on the open case and submits it, so the review queue has a row to open. */
async function recordAndSubmitVisit(page: Page): Promise<string> {
  await page.getByTestId('start-visit').click();
  await expect(page).toHaveURL(/#\/visits\/[0-9a-f-]+$/);
  const visitId = page.url().split('/').pop()!;
  const v = new VisitPageModel(page);
  await v.address.fill('包头市稀土高新区黄河大街 88 号');
  await page.getByTestId('visit-end-now').click();
  await page.getByTestId('operating-partly_stopped').check();
  await v.findings.fill('一号车间停工，设备未见铭牌。');
  await v.expectSaved();
  return visitId;
}

async function submitVisit(page: Page): Promise<void> {
  await page.getByTestId('submit-visit').click();
  await page.getByTestId('submit-confirm').click();
  await expect(new VisitPageModel(page).state).toHaveText('已提交');
}

test('every main screen in Chinese has no serious or critical accessibility finding', async ({ page }) => {
  test.setTimeout(240_000);
  const list = new CaseListPageModel(page);
  await list.open('?demoCases=60');
  await expect(list.count).toHaveText('共 60 件');
  await expectAccessible(page, 'case list');
  await page.screenshot({ path: '/tmp/h3-case-list.png', fullPage: true });

  await list.openRow(0);
  await expect(new CasePageModel(page).caseNumber).toBeVisible();
  await expectAccessible(page, 'case');
  // In the demo court the history panel says where history comes from (the court server).
  await page.getByTestId('case-history-toggle').click();
  await expect(new HistoryPanelModel(page).panel).toHaveAttribute('data-state', 'signedOut');
  await expectAccessible(page, 'case history (demo court)');

  const visitId = await recordAndSubmitVisit(page);
  await expectAccessible(page, 'visit form');
  await submitVisit(page);
  await expectAccessible(page, 'submitted visit');

  await page.goto('./#/visits');
  await expect(page.getByTestId('visit-row').first()).toBeVisible();
  await expectAccessible(page, 'visits list');

  await page.goto('./#/review');
  await expect(page.getByTestId('review-row')).toHaveCount(1);
  await expectAccessible(page, 'review queue');
  await page.getByTestId('review-row').click();
  await expect(page).toHaveURL(new RegExp(`#/review/${visitId}$`));
  await expect(page.getByTestId('review-checklist')).toBeVisible();
  await expectAccessible(page, 'review');

  await page.goto('./#/sync');
  await expect(page.getByTestId('sync-now')).toBeVisible();
  await expectAccessible(page, 'sync');

  await page.goto('./#/settings');
  await expect(page.getByTestId('server-url')).toBeVisible();
  await expectAccessible(page, 'settings');

  await page.goto('./#/dashboard');
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expectAccessible(page, 'dashboard');
  await page.screenshot({ path: '/tmp/h3-dashboard.png', fullPage: true });
});

test('a first start shows how much of the demo court is written, then the right count beside the rows', async ({
  page,
}) => {
  const list = new CaseListPageModel(page);
  // Every text the count beside the list shows from its first paint on: "共 0 件" beside rows was the bug.
  await page.addInitScript(() => {
    const shown: string[] = [];
    Object.assign(window, { shownCounts: shown });
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="case-count"]')?.textContent;
      if (text && shown.at(-1) !== text) shown.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('./?demoCases=8000#/cases');
  const progress = page.getByTestId('boot-progress-text');
  await expect(progress).toHaveText(/^已生成 [\d,]+ \/ 8,000 件$/, { timeout: 60_000 });
  await expect(page.getByRole('progressbar', { name: '首次启动：正在生成演示法院数据…' })).toBeVisible();
  await expectAccessible(page, 'first start');
  await expect(list.rows.first()).toBeVisible({ timeout: 90_000 });
  await expect(list.count).toHaveText('共 8000 件');
  const shown = await page.evaluate(() => (window as unknown as { shownCounts: string[] }).shownCounts);
  expect(shown.filter((text) => text !== '正在加载案件…')).toEqual(['共 8000 件']);
});

test('the case list and a visit in English have no serious or critical accessibility finding', async ({
  page,
}) => {
  const list = new CaseListPageModel(page);
  await list.open('?demoCases=30');
  await page.locator('label', { hasText: /^EN$/ }).click();
  await expect(list.count).toHaveText('30 cases');
  await expectAccessible(page, 'case list (English)');
  await list.openRow(0);
  await page.getByTestId('start-visit').click();
  await expect(new VisitPageModel(page).address).toBeVisible();
  await expectAccessible(page, 'visit form (English)');
});

test('a conflict and a case history from the court server have no serious or critical accessibility finding', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  server = await startCourtServer(SERVER_PORT, 20);
  const officer = await signInUser(browser, server, 'demo-officer-2');
  const lead = await signInUser(browser, server, 'demo-officer-1');
  const cases = await readStore<{ id: string; status: string }>(lead.page, 'cases');
  const target = cases.find((c) => c.status === 'enforcing') ?? cases[0]!;

  // The officer's edit reaches the court first; the lead's offline edit of the same field conflicts.
  for (const u of [officer, lead]) await u.page.goto(`./#/cases/${target.id}`);
  await lead.context.setOffline(true);
  const leadCase = new CasePageModel(lead.page);
  await leadCase.notes.fill('负责人：厂区已停产');
  await leadCase.save.click();
  await expect(leadCase.saveState).toContainText('已保存');
  const officerCase = new CasePageModel(officer.page);
  await officerCase.notes.fill('干警：厂区大门紧闭');
  await officerCase.save.click();
  await expect(officerCase.saveState).toContainText('已保存');
  await syncNow(officer);
  await lead.context.setOffline(false);
  await expectSyncStatus(lead, 'needsAttention');

  await syncNow(lead, 'needsAttention');
  await expectAccessible(lead.page, 'sync page with a conflict');
  await lead.page.getByTestId('conflict-open').click();
  await expect(new ConflictPageModel(lead.page).view).toBeVisible();
  await expectAccessible(lead.page, 'conflict');

  await lead.page.goto(`./#/cases/${target.id}`);
  await lead.page.getByTestId('case-history-toggle').click();
  const history = new HistoryPanelModel(lead.page);
  await expect(history.panel).toHaveAttribute('data-state', 'ready');
  await expectAccessible(lead.page, 'case history');
  await history.print.click();
  await expect(lead.page.getByTestId('history-sheet')).toBeVisible();
  await expectAccessible(lead.page, 'printable case history');
});
