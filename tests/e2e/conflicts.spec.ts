import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { loginResponseSchema } from '../../shared/auth/authProtocol';
import { historyPaths } from '../../shared/history/historyPaths';
import { recordHistorySchema } from '../../shared/history/recordHistory';
import { CasePageModel } from './pages/CasePageModel';
import { ConflictPageModel } from './pages/ConflictPageModel';
import { VisitPageModel } from './pages/VisitPageModel';
import { startCourtServer, type CourtServer } from './support/courtServer';
import { expectSyncStatus, signInUser, syncNow } from './support/courtSession';
import { readStore } from './support/readIndexedDb';

const SERVER_PORT = Number(process.env.FIELDWRIT_E2E_SERVER_PORT ?? 8792);
const SCREENS = 'artifacts/screens';
let server: CourtServer;

test.beforeAll(async () => {
  server = await startCourtServer(SERVER_PORT, 30);
});
test.afterAll(async () => {
  await server?.stop();
});

type User = { context: BrowserContext; page: Page; casePage: CasePageModel; conflict: ConflictPageModel };

async function signedIn(browser: Browser, username: string): Promise<User> {
  const { context, page } = await signInUser(browser, server, username);
  return { context, page, casePage: new CasePageModel(page), conflict: new ConflictPageModel(page) };
}

// demo-officer-1 leads team 1 (王建军); demo-officer-2 (李海涛) and demo-officer-3 (赵晓东) are its officers.
const A_NOTES = '甲：厂区大门紧闭';
const B_NOTES = '乙：法定代表人避而不见';
const DECIDED = '厂区大门紧闭，法定代表人避而不见（两名干警所记合并）';
const REASON = '两名干警分别记录了同一次走访的不同情况，经核对现场照片均属实，合并保留。';

