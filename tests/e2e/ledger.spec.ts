import { expect, test, type Page } from '@playwright/test';
import { CaseListPageModel } from './pages/CaseListPageModel';
import { GRID_COLUMN, InventoryPanelModel } from './pages/InventoryPanelModel';
import { VisitPageModel } from './pages/VisitPageModel';
import { readStore } from './support/readIndexedDb';

type AssetRow = {
  id: string;
  visitId: string;
  measure: {
    kind: string;
    startDate?: string | null;
    renewals?: { renewedOn: string; termMonths: number }[];
  };
};

/** The columns after the seal's paperwork (appended after `custodian`, index 14). */
const DATE_COLUMN = { startDate: 15, expiry: 19 } as const;

// Ten days before the seal's last day: a live seal from 2025-01-10 runs two years, to 2027-01-09.
const NOW = '2026-12-30T10:00:00+08:00';

test.use({ timezoneId: 'Asia/Shanghai' });

/** Starts a visit on the first demo case (offline) and seals one machine with a start date from the grid. */
async function sealDatedMachine(page: Page): Promise<{ caseUrl: string; visitId: string }> {
  const list = new CaseListPageModel(page);
  await list.open('?demoCases=60');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.context().setOffline(true);
  await list.openRow(0);
  await expect(page.getByTestId('start-visit')).toBeVisible();
  const caseUrl = page.url();
  await page.getByTestId('start-visit').click();
  await expect(page).toHaveURL(/#\/visits\/[0-9a-f-]+$/);
  const visitId = page.url().split('/').pop()!;
  await new VisitPageModel(page).tab('inventory');

  const inv = new InventoryPanelModel(page);
  await inv.grid.focus();
  await page.keyboard.press('Enter');
  await inv.typeRow(['数控车床', 'CK6150', '沈阳机床', 'SY2018-0457', '2018', '1'], 'Tab');
  await inv.expectCount(1);
  await inv.goTo(0, GRID_COLUMN.value);
  await page.keyboard.type('1000');
  await page.keyboard.press('Tab');
  await inv.goTo(0, GRID_COLUMN.measureKind);
  await page.keyboard.press('2');
  await page.keyboard.press('Tab');
  await inv.typeRow(['（2025）内0291执1234号之一', '张强', '2025-02-30'], 'Tab');
  // A day that does not exist is kept in the cell with the reason, not saved.
  await expect(inv.status).toHaveText('日期格式不正确');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2025-01-10');
  await page.keyboard.press('Tab');
  const expiry = inv.rows.nth(0).locator('[data-col="expiry"]');
  await expect(expiry).toHaveText('2027-01-09（剩 10 天）');
  await expect
    .poll(async () => (await readStore<AssetRow>(page, 'assets')).find((a) => a.visitId === visitId)?.measure)
    .toMatchObject({ kind: 'live_seal', startDate: '2025-01-10' });
  // Scrolled to the calendar's columns, the selection beside the expiry so the cell shows its days left.
  await inv.goTo(0, DATE_COLUMN.expiry);
  await page.keyboard.press('ArrowLeft');
  await page.screenshot({ path: '/tmp/l3-grid-expiry.png' });
  return { caseUrl, visitId };
}

test('ten days before a seal lapses the officer is reminded, renews it in one step, and the case ledger shows the meter', async ({
  page,
}) => {
  await page.clock.install({ time: new Date(NOW) });
  const { caseUrl, visitId } = await sealDatedMachine(page);

  // The case page: the ledger across the case's visits, one meter for the whole case.
  await page.goto(caseUrl);
  const ledger = page.getByTestId('case-ledger');
  await expect(ledger.getByTestId('ledger-row')).toHaveCount(1);
  const row = ledger.getByTestId('ledger-row').first();
  await expect(row).toContainText('机器设备');
  await expect(row).toContainText('2025-01-10');
  await expect(row).toContainText('2027-01-09');
  await expect(row.getByTestId('ledger-reminder')).toHaveText('剩 10 天届满');
  await expect(ledger.getByTestId('over-seizure-meter')).toContainText('¥1,000.00 /');
  await ledger.scrollIntoViewIfNeeded();
  await ledger.screenshot({ path: '/tmp/l3-ledger.png' });

  // The case list: the compact reminder panel above the list.
  await page.goto('./#/cases');
  const panel = page.getByTestId('expiring-measures-mine');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('expiring-measure')).toHaveCount(1);
  await expect(panel.getByTestId('expiring-state')).toHaveText('剩 10 天届满');
  await page.screenshot({ path: '/tmp/l3-reminder.png' });

  // The lead's team-wide list on the review queue (the demo court lets everyone review).
  await page.goto('./#/review');
  const team = page.getByTestId('expiring-measures-team');
  await expect(team.getByTestId('expiring-measure')).toHaveCount(1);
  await expect(team.getByTestId('expiring-state')).toHaveText('剩 10 天届满');
  await page.screenshot({ path: '/tmp/l3-lead-list.png' });
  await page.goto('./#/cases');

  // Renewal: the statutory maximum by default, never longer (the shared rule's refusal on the field).
  await panel.getByTestId('expiring-renew').click();
  const dialog = page.getByRole('dialog', { name: /^续行措施/ });
  await expect(dialog).toBeVisible();
  const months = dialog.getByTestId('renewal-months');
  await expect(months).toHaveValue('24');
  await months.fill('36');
  await dialog.getByTestId('renewal-confirm').click();
  await expect(dialog).toContainText('续行期限不得超过法定最长期限（24 个月）');
  await months.fill('24');
  await dialog.getByTestId('renewal-notice').fill('（2026）内0291执1234号之二');
  await expect(dialog.getByTestId('renewal-new-last-day')).toHaveText('续行后届满日：2029-01-09');
  await page.screenshot({ path: '/tmp/l3-renewal.png' });
  await dialog.getByTestId('renewal-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(panel).toBeHidden();
  await expect
    .poll(async () => (await readStore<AssetRow>(page, 'assets')).find((a) => a.visitId === visitId)?.measure)
    .toMatchObject({ renewals: [{ renewedOn: '2026-12-30', termMonths: 24 }] });

  // The ledger follows: the new last day, running.
  await page.goto(caseUrl);
  await expect(page.getByTestId('ledger-row').first()).toContainText('2029-01-09');
  await expect(page.getByTestId('ledger-reminder')).toHaveText('期限内');

  // English is complete: the same ledger in the other language.
  await page.getByText('EN', { exact: true }).click();
  const english = page.getByTestId('case-ledger');
  await expect(english).toContainText('Assets');
  await expect(english.getByTestId('ledger-row').first()).toContainText('Machinery');
  await expect(english.getByTestId('ledger-reminder')).toHaveText('Running');
  await english.screenshot({ path: '/tmp/l3-ledger-en.png' });
});
