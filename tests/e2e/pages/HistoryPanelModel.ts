import type { Locator, Page } from '@playwright/test';

/** Page model of a record's History panel (case page section or drawer). */
export class HistoryPanelModel {
  readonly panel: Locator;
  readonly entries: Locator;
  readonly verify: Locator;
  readonly verification: Locator;
  readonly exportJson: Locator;
  readonly print: Locator;
  readonly unavailable: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('history-panel');
    this.entries = page.getByTestId('history-entry');
    this.verify = page.getByTestId('history-verify');
    this.verification = page.getByTestId('history-verification');
    this.exportJson = page.getByTestId('history-export');
    this.print = page.getByTestId('history-print');
    this.unavailable = page.getByTestId('history-unavailable');
  }

  /** The version `n` in the timeline. */
  entry(version: number): Locator {
    return this.page.locator(`[data-testid="history-entry"][data-version="${version}"]`);
  }

  /** The from → to row of `field` (its readable name) in version `n`. */
  change(version: number, fieldLabel: string): Locator {
    return this.entry(version).getByRole('row').filter({ hasText: fieldLabel });
  }
}
