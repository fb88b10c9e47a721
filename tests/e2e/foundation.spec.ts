import { expect, test } from '@playwright/test';
import { CaseListPageModel } from './pages/CaseListPageModel';
import { CasePageModel } from './pages/CasePageModel';
import { readStore } from './support/readIndexedDb';

type CaseRow = { id: string; caseNumber: string; respondentKeys: string[]; notes: string };
type OutboxRow = {
  clientSeq: number;
  entityId: string;
  op: string;
  changes: Record<string, { from: unknown; to: unknown }>;
};

test('first run loads the demo court; search, siblings and an edit that survives reload', async ({
  page,
  context,
}) => {
  const list = new CaseListPageModel(page);
  await list.open();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await expect(page.getByText('共 3000 件')).toBeVisible();
  // The app works without the network once loaded, reloads included (offline shell).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.screenshot({ path: 'artifacts/screens/case-list.png' });

  // Pick the respondent with the most cases, straight from IndexedDB.
  const cases = await readStore<CaseRow>(page, 'cases');
  expect(cases).toHaveLength(3000);
  const byKey = new Map<string, CaseRow[]>();
  for (const c of cases) for (const k of c.respondentKeys) byKey.set(k, [...(byKey.get(k) ?? []), c]);
  const [code, debtorCases] = [...byKey.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
  expect(debtorCases.length).toBeGreaterThan(5);

  // The search box has focus on arrival; "/" (the key that focuses it) is not searched for.
  await expect(list.search).toBeFocused();
  await page.keyboard.type(`/${code.slice(0, 6)}`);
  await expect(list.search).toHaveValue(code.slice(0, 6));

  // Search by credit code (typed in lower case) finds exactly that debtor's cases.
  await list.searchFor(code.toLowerCase());
  await expect(list.count).toHaveText(`找到 ${debtorCases.length} 件（共 3000 件）`);
  await list.openRow(0);

  const casePage = new CasePageModel(page);
  await expect(casePage.caseNumber).toBeVisible();
  await expect(casePage.partyCodes.filter({ hasText: code })).toHaveCount(1);
  await expect(casePage.siblingRows).toHaveCount(debtorCases.length - 1);
  await page.screenshot({ path: 'artifacts/screens/case-page.png', fullPage: true });
  const caseNumber = await casePage.caseNumber.innerText();
  const edited = debtorCases.find((c) => c.caseNumber === caseNumber)!;

  // An edit, saved with the keyboard, survives a reload, and the outbox holds exactly one mutation for it.
  await casePage.notes.fill('厂区大门紧闭，法定代表人避而不见。');
  await casePage.notes.press('Control+s');
  await expect(casePage.saveState).toContainText('已保存');
  await page.reload();
  await expect(casePage.notes).toHaveValue('厂区大门紧闭，法定代表人避而不见。');
  const outbox = await readStore<OutboxRow>(page, 'outbox');
  expect(outbox).toHaveLength(1);
  expect(outbox[0]).toMatchObject({
    clientSeq: 1,
    entityId: edited.id,
    op: 'patch',
    changes: { notes: { from: edited.notes, to: '厂区大门紧闭，法定代表人避而不见。' } },
  });
  await page.getByRole('link', { name: '同步' }).click();
  await expect(page.getByTestId('pending-row')).toHaveCount(1);

  // A newcomer's way to the court server: the header's 未连接服务器 pill, then the Sync page's own button.
  await page.getByTestId('sync-status').click();
  await expect(page).toHaveURL(/#\/sync$/);
  await page.getByTestId('sync-connect').click();
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByTestId('server-url')).toBeVisible();
});

test('English is one click away and search finds a case by number and by party name', async ({ page }) => {
  const list = new CaseListPageModel(page);
  await list.open();
  const cases = await readStore<CaseRow & { respondents: { name: string }[] }>(page, 'cases');
  const target = cases[1234]!;
  await list.searchFor(target.caseNumber.replace('（', '(').replace('）', ')'));
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText(target.caseNumber);
  await list.searchFor(target.respondents[0]!.name);
  await expect(list.rows.filter({ hasText: target.caseNumber })).toHaveCount(1);
  await list.searchFor('不存在的企业名称XYZ');
  await expect(page.getByTestId('case-list-empty')).toBeVisible();

  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Cases' })).toBeVisible();
  await expect(page.getByTestId('case-list-empty')).toHaveText('No cases match');
});

test('a bad court address is refused on its field, in the UI language, and nothing typed is lost', async ({
  page,
}) => {
  const list = new CaseListPageModel(page);
  await list.open();
  await page.getByRole('link', { name: '设置' }).click();
  const url = page.getByTestId('server-url');
  await url.fill('court.example.cn');
  await page.getByTestId('server-username').fill('zhang.wei');
  await page.getByTestId('sign-in').click();
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(/服务器地址应以 http:\/\/ 或 https:\/\/ 开头/);
  await expect(page.getByTestId('server-password')).toHaveAccessibleDescription('此项必填');
  await expect(url).toHaveValue('court.example.cn');
  await expect(page.getByTestId('server-username')).toHaveValue('zhang.wei');

  await page.getByText('EN', { exact: true }).click();
  await page.getByTestId('sign-in').click();
  await expect(url).toHaveAccessibleDescription(/must start with http:\/\/ or https:\/\//);
});
