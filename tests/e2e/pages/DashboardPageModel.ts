import { expect, type Locator, type Page } from '@playwright/test';

/** Page model of the team dashboard. */
export class DashboardPageModel {
  readonly root: Locator;
  readonly period: Locator;
  readonly range: Locator;
  readonly periodSelect: Locator;
  readonly previous: Locator;
  readonly leadsOnly: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('dashboard');
    this.period = page.getByTestId('dashboard-period');
    this.range = page.getByTestId('dashboard-range');
    this.periodSelect = page.getByTestId('period-select');
    this.previous = page.getByTestId('period-previous');
    this.leadsOnly = page.getByTestId('dashboard-leads-only');
  }

  /** A headline card by its test id suffix ("accepted", "closed", "recovered", …). */
  stat(name: string): Locator {
    return this.page.getByTestId(`stat-${name}`);
  }

  /** The exact figure behind a card. */
  async value(name: string): Promise<number> {
    const raw = await this.stat(name).getAttribute('data-value');
    expect(raw, `stat-${name} carries its figure`).not.toBeNull();
    return Number(raw);
  }

  /** Picks a period length with the mouse (the radio itself is visually hidden behind its label). */
  async pickKind(label: string): Promise<void> {
    await this.page.getByTestId('period-kind').getByText(label, { exact: true }).click();
    await expect(this.kind(label)).toBeChecked();
  }

  /** The period-length radio for a label ("季度", "Quarter"). */
  kind(label: string): Locator {
    return this.page.getByTestId('period-kind').getByRole('radio', { name: label, exact: true });
  }

  /** Waits until every chart has drawn (or says it has nothing to draw). */
  async expectChartsDrawn(): Promise<void> {
    for (const id of ['chart-by-type', 'chart-trend', 'chart-visits', 'chart-closing-modes']) {
      const card = this.page.getByTestId(id);
      await expect(card).toBeVisible();
      await expect(card.locator('svg.recharts-surface, p').first()).toBeVisible();
    }
  }
}
