import type { Locator, Page } from '@playwright/test';

/** Page model of one case. */
export class CasePageModel {
  readonly caseNumber: Locator;
  readonly siblingRows: Locator;
  readonly siblingsTitle: Locator;
  readonly notes: Locator;
  readonly save: Locator;
  readonly saveState: Locator;
  readonly partyCodes: Locator;

  constructor(readonly page: Page) {
    this.caseNumber = page.getByTestId('case-number');
    this.siblingRows = page.getByTestId('sibling-row');
    this.siblingsTitle = page.getByTestId('siblings-title');
    this.notes = page.getByTestId('notes-input');
    this.save = page.getByTestId('save-case');
    this.saveState = page.getByTestId('save-state');
    this.partyCodes = page.getByTestId('party-code');
  }
}
