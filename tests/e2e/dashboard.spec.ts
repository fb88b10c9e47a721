import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { CaseListPageModel } from './pages/CaseListPageModel';
import { DashboardPageModel } from './pages/DashboardPageModel';
import { SettingsPageModel } from './pages/SettingsPageModel';
import { startCourtServer } from './support/courtServer';
import { readStore } from './support/readIndexedDb';

type CaseRow = { acceptedOn: string; closedOn: string | null; recoveredFen: number; type: string };
type VisitRow = { officersPresent: { userId: string; name: string }[] };

const COURT_PORT = 8791;

/** The browser's calendar date: what the dashboard calls today. */
async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/** First day of the period of `months` months holding `date`, and the first day after it; written out here
 * rather than taken from the app, so the test checks the app's arithmetic instead of repeating it. */
function bounds(date: string, months: number, back = 0): { from: string; until: string } {
  const y = Number(date.slice(0, 4));
  const first = Math.floor((Number(date.slice(5, 7)) - 1) / months) * months - back * months;
  const iso = (m: number) =>
    `${y + Math.floor(m / 12)}-${String((((m % 12) + 12) % 12) + 1).padStart(2, '0')}-01`;
  return { from: iso(first), until: iso(first + months) };
}

/** The day before `until`. */
function lastDay(until: string): string {
  const t = Date.UTC(+until.slice(0, 4), +until.slice(5, 7) - 1, +until.slice(8, 10)) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function expected(cases: readonly CaseRow[], range: { from: string; until: string }) {
  const isIn = (d: string | null) => d !== null && d >= range.from && d < range.until;
  const closed = cases.filter((c) => isIn(c.closedOn));
  return {
    accepted: cases.filter((c) => isIn(c.acceptedOn)).length,
    closed: closed.length,
    recoveredFen: closed.reduce((s, c) => s + c.recoveredFen, 0),
  };
}

async function startVisit(page: Page, list: CaseListPageModel, row: number, extraOfficer?: string) {
  await page.goto('./#/cases');
  await list.openRow(row);
  await page.getByTestId('start-visit').click();
  await expect(page).toHaveURL(/#\/visits\/[0-9a-f-]+$/);
  if (extraOfficer) {
    await page.getByTestId('officer-add-name').fill(extraOfficer);
    await page.getByTestId('officer-add-name').press('Enter');
    await expect(page.getByTestId('save-state').first()).toHaveAttribute('data-state', 'saved');
  }
}

test('demo court: the dashboard counts what IndexedDB holds, by period, in both languages', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const list = new CaseListPageModel(page);
  await list.open('?demoCases=800');
  // Two visits: both by the signed-in demo officer, the first with a colleague typed in by name.
  await startVisit(page, list, 0, '李敏');
  await startVisit(page, list, 1);
  const visits = await readStore<VisitRow>(page, 'visits');
  expect(visits).toHaveLength(2);
  const officerNames = [...new Set(visits.flatMap((v) => v.officersPresent.map((o) => o.name)))];
  expect(officerNames).toContain('李敏');

  // In the demo court nobody is signed in: the lead's page is in the navigation.
  await page.getByRole('link', { name: '团队统计' }).click();
  const dash = new DashboardPageModel(page);
  await expect(dash.root).toBeVisible();
  const today = await browserToday(page);
  const cases = await readStore<CaseRow>(page, 'cases');
  expect(cases).toHaveLength(800);

  // Opens on the current half-year, as the court reports.
  const half = bounds(today, 6);
  const isH1 = half.from.slice(5, 7) === '01';
  await expect(dash.period).toHaveText(`${today.slice(0, 4)}年${isH1 ? '上' : '下'}半年`);
  await expect(dash.range).toHaveText(`${half.from} 至今（${today}）`);
  const h = expected(cases, half);
  // Minutes into a new half-year the court has accepted nothing yet: the figures are then checked against
  // a period that has cases (the one before), so the comparison is never of two zeros alone.
  expect(h.accepted + expected(cases, bounds(today, 6, 1)).accepted).toBeGreaterThan(0);
  expect(await dash.value('accepted')).toBe(h.accepted);
  await expect(dash.stat('accepted')).toContainText(`${h.accepted} 件`);
  expect(await dash.value('closed')).toBe(h.closed);
  expect(await dash.value('recovered')).toBe(h.recoveredFen);
  expect(await dash.value('visits')).toBe(2);
  expect(await dash.value('open-conflicts')).toBe(0);
  // The court's table adds up: per-type rows to the total row.
  await expect(page.getByTestId('figures-row-total')).toContainText(String(h.accepted));
  const firstOnly = cases.filter((c) => c.type === 'first');
  await expect(page.getByTestId('figures-row-first').locator('td').nth(1)).toHaveText(
    String(expected(firstOnly, half).accepted),
  );
  for (const name of officerNames) await expect(page.getByTestId('chart-visits')).toContainText(name);
  await dash.expectChartsDrawn();
  await page.screenshot({ path: 'artifacts/screens/dashboard-half-zh.png', fullPage: true });

  // Keyboard only: arrow keys move along the period lengths, Enter on "previous" steps back one period.
  await dash.kind('半年').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(dash.kind('季度')).toBeChecked();
  const quarter = bounds(today, 3);
  await expect(dash.period).toHaveText(
    `${today.slice(0, 4)}年第${(Number(quarter.from.slice(5, 7)) - 1) / 3 + 1}季度`,
  );
  expect(await dash.value('accepted')).toBe(expected(cases, quarter).accepted);
  await dash.previous.focus();
  await page.keyboard.press('Enter');
  const before = bounds(today, 3, 1);
  await expect(dash.range).toHaveText(`${before.from} 至 ${lastDay(before.until)}`);
  const q = expected(cases, before);
  expect(await dash.value('accepted')).toBe(q.accepted);
  expect(await dash.value('closed')).toBe(q.closed);
  expect(await dash.value('visits')).toBe(0);
  await expect(page.getByTestId('chart-visits')).toContainText('本期没有现场走访记录');
  await dash.expectChartsDrawn();
  await page.screenshot({ path: 'artifacts/screens/dashboard-quarter-zh.png', fullPage: true });

  // The period select answers the keyboard too: open it, move up to the newest quarter, pick it.
  await dash.periodSelect.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox')).toBeVisible();
  const newest = page.getByRole('option').first();
  for (let i = 0; i < 5 && (await newest.getAttribute('data-combobox-selected')) === null; i++)
    await page.keyboard.press('ArrowUp');
  await expect(newest).toHaveAttribute('data-combobox-selected');
  await page.keyboard.press('Enter');
  await expect(dash.range).toHaveText(`${quarter.from} 至今（${today}）`);

  // A month is drawn day by day.
  await dash.kind('季度').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(dash.kind('月度')).toBeChecked();
  const month = bounds(today, 1);
  expect(await dash.value('accepted')).toBe(expected(cases, month).accepted);
  await expect(page.getByTestId('chart-trend')).toContainText('逐日收结案');
  await dash.expectChartsDrawn();
  await page.screenshot({ path: 'artifacts/screens/dashboard-month-zh.png', fullPage: true });

  // The year, then English.
  await dash.pickKind('年度');
  const year = bounds(today, 12);
  expect(await dash.value('accepted')).toBe(expected(cases, year).accepted);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Team dashboard' })).toBeVisible();
  // The document's language follows the interface (screen readers, fonts for Han characters).
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Team dashboard' })).toBeVisible();
  await expect(dash.period).toHaveText(today.slice(0, 4));
  await expect(dash.stat('accepted')).toContainText('Accepted');
  await expect(page.getByTestId('chart-trend')).toContainText('Accepted and closed by month');
  await expect(page.getByTestId('period-kind')).toContainText('Half-year');
  await expect(dash.kind('Year')).toBeChecked();
  await dash.expectChartsDrawn();
  await page.screenshot({ path: 'artifacts/screens/dashboard-year-en.png', fullPage: true });
});

test('an officer is told the dashboard is for team leads; the team lead sees the team figures', async ({
  browser,
  pinnedNow,
}) => {
  test.setTimeout(240_000);
  const server = await startCourtServer(COURT_PORT, 40, pinnedNow);
  try {
    for (const [username, isLead] of [
      ['demo-officer-2', false],
      ['demo-officer-1', true],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto('./?demoCases=20#/cases');
      await expect(page.getByTestId('case-row').first()).toBeVisible({ timeout: 60_000 });
      await new SettingsPageModel(page).signIn(server.url, username, server.password);
      await expect(page.getByTestId('sync-status')).toHaveAttribute('data-status', 'upToDate', {
        timeout: 30_000,
      });
      const nav = page.getByRole('link', { name: '团队统计' });
      const dash = new DashboardPageModel(page);
      if (!isLead) {
        await expect(nav).toHaveCount(0);
        await page.goto('./#/dashboard');
        await expect(dash.leadsOnly).toContainText('仅限团队负责人');
        await expect(dash.root).toHaveCount(0);
        await page.screenshot({ path: 'artifacts/screens/dashboard-officer.png' });
      } else {
        await nav.click();
        await expect(dash.root).toBeVisible();
        // The team's cases from the court server, not the demo court the device started with.
        const cases = await readStore<CaseRow & { isDemo: boolean }>(page, 'cases');
        expect(cases.length).toBeGreaterThan(0);
        await dash.pickKind('年度');
        const today = await browserToday(page);
        expect(await dash.value('accepted')).toBe(expected(cases, bounds(today, 12)).accepted);
        await expect(dash.leadsOnly).toHaveCount(0);
        await page.screenshot({ path: 'artifacts/screens/dashboard-lead.png', fullPage: true });
      }
      await context.close();
    }
  } finally {
    await server.stop();
  }
});
