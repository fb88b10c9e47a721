import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readSpreadsheet } from '../../shared/spreadsheet/readSpreadsheet';
import { CaseListPageModel } from './pages/CaseListPageModel';
import { GRID_COLUMN, InventoryPanelModel } from './pages/InventoryPanelModel';
import { VisitPageModel } from './pages/VisitPageModel';
import { readStore } from './support/readIndexedDb';

type AssetRow = {
  id: string;
  visitId: string;
  name: string;
  serialNumber: string;
  quantity: number;
  location: string;
  ownerClass: string;
  carriedFrom: { assetId: string; mark: string } | null;
  measure: { kind: string; thirdPartyJustification: string | null };
};
type FlagRow = { assetId: string; detectedOnVisitId: string; identity: { name: string } };

const GBK_CSV = 'tests/fixtures/inventory/inventory-gbk.csv';
/** An asset list saved by LibreOffice: merged title, header, five machines, a 合计 row, a second sheet. */
const LIBREOFFICE_ODS = 'tests/fixtures/spreadsheets/asset-list-libreoffice.ods';

/** Opens the first demo case offline and starts a visit on it; returns the case page's URL. */
async function startVisit(page: Page, caseUrl?: string): Promise<{ caseUrl: string; visitId: string }> {
  if (caseUrl === undefined) {
    const list = new CaseListPageModel(page);
    await list.open('?demoCases=60');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.context().setOffline(true);
    await list.openRow(0);
    await expect(page.getByTestId('start-visit')).toBeVisible();
    caseUrl = page.url();
  } else {
    await page.goto(caseUrl);
  }
  await page.getByTestId('start-visit').click();
  await expect(page).toHaveURL(/#\/visits\/[0-9a-f-]+$/);
  const visitId = page.url().split('/').pop()!;
  await new VisitPageModel(page).tab('inventory');
  return { caseUrl, visitId };
}

const assetsOf = async (page: Page, visitId: string) =>
  (await readStore<AssetRow>(page, 'assets'))
    .filter((a) => a.visitId === visitId)
    .sort((a, b) => (a.id < b.id ? -1 : 1));

test('keyboard entry: rows, quantity in place, duplicate, a bad cell kept, a third party’s machine sealed only with a justification', async ({
  page,
}) => {
  const { visitId } = await startVisit(page);
  const inv = new InventoryPanelModel(page);
  await expect(page.getByTestId('inventory-empty')).toBeVisible();

  await inv.grid.focus();
  await page.keyboard.press('Enter');
  await inv.typeRow(['数控车床', 'CK6150', '沈阳机床', 'SY2018-0457', '2018', '2'], 'Enter');
  await inv.typeRow(['液压机', 'YQ32-315', '天锻', 'HP-0091'], 'Tab');
  await inv.expectCount(2);

  // Quantity stepped in place with + on the first row; Ctrl+D duplicates it (serial cleared).
  await inv.goTo(0, GRID_COLUMN.quantity);
  await page.keyboard.press('+');
  await page.keyboard.press('Control+d');
  await inv.expectCount(3);
  await expect
    .poll(async () => (await assetsOf(page, visitId)).map((a) => [a.name, a.serialNumber, a.quantity]))
    .toEqual([
      ['数控车床', 'SY2018-0457', 3],
      ['液压机', 'HP-0091', 1],
      ['数控车床', '', 3],
    ]);

  // A quantity in words cannot be saved: the cell keeps it with the reason until it is fixed or abandoned.
  await inv.goTo(1, GRID_COLUMN.quantity);
  await page.keyboard.type('两台');
  await page.keyboard.press('Enter');
  await expect(inv.status).toHaveText('数量不是数字');
  await expect(page.getByTestId('grid-input')).toHaveValue('两台');
  await page.keyboard.press('Escape');
  await expect(inv.status).not.toHaveText('数量不是数字');

  // The second machine belongs to a third party: sealing it asks for a justification first.
  await inv.goTo(1, GRID_COLUMN.ownerClass);
  await page.keyboard.press('3');
  await inv.goTo(1, GRID_COLUMN.measureKind);
  await page.keyboard.press('2');
  const dialog = page.getByRole('dialog', { name: '查控案外人财产' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('2');
  await expect(page.getByTestId('justification-confirm')).toBeDisabled();
  await page.getByTestId('justification-input').fill('经查该设备已由被执行人买断，购销合同在卷');
  await page.getByTestId('justification-confirm').click();
  await expect
    .poll(async () => (await assetsOf(page, visitId))[1]?.measure)
    .toMatchObject({
      kind: 'live_seal',
      thirdPartyJustification: '经查该设备已由被执行人买断，购销合同在卷',
    });
  const sealed = inv.rows.nth(1);
  await expect(sealed.locator('[data-col="ownerClass"]')).toHaveText('案外人');
  // Seal paperwork and price are still missing: the row says so.
  await expect(sealed.getByTestId('row-issue-warning')).toBeVisible();
  await expect(page.getByTestId('over-seizure-meter')).toContainText('尚无估值');
  await page.screenshot({ path: 'artifacts/screens/inventory-keyboard.png', fullPage: true });

  await page.reload();
  await new VisitPageModel(page).tab('inventory');
  await inv.expectCount(3);
  await expect(inv.rows.nth(1).locator('[data-col="measureKind"]')).toHaveText('活封');
});

test('import of a GBK list with bad rows kept for correction, then carry-forward flags a missing machine', async ({
  page,
}) => {
  const first = await startVisit(page);
  const inv = new InventoryPanelModel(page);

  await inv.importFile(GBK_CSV);
  await expect(page.getByTestId('import-source')).toContainText('GBK');
  await page.getByTestId('import-to-preview').click();
  await expect(page.getByTestId('import-summary')).toContainText('共 6 行：可导入 3 行，待修正 3 行');
  await expect(page.getByTestId('preview-row-bad')).toHaveCount(3);
  // Row 6 has a quantity in words and a future year; rows 3 and 7 share a serial number.
  await expect(page.locator('[data-row-number="6"]')).toContainText('数量不是数字');
  await expect(page.locator('[data-row-number="7"]')).toContainText('另见第 3 行');
  await page.screenshot({ path: 'artifacts/screens/inventory-import-preview.png' });

  await inv.correct(6, 'quantity', '2');
  await inv.correct(6, 'year', '2021');
  await expect(page.getByTestId('import-summary')).toContainText('可导入 4 行，待修正 2 行');
  await page.getByTestId('import-confirm').click();
  // The good rows are in; the two with the repeated serial stay listed for later.
  await inv.expectCount(4);
  await expect(page.getByTestId('preview-row-bad')).toHaveCount(2);
  await page.getByRole('button', { name: '稍后修正' }).click();
  await expect(page.getByTestId('held-import')).toBeVisible();

  // They survive a reload, and are corrected and imported afterwards.
  await page.reload();
  await new VisitPageModel(page).tab('inventory');
  await page.getByTestId('held-import-resume').click();
  await inv.correct(7, 'serialNumber', 'GGD-2017-01');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('已导入 6 行');
  await inv.wizard.getByRole('button', { name: '关闭' }).last().click();
  await inv.expectCount(6);
  await expect(page.getByTestId('held-import')).toHaveCount(0);
  const imported = await assetsOf(page, first.visitId);
  expect(imported.map((a) => a.name)).toEqual([
    '液压机',
    '桥式起重机',
    '空压机',
    '焊机, 二氧化碳保护',
    '数控车床',
    '配电柜',
  ]);

  // The next visit walks past the same machines: the crane is gone, the press was moved.
  const second = await startVisit(page, first.caseUrl);
  await page.getByTestId('inventory-carry-forward').click();
  const items = page.getByTestId('carry-forward-item');
  await expect(items).toHaveCount(6);
  await items.filter({ hasText: '桥式起重机' }).getByTestId('mark-missing').click();
  const press = items.filter({ hasText: '液压机' });
  await press.getByTestId('mark-moved').click();
  await expect(page.getByTestId('carry-apply')).toBeDisabled();
  await press.getByTestId('moved-location').fill('三号车间');
  await page.getByTestId('carry-mark-rest-present').click();
  await page.getByTestId('carry-apply').click();
  await inv.expectCount(5);
  await expect(page.getByTestId('inventory-transfer-flag')).toHaveCount(1);
  await expect(page.getByTestId('inventory-transfer-flag')).toContainText('桥式起重机');

  const carried = await assetsOf(page, second.visitId);
  expect(carried).toHaveLength(5);
  expect(carried.every((a) => a.carriedFrom !== null)).toBe(true);
  expect(carried.find((a) => a.name === '液压机')).toMatchObject({
    location: '三号车间',
    carriedFrom: { mark: 'moved' },
  });
  const flags = await readStore<FlagRow>(page, 'transferFlags');
  expect(flags).toMatchObject([{ detectedOnVisitId: second.visitId, identity: { name: '桥式起重机' } }]);

  // Nothing left to carry, and the flag is still shown after a reload.
  await page.reload();
  await new VisitPageModel(page).tab('inventory');
  await expect(page.getByTestId('inventory-carry-forward')).toBeDisabled();
  await expect(page.getByTestId('inventory-transfer-flag')).toContainText('桥式起重机');
});

test('import of a LibreOffice .ods list: the header below the merged title, a choice of sheet, the 合计 row shown and not imported; the export re-opens with the same cells', async ({
  page,
}) => {
  const { visitId } = await startVisit(page);
  const inv = new InventoryPanelModel(page);
  await page.getByTestId('inventory-import').click();
  const picker = inv.wizard.locator('input[type=file]');
  // The picker offers every type the reader takes.
  await expect(picker).toHaveAttribute('accept', /^\.xlsx,\.xls,\.et,\.ods,\.csv,/);
  await picker.setInputFiles(LIBREOFFICE_ODS);
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  await expect(page.getByTestId('import-failure'), 'the spreadsheet reader must load offline').toHaveCount(0);
  await expect(page.getByTestId('import-sheet')).toHaveValue('设备清单（8 行）');
  await expect(page.getByTestId('import-header-row')).toHaveValue('2');
  await page.getByTestId('import-to-preview').click();
  await expect(page.getByTestId('import-summary')).toContainText('共 5 行：可导入 5 行，待修正 0 行');
  await expect(page.getByTestId('import-summary')).toContainText('另有 1 行合计或小计，仅作显示，不导入');
  const total = page.getByTestId('preview-row-total');
  await expect(total).toHaveCount(1);
  await expect(total).toHaveAttribute('data-row-number', '8');
  await expect(total).toContainText('“合计”行：合计行，不作为设备导入');
  await expect(total.locator('[data-field="name"]')).toHaveText('合计');
  await expect(total.locator('[data-field="value"]')).toHaveText('576600.5');
  await page.screenshot({ path: 'artifacts/screens/inventory-import-total-row.png' });

  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('已导入 5 行');
  await inv.wizard.getByRole('button', { name: '关闭' }).last().click();
  await inv.expectCount(5);
  const imported = await assetsOf(page, visitId);
  expect(imported.map((a) => a.name).sort()).toEqual(
    ['桥式起重机', '液压机', '空压机', '累计流量计', '数控车床'].sort(),
  );

  // The visit's inventory exported to .xlsx re-opens (in the same library) with the cells the grid has.
  const download = page.waitForEvent('download');
  await page.getByTestId('inventory-export').click();
  await page.getByTestId('inventory-export-list').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^机器设备清单-.+-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const read = readSpreadsheet(new Uint8Array(readFileSync(await file.path())), 'out.xlsx', {
    decode: (b, e) => new TextDecoder(e).decode(b),
  });
  if (!read.ok) throw new Error(read.refusal.reason);
  const rows = read.spreadsheet.sheets[0]!.rows;
  expect(rows[2]!.slice(0, 3)).toEqual(['序号', '设备名称', '规格型号']);
  const lathe = rows.find((r) => r[1] === '数控车床')!;
  expect([lathe[3], lathe[4], lathe[5], lathe[6], lathe[7], lathe[9], lathe[11]]).toEqual([
    '沈阳机床',
    'SY2018-0457',
    '2018',
    '2',
    '台',
    '在用',
    '170000.5',
  ]);
  expect(rows).toHaveLength(3 + 5);
});
