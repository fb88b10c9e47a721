import { expect, test } from './support/test';
import { VisitPageModel } from './pages/VisitPageModel';
import { startCourtServer, type CourtServer } from './support/courtServer';
import { signInUser, syncNow } from './support/courtSession';
import { readStore } from './support/readIndexedDb';

const SERVER_PORT = Number(process.env.FIELDWRIT_E2E_REVIEW_SERVER_PORT ?? 8795);
const SCREENS = 'artifacts/screens';
const OVERRIDE_REASON = '另一名执行人员为协助的法警，未在系统中登记；厂长拒绝签名，已录像';
let server: CourtServer;

test.beforeAll(async ({ pinnedNow }) => {
  server = await startCourtServer(SERVER_PORT, 30, pinnedNow);
});
test.afterAll(async () => {
  await server?.stop();
});

test('officer submits, lead returns with a field comment, officer fixes offline, lead approves, later edit is an amendment', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const officer = await signInUser(browser, server, 'demo-officer-2');
  const lead = await signInUser(browser, server, 'demo-officer-1');
  const cases = await readStore<{ id: string; status: string }>(officer.page, 'cases');
  const target = cases.find((c) => c.status === 'enforcing') ?? cases[0]!;

  // The officer records a complete visit and submits it.
  const o = officer.page;
  await o.goto(`./#/cases/${target.id}`);
  await o.getByTestId('start-visit').click();
  await expect(o).toHaveURL(/#\/visits\/[0-9a-f-]+$/);
  const visitId = o.url().split('/').pop()!;
  const v = new VisitPageModel(o);
  await v.address.fill('包头市稀土高新区黄河大街 88 号');
  await o.getByTestId('visit-end-now').click();
  await o.getByTestId('operating-partly_stopped').check();
  await v.findings.fill('一号车间停工，设备未见铭牌。');
  // A person row with only the role typed is kept, and holds the submission until it has a name.
  await o.getByTestId('enterprise-people-add').click();
  await o.getByTestId('enterprise-people-role').last().fill('会计');
  await v.expectSaved();
  await o.getByTestId('submit-visit').click();
  await expect(o.getByTestId('submit-blockers')).toContainText('第 1 行，已填：会计');
  await o.getByTestId('enterprise-people-name').last().fill('李娟');
  await v.expectSaved();
  // The checks the lead will see unmet are named, and the officer confirms before submitting.
  await o.getByTestId('submit-visit').click();
  await expect(o.getByTestId('submit-dialog')).toContainText('至少两名执行人员在场');
  await o.getByTestId('submit-confirm').click();
  await expect(v.state).toHaveText('已提交');
  await syncNow(officer);

  // The lead sees it in the queue, with the checklist evaluated, and returns it with a comment on a field.
  const l = lead.page;
  await syncNow(lead);
  await l.getByRole('link', { name: '审核' }).click();
  await expect(l.getByTestId('review-row')).toHaveCount(1);
  await l.getByTestId('review-row').first().click();
  await expect(l).toHaveURL(new RegExp(`#/review/${visitId}$`));
  await expect(l.getByTestId('review-checklist')).toBeVisible();
  await expect(l.getByTestId('check-startAndEnd')).toHaveAttribute('data-met', 'true');
  await expect(l.getByTestId('check-twoOfficers')).toHaveAttribute('data-met', 'false');
  await l.getByTestId('comment-target').click();
  await l.getByRole('option', { name: '调查情况', exact: true }).click();
  await l.getByTestId('comment-text').fill('请写明设备铭牌编号及存放位置');
  await l.keyboard.press('Control+Enter');
  await expect(l.getByTestId('draft-comment')).toHaveCount(1);
  await l.screenshot({ path: `${SCREENS}/review-screen.png`, fullPage: true });
  await l.getByTestId('return-visit').click();
  await expect(l).toHaveURL(/#\/review$/);
  await syncNow(lead);

  // The officer syncs once, then goes offline: the comment is still there, beside the field.
  await syncNow(officer);
  await officer.context.setOffline(true);
  await o.goto(`./#/visits/${visitId}`);
  await o.reload();
  await expect(v.state).toHaveText('已退回');
  await expect(o.getByTestId('review-feedback')).toContainText('请写明设备铭牌编号及存放位置');
  await expect(o.getByTestId('field-comment')).toContainText('请写明设备铭牌编号及存放位置');
  await o.screenshot({ path: `${SCREENS}/review-returned-officer.png`, fullPage: true });
  await v.findings.fill('一号车间停工，数控机床铭牌编号 CK6150-0087，存放于一号车间东侧。');
  await v.expectSaved();
  await officer.context.setOffline(false);
  await o.getByTestId('submit-visit').click();
  await o.getByTestId('submit-confirm').click();
  await expect(v.state).toHaveText('已重新提交');
  await syncNow(officer);

  // The lead sees exactly what changed since the return, and approves.
  await syncNow(lead);
  await l.goto(`./#/review/${visitId}`);
  await expect(l.getByTestId('diff-findings')).toContainText('CK6150-0087');
  await l.screenshot({ path: `${SCREENS}/review-diff.png`, fullPage: true });
  // Two checks are unmet: approving names them and needs the lead's reason, which the record keeps.
  await l.getByTestId('approve-visit').click();
  const override = l.getByTestId('override-dialog');
  await expect(override.locator('[data-item="twoOfficers"]')).toBeVisible();
  await l.getByTestId('override-confirm').click();
  await expect(override).toContainText('必须写明理由');
  await l.getByTestId('override-reason').fill(OVERRIDE_REASON);
  await l.screenshot({ path: `${SCREENS}/review-override.png`, fullPage: true });
  await l.getByTestId('override-confirm').click();
  await expect(l).toHaveURL(/#\/review$/);
  await syncNow(lead);

  // Approved: a later change is an amendment with a reason, and goes back to review.
  await syncNow(officer);
  await o.goto(`./#/visits/${visitId}`);
  await expect(v.state).toHaveText('已审批');
  await o.getByTestId('open-amendment').click();
  await o
    .getByTestId('amend-findings')
    .fill('一号车间停工，数控机床铭牌编号 CK6150-0078，存放于一号车间东侧。');
  await o.getByTestId('amend-submit').click();
  await expect(o.getByTestId('amend-reason')).toHaveAccessibleDescription('补正已审批的笔录必须写明理由');
  await o.getByTestId('amend-reason').fill('铭牌编号末两位抄录颠倒');
  await o.getByTestId('amend-submit').click();
  await expect(v.state).toHaveText('补正待审');
  await syncNow(officer);

  await syncNow(lead);
  await l.goto('./#/review');
  await expect(l.getByTestId('review-row')).toHaveCount(1);
  await l.getByTestId('review-row').first().click();
  await expect(l.getByTestId('amendment-change')).toContainText('CK6150-0078');
  await l.getByTestId('accept-amendment').click();
  await syncNow(lead);
  await syncNow(officer);
  await o.goto(`./#/visits/${visitId}`);
  await expect(v.state).toHaveText('已审批');
  await expect(v.findings).toHaveValue(/CK6150-0078/);
  await expect(o.getByTestId('review-history')).toContainText('铭牌编号末两位抄录颠倒');
  await expect(o.getByTestId('review-override')).toContainText(OVERRIDE_REASON);

  // The lead's actions are refused to an officer through the API itself.
  // The officer's access token, read from their vault (sealed on disk) as the officer can open it.
  const meta = await readStore<{ key: string; value: { accessToken: string } }>(o, 'meta');
  const accessToken = meta.find((m) => m.key === 'auth')!.value.accessToken;
  const answer = await o.evaluate(
    async ({ url, accessToken }) => {
      const r = await fetch(`${url}/review/v1/queue`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      return { status: r.status, body: (await r.json()) as { error: { code: string } } };
    },
    { url: server.url, accessToken },
  );
  expect(answer.status).toBe(403);
  expect(answer.body.error.code).toBe('visit.reviewForbidden');
});