test('a same-field conflict is resolved by the team lead with an edited value and a reason; both officers get it', async ({
  browser,
}) => {
  // Three sign-ins (each generating a demo court first) and four syncs: longer than the default budget.
  test.setTimeout(300_000);
  const a = await signedIn(browser, 'demo-officer-2');
  const b = await signedIn(browser, 'demo-officer-3');
  const lead = await signedIn(browser, 'demo-officer-1');

  const cases = await readStore<{ id: string; caseNumber: string; status: string }>(a.page, 'cases');
  const target = cases.find((c) => c.status === 'enforcing')!;
  for (const o of [a, b]) {
    await o.page.goto(`./#/cases/${target.id}`);
    await expect(o.casePage.caseNumber).toHaveText(target.caseNumber);
    await o.context.setOffline(true);
  }
  await expectSyncStatus(a, 'offline');
  await a.casePage.notes.fill(A_NOTES);
  await a.casePage.save.click();
  await expect(a.casePage.saveState).toContainText('已保存');
  await b.casePage.notes.fill(B_NOTES);
  await b.casePage.save.click();
  await expect(b.casePage.saveState).toContainText('已保存');

  // A reaches the court first; B's edit of the same field becomes a conflict; A then receives it too.
  await a.context.setOffline(false);
  await expectSyncStatus(a, 'upToDate');
  await b.context.setOffline(false);
  await expectSyncStatus(b, 'needsAttention');
  await syncNow(a, 'needsAttention');
  for (const o of [a, b]) {
    await o.page.goto(`./#/cases/${target.id}`);
    await expect(o.casePage.notes).toHaveValue(A_NOTES);
    await expect(o.page.getByTestId('conflict-row')).toHaveCount(1);
    await expect(o.page.getByTestId('disputed-badge')).toBeVisible();
  }
  // The case list marks the case as disputed.
  await a.page.goto('./#/cases');
  await a.page.getByTestId('case-search').fill(target.caseNumber);
  await expect(a.page.getByTestId('case-row')).toHaveCount(1);
  await expect(a.page.getByTestId('case-row-disputed')).toHaveText('有争议');

  // An officer may look at the conflict but not decide it.
  await b.page.getByTestId('conflict-open').click();
  await expect(b.conflict.view).toBeVisible();
  await expect(b.conflict.officerNote).toContainText('团队负责人处理');
  await expect(b.conflict.confirm).toHaveCount(0);
  await expect(b.conflict.reason).toHaveCount(0);
  await expect(b.conflict.sideValue('mine')).toHaveText(B_NOTES);
  await b.page.screenshot({ path: `${SCREENS}/conflict-officer.png`, fullPage: true });

  // The lead receives the conflict and opens it from the Sync page.
  await syncNow(lead, 'needsAttention');
  await expect(lead.page.getByTestId('conflict-row')).toHaveCount(1);
  await lead.page.getByTestId('conflict-open').click();
  const view = lead.conflict;
  await expect(view.view).toBeVisible();
  await expect(lead.page.getByTestId('conflict-record')).toContainText(target.caseNumber);
  await expect(view.sideValue('mine')).toHaveText(B_NOTES);
  await expect(view.sideValue('theirs')).toHaveText(A_NOTES);
  // Authors by name, with device and times.
  await expect(view.side('mine')).toContainText('修改人：赵晓东');
  await expect(view.side('theirs')).toContainText('修改人：李海涛');
  for (const side of ['mine', 'theirs'] as const) {
    await expect(view.side(side)).toContainText('设备：');
    await expect(view.side(side)).toContainText(/服务器收到：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
    await expect(view.side(side)).toContainText(/设备时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
  }
  await lead.page.screenshot({ path: `${SCREENS}/conflict-view.png`, fullPage: true });

  // Keyboard: the choices are a radio group (arrow keys move and pick).
  await view.mine.focus();
  await lead.page.keyboard.press('Space');
  await expect(view.mine).toHaveAttribute('aria-checked', 'true');
  await lead.page.keyboard.press('ArrowRight');
  await expect(view.theirs).toHaveAttribute('aria-checked', 'true');
  await lead.page.keyboard.press('ArrowRight');
  await expect(view.edited).toHaveAttribute('aria-checked', 'true');
  await expect(view.editedInput).toHaveValue(A_NOTES);
  await view.editedInput.fill(DECIDED);

  // No reason, no decision: the lead is told, and nothing was written.
  await view.confirm.click();
  await expect(lead.page.getByText('请填写处理理由：冲突的处理会记入案卷历史，理由不能为空。')).toBeVisible();
  expect(await readStore(lead.page, 'outbox')).toHaveLength(0);
  await lead.page.screenshot({ path: `${SCREENS}/conflict-reason-required.png`, fullPage: true });

  await view.reason.fill(REASON);
  await view.reason.press('Control+Enter');
  await expect(lead.page).toHaveURL(new RegExp(`#/cases/${target.id}$`));
  await expect(lead.casePage.notes).toHaveValue(DECIDED);
  await expect(lead.page.getByTestId('conflict-banner')).toHaveCount(0);
  await expectSyncStatus(lead, 'upToDate');
  expect(await readStore(lead.page, 'outbox')).toHaveLength(0);

  // Both officers get the decision with their next sync: the value in force, no conflict, nothing disputed.
  for (const o of [a, b]) {
    await syncNow(o, 'upToDate');
    await o.page.goto(`./#/cases/${target.id}`);
    await expect(o.casePage.notes).toHaveValue(DECIDED);
    await expect(o.page.getByTestId('conflict-banner')).toHaveCount(0);
    await expect(o.page.getByTestId('disputed-badge')).toHaveCount(0);
    expect(await readStore(o.page, 'conflicts')).toHaveLength(0);
    expect(await readStore(o.page, 'outbox')).toHaveLength(0);
  }

  // The court server's history of the case: A's committed value, then the lead's decision with its reason.
  const login = loginResponseSchema.parse(
    await (
      await fetch(`${server.url}/auth/v1/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          username: 'demo-officer-1',
          password: server.password,
          deviceName: 'e2e history check',
        }),
      })
    ).json(),
  );
  const history = recordHistorySchema.parse(
    await (
      await fetch(`${server.url}${historyPaths.record('case', target.id)}`, {
        headers: { authorization: `Bearer ${login.accessToken}` },
      })
    ).json(),
  );
  const notesChanges = history.versions.flatMap((v) =>
    v.changes
      .filter((c) => c.field === 'notes')
      .map((c) => ({ ...c, op: v.op, reason: v.reason, author: v.author })),
  );
  expect(notesChanges.slice(-2)).toEqual([
    expect.objectContaining({
      to: A_NOTES,
      op: 'patch',
      author: { userId: 'demo-officer-2', name: '李海涛' },
    }),
    expect.objectContaining({
      from: A_NOTES,
      to: DECIDED,
      op: 'resolveConflict',
      reason: REASON,
      author: { userId: 'demo-officer-1', name: '王建军' },
    }),
  ]);
  // All three values stay in the history: the one set aside is kept with the conflict and its decision.
  expect(history.conflicts).toEqual([
    expect.objectContaining({
      field: 'notes',
      status: 'resolved',
      mine: B_NOTES,
      theirs: A_NOTES,
      resolution: DECIDED,
      reason: REASON,
      closedBy: { userId: 'demo-officer-1', name: '王建军' },
    }),
  ]);
  await lead.page.goto(`./#/cases/${target.id}`);
  await lead.page.getByTestId('case-history-toggle').click();
  const shown = lead.page.getByTestId('history-conflict');
  await expect(shown).toHaveCount(1);
  for (const text of [A_NOTES, B_NOTES, DECIDED, REASON]) await expect(shown).toContainText(text);
  await lead.page.screenshot({ path: 'artifacts/screens/history-conflict.png', fullPage: true });
});

test('a conflict on a visit marks the visit and its printed record disputed until the lead keeps one side', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const a = await signedIn(browser, 'demo-officer-2');
  const b = await signedIn(browser, 'demo-officer-3');
  const lead = await signedIn(browser, 'demo-officer-1');
  const cases = await readStore<{ id: string; status: string }>(a.page, 'cases');
  const target = cases.find((c) => c.status === 'enforcing')!;

  // A starts a visit and syncs it; B receives it; both then write the findings offline.
  await a.page.goto(`./#/cases/${target.id}`);
  await a.page.getByTestId('start-visit').click();
  await expect(a.page).toHaveURL(/#\/visits\/[0-9a-f-]+$/);
  const visitId = a.page.url().split('/').pop()!;
  await syncNow(a, 'upToDate');
  await syncNow(b, 'upToDate');
  const writers = [
    [a, '一号车间停工，设备未见铭牌。'],
    [b, '一号车间正常生产，约 20 名工人在岗。'],
  ] as const;
  for (const [o] of writers) {
    await o.page.goto(`./#/visits/${visitId}`);
    await o.context.setOffline(true);
  }
  for (const [o, findings] of writers) {
    const visit = new VisitPageModel(o.page);
    await visit.findings.fill(findings);
    await visit.expectSaved();
  }
  await a.context.setOffline(false);
  await expectSyncStatus(a, 'upToDate');
  await b.context.setOffline(false);
  await expectSyncStatus(b, 'needsAttention');

  // B's visit page and printed record say the visit is disputed, and which field.
  await b.page.goto(`./#/visits/${visitId}`);
  await expect(b.page.getByTestId('disputed-badge')).toHaveText('有争议');
  await b.page.goto(`./#/visits/${visitId}/print`);
  await expect(b.page.getByTestId('print-disputed')).toContainText('有争议');
  await expect(b.page.getByTestId('print-disputed')).toContainText('调查情况');
  await b.page.screenshot({ path: `${SCREENS}/conflict-printed-record.png`, fullPage: true });

  // The lead keeps B's findings (the side set aside) with a reason.
  await syncNow(lead, 'needsAttention');
  await lead.page.getByTestId('conflict-open').click();
  await expect(lead.page.getByTestId('conflict-record')).toContainText('现场走访 · 字段：调查情况');
  await expect(lead.conflict.sideValue('mine')).toHaveText(writers[1][1]);
  await lead.conflict.mine.click();
  await lead.conflict.reason.fill('与现场照片一致：车间在生产。');
  await lead.conflict.confirm.click();
  await expect(lead.page).toHaveURL(new RegExp(`#/visits/${visitId}$`));
  await expect(new VisitPageModel(lead.page).findings).toHaveValue(writers[1][1]);
  await expectSyncStatus(lead, 'upToDate');

  for (const o of [a, b]) {
    await syncNow(o, 'upToDate');
    await o.page.goto(`./#/visits/${visitId}`);
    await expect(new VisitPageModel(o.page).findings).toHaveValue(writers[1][1]);
    await expect(o.page.getByTestId('disputed-badge')).toHaveCount(0);
    await o.page.goto(`./#/visits/${visitId}/print`);
    await expect(o.page.getByTestId('printed-record')).toContainText(writers[1][1]);
    await expect(o.page.getByTestId('print-disputed')).toHaveCount(0);
  }
});
