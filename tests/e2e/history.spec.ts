import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { caseHistoryExportSchema } from '../../shared/history/caseHistoryExport';
import { CasePageModel } from './pages/CasePageModel';
import { HistoryPanelModel } from './pages/HistoryPanelModel';
import { SettingsPageModel } from './pages/SettingsPageModel';
import { startCourtServer, type CourtServer } from './support/courtServer';
import { readStore } from './support/readIndexedDb';

// Its own port (overridable), so this file can run beside other suites that start a court server.
const SERVER_PORT = Number(process.env.FIELDWRIT_E2E_SERVER_PORT ?? 8793);
let server: CourtServer;

test.beforeAll(async () => {
  server = await startCourtServer(SERVER_PORT, 20);
});
test.afterAll(async () => {
  await server?.stop();
});

test('an officer edits a case, syncs, and reads its history from the court server, verified intact', async ({
  page,
}) => {
  const casePage = new CasePageModel(page);
  const history = new HistoryPanelModel(page);
  await page.goto('./?demoCases=20#/cases');
  await expect(page.getByTestId('case-row').first()).toBeVisible({ timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);

  // In the demo court there is no court server to ask: the panel says where history comes from.
  const demoCase = (await readStore<{ id: string }>(page, 'cases'))[0]!;
  await page.goto(`./#/cases/${demoCase.id}`);
  await page.getByTestId('case-history-toggle').click();
  await expect(history.panel).toHaveAttribute('data-state', 'signedOut');
  await expect(history.unavailable).toContainText('历史记录保存在法院服务器上');

  await new SettingsPageModel(page).signIn(server.url, 'demo-officer-2', server.password);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-status', 'upToDate', {
    timeout: 30_000,
  });
  const auth = (await readStore<{ key: string; value: { user: { name: string } } }>(page, 'meta')).find(
    (row) => row.key === 'auth',
  )!;
  const officerName = auth.value.user.name;
  const target = (
    await readStore<{ id: string; caseNumber: string; status: string; notes: string }>(page, 'cases')
  ).find((c) => c.status === 'enforcing')!;

  await page.goto(`./#/cases/${target.id}`);
  await expect(casePage.caseNumber).toHaveText(target.caseNumber);
  await casePage.notes.fill('法定代表人称下周一前筹款');
  await page.getByTestId('recovered-input').fill('2500');
  await casePage.save.click();
  await expect(casePage.saveState).toContainText('已保存');
  // The edit reaches the court server at the next sync run (a write triggers one within seconds).
  await expect.poll(async () => (await readStore(page, 'outbox')).length, { timeout: 30_000 }).toBe(0);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-status', 'upToDate', {
    timeout: 30_000,
  });

  await page.getByTestId('case-history-toggle').click();
  await expect(history.panel).toHaveAttribute('data-state', 'ready');
  await expect(history.entries).toHaveCount(2);
  // Newest first: the officer's edit, then the import from the court's case system.
  await expect(history.entries.first()).toHaveAttribute('data-version', '2');
  await expect(history.entry(2).getByTestId('history-author')).toHaveText(officerName);
  await expect(history.entry(2)).toContainText('服务器时间');
  await expect(history.entry(2)).toContainText('设备时间');
  await expect(history.entry(2)).toContainText('设备：');
  const notesRow = history.change(2, '备注');
  await expect(notesRow).toContainText(target.notes === '' ? '—' : target.notes.slice(0, 20));
  await expect(notesRow).toContainText('法定代表人称下周一前筹款');
  await expect(history.change(2, '已执行到位金额')).toContainText('¥2,500.00');
  await expect(history.entry(1)).toContainText('法院案件系统导入');

  await history.verify.click();
  await expect(history.verification).toHaveAttribute('data-state', 'intact');
  await expect(history.verification).toContainText('完整：2 个版本');
  await page.getByTestId('case-history').scrollIntoViewIfNeeded();
  await page.getByTestId('case-history').screenshot({ path: 'artifacts/screens/history-case.png' });

  // The export is the court server's, whole and verified.
  const [download] = await Promise.all([page.waitForEvent('download'), history.exportJson.click()]);
  expect(download.suggestedFilename()).toMatch(/^history-.+\.json$/);
  const exported = caseHistoryExportSchema.parse(JSON.parse(readFileSync(await download.path(), 'utf8')));
  expect(exported.caseId).toBe(target.id);
  expect(exported.isIntact).toBe(true);
  expect(exported.records[0]!.versions.at(-1)!.author?.name).toBe(officerName);

  // The printable history carries the same versions.
  await history.print.click();
  await expect(page.getByTestId('history-sheet')).toBeVisible();
  await expect(page.getByTestId('history-sheet')).toContainText(target.caseNumber);
  await expect(page.getByTestId('history-sheet')).toContainText('法定代表人称下周一前筹款');
  await page.screenshot({ path: 'artifacts/screens/history-print.png', fullPage: true });

  // Offline, the app says the history comes from the court server instead of showing a stale copy.
  await page.goto(`./#/cases/${target.id}`);
  await page.context().setOffline(true);
  await page.getByTestId('case-history-toggle').click();
  await expect(history.panel).toHaveAttribute('data-state', 'offline');
  await expect(history.unavailable).toContainText('历史记录来自法院服务器');
  await page.context().setOffline(false);
});
