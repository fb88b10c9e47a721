import { expect, type Locator, type Page } from '@playwright/test';

/** Page model of one site visit (log, incidents, photos, inventory) and its printed record. */
export class VisitPageModel {
  readonly saveState: Locator;
  readonly address: Locator;
  readonly findings: Locator;
  readonly workforce: Locator;
  readonly state: Locator;
  readonly incidents: Locator;
  readonly photos: Locator;
  readonly attachmentTiles: Locator;

  constructor(readonly page: Page) {
    this.saveState = page.getByTestId('save-state').first();
    this.address = page.getByTestId('visit-address');
    this.findings = page.getByTestId('visit-findings');
    this.workforce = page.getByTestId('visit-workforce');
    this.state = page.getByTestId('visit-state');
    this.incidents = page.getByTestId('incident-card');
    this.photos = page.getByTestId('visit-photos');
    this.attachmentTiles = this.photos.getByTestId('attachment-tile');
  }

  /** Waits until the visit log shows "已保存" (the autosave has reached IndexedDB). */
  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved');
    await expect(this.saveState).toContainText('已保存');
  }

  async tab(name: 'log' | 'incidents' | 'photos' | 'inventory'): Promise<void> {
    const tab =
      name === 'log'
        ? this.page.getByRole('tab', { name: '调查笔录' })
        : this.page.getByTestId(`tab-${name}`);
    await tab.click();
  }

  /** Picks `option` in a Mantine Select found by test id inside `scope`. */
  async choose(scope: Locator, testId: string, option: string): Promise<void> {
    await scope.getByTestId(testId).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async recordIncident(kind: string): Promise<Locator> {
    const before = await this.incidents.count();
    await this.choose(this.page.locator('body'), 'new-incident-kind', kind);
    await this.page.getByTestId('record-incident').click();
    await expect(this.incidents).toHaveCount(before + 1);
    return this.incidents.nth(before);
  }
}
