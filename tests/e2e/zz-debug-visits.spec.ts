import { expect, test } from '@playwright/test';
test('debug import', async ({ page }) => {
  test.setTimeout(200_000);
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await page.goto('./?demoCases=60#/cases');
  await expect(page.getByTestId('case-row').first()).toBeVisible({ timeout: 90_000 });
  await page.getByTestId('case-row').first().click();
  await page.getByTestId('start-visit').click();
  await page.getByTestId('tab-inventory').click();
  await page.getByTestId('inventory-grid').focus();
  await page.keyboard.press('Enter');
  for (let i = 1; i <= 3; i++) {
    await expect(page.getByTestId('inventory-count')).toHaveText(`${i} 项`);
    await page.keyboard.type(`手录设备${i}`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(`MX-${i}`);
    await page.keyboard.press(i < 3 ? 'Enter' : 'Tab');
  }
  await page.getByTestId('inventory-import').click();
  await page
    .getByRole('dialog')
    .locator('input[type=file]')
    .setInputFiles('/work/main/tests/fixtures/inventory/inventory-500.xlsx');
  await page.getByTestId('import-to-preview').click();
  await expect(page.getByTestId('import-summary')).toContainText('500');
  await page.screenshot({ path: '/tmp/fwdbg/1-preview.png' });
  await page.getByTestId('import-confirm').click();
  for (let i = 0; i < 6; i++) {
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `/tmp/fwdbg/2-after-${i}.png` });
    console.log(
      'DIALOGS',
      await page.getByRole('dialog').count(),
      await page.getByTestId('inventory-count').innerText(),
    );
  }
});
