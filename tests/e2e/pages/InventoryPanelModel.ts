import { expect, type Locator, type Page } from '@playwright/test';

/** The measure ("查封状态") column's index in the grid; the owner column's. */
export const GRID_COLUMN = {
  name: 0,
  serialNumber: 3,
  quantity: 5,
  ownerClass: 9,
  value: 10,
  measureKind: 12,
} as const;

/** Page model of the machinery inventory panel (grid, import wizard, carry-forward) on a visit page. */
export class InventoryPanelModel {
  readonly grid: Locator;
  readonly count: Locator;
  readonly status: Locator;
  readonly rows: Locator;
  readonly wizard: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('inventory-grid');
    this.count = page.getByTestId('inventory-count');
    this.status = page.getByTestId('inventory-status');
    this.rows = page.getByTestId('inventory-row');
    this.wizard = page.getByTestId('import-wizard');
  }

  async expectCount(n: number): Promise<void> {
    await expect(this.count).toHaveText(`${n} 项`);
  }

  /** Focuses the grid and moves the selection to `row`, `col` with the keyboard only. */
  async goTo(row: number, col: number): Promise<void> {
    await this.grid.focus();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Home');
    for (let i = 0; i < row; i++) await this.page.keyboard.press('ArrowDown');
    for (let i = 0; i < col; i++) await this.page.keyboard.press('ArrowRight');
  }

  /** Types one row: the cells in `values` from the name on, moving with Tab; `last` is the key that ends it. */
  async typeRow(values: readonly string[], last: 'Enter' | 'Tab'): Promise<void> {
    for (const [i, value] of values.entries()) {
      await this.page.keyboard.type(value);
      await this.page.keyboard.press(i < values.length - 1 ? 'Tab' : last);
    }
  }

  /** Chooses a file in the import wizard and goes to the preview with the suggested mapping. */
  async importFile(path: string): Promise<void> {
    await this.page.getByTestId('inventory-import').click();
    await this.wizard.locator('input[type=file]').setInputFiles(path);
    await expect(this.page.getByTestId('import-mapping')).toBeVisible();
  }

  previewCell(rowNumber: number, field: string): Locator {
    return this.page.locator(`[data-row-number="${rowNumber}"] [data-field="${field}"]`);
  }

  /** Corrects one cell of a bad row in the import preview. */
  async correct(rowNumber: number, field: string, text: string): Promise<void> {
    await this.previewCell(rowNumber, field).click();
    const input = this.page.getByTestId('preview-input');
    await input.fill(text);
    await input.press('Enter');
    await expect(input).toHaveCount(0);
  }
}
