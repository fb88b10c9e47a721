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
  readonly startedAt: Locator;
  readonly endedAt: Locator;

  constructor(readonly page: Page) {
    this.saveState = page.getByTestId('save-state').first();
    this.address = page.getByTestId('visit-address');
    this.findings = page.getByTestId('visit-findings');
    this.workforce = page.getByTestId('visit-workforce');
    this.state = page.getByTestId('visit-state');
    this.incidents = page.getByTestId('incident-card');
    this.photos = page.getByTestId('visit-photos');
    this.attachmentTiles = this.photos.getByTestId('attachment-tile');
    this.startedAt = page.getByTestId('visit-started-at');
    this.endedAt = page.getByTestId('visit-ended-at');
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

  /**
   * Types a local time into a date-time field as an officer does ("2026-12-04 10:57", 24 h, the same in
   * both UI languages) and leaves the field, which saves it.
   */
  async typeDateTime(field: Locator, local: string): Promise<void> {
    await field.fill(local);
    await field.press('Tab');
  }

  /** Opens the calendar of a date-time field, by the field's test id, and returns it. */
  async openCalendar(testId: string): Promise<Locator> {
    await this.page.getByTestId(`${testId}-picker`).click();
    const calendar = this.page.getByTestId(`${testId}-calendar`);
    await expect(calendar).toBeVisible();
    return calendar;
  }

  /** Clicks a day of an open calendar by the name a screen reader hears ("2026年12月15日", "15 December 2026"). */
  async pickDay(calendar: Locator, day: string): Promise<void> {
    await calendar.getByRole('button', { name: day }).click();
  }
}
