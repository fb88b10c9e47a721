import { expect, type Locator, type Page } from '@playwright/test';

/** Page model of the case list (Actual's e2e/page-models style). */
export class CaseListPageModel {
  readonly search: Locator;
  readonly rows: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByTestId('case-search');
    this.rows = page.getByTestId('case-row');
    this.count = page.getByTestId('case-count');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`./${query}#/cases`);
    await expect(this.rows.first()).toBeVisible({ timeout: 90_000 });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async openRow(index: number): Promise<void> {
    await this.rows.nth(index).click();
  }
}
