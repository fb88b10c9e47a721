import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { CaseListPageModel } from './pages/CaseListPageModel';
import { VisitPageModel } from './pages/VisitPageModel';
import { readStore } from './support/readIndexedDb';

type VisitRow = { id: string; startedAt: string; endedAt: string | null };
type IncidentRow = { id: string; occurredAt: string };

/** "2026-12-04 10:57": what the field shows in both languages; never "12/04/2026, 10:57 AM". */
const SHOWN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
const OFFSET = '[+-]\\d{2}:\\d{2}$';

async function visitRow(page: Page, id: string): Promise<VisitRow> {
  const row = (await readStore<VisitRow>(page, 'visits')).find((v) => v.id === id);
  if (!row) throw new Error(`visit ${id} not in IndexedDB`);
  return row;
}

test('visit and incident times are typed and picked in the UI language, 24 h, and kept as the instant typed', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const list = new CaseListPageModel(page);
  await list.open('?demoCases=5');
  await list.openRow(0);
  await page.getByTestId('start-visit').click();
  await expect(page).toHaveURL(/#\/visits\/[0-9a-f-]+$/);
  const visitId = page.url().split('/').pop()!;
  const v = new VisitPageModel(page);

  // A new visit starts now, shown as the UI shows every time; no end yet.
  await expect(v.startedAt).toHaveValue(SHOWN);
  await expect(v.endedAt).toHaveValue('');

  // Officers type; the record keeps the instant with the device's offset.
  await v.typeDateTime(v.startedAt, '2026-12-04 09:05');
  await v.expectSaved();
  expect((await visitRow(page, visitId)).startedAt).toMatch(new RegExp(`^2026-12-04T09:05:00${OFFSET}`));

  // The ways a Chinese keyboard types a time are read too, and the field then shows the one form.
  await v.typeDateTime(v.startedAt, '２０２６年１２月４日 ９：１５');
  await expect(v.startedAt).toHaveValue('2026-12-04 09:15');
  await v.expectSaved();
  expect((await visitRow(page, visitId)).startedAt).toMatch(new RegExp(`^2026-12-04T09:15:00${OFFSET}`));

  // A day that does not exist is refused on the field, in the UI language; the saved time stays.
  await v.typeDateTime(v.startedAt, '2026-02-30 10:00');
  await expect(v.startedAt).toHaveAttribute('aria-invalid', 'true');
  await expect(v.startedAt).toHaveAccessibleDescription(/时间格式不正确/);
  await expect(v.startedAt).toHaveValue('2026-02-30 10:00');
  expect((await visitRow(page, visitId)).startedAt).toMatch(/^2026-12-04T09:15:00/);
  await v.typeDateTime(v.startedAt, '2026-12-04 09:15');
  await expect(v.startedAt).not.toHaveAttribute('aria-invalid', 'true');

  // The end time from the calendar: Chinese month and weekdays, weeks from Monday, time kept in 24 h.
  await v.typeDateTime(v.endedAt, '2026-12-04 11:40');
  const calendar = await v.openCalendar('visit-ended-at');
  await expect(calendar).toContainText('2026年12月');
  await expect(calendar.locator('th').first()).toHaveText('一');
  await page.screenshot({ path: '/tmp/h1-visit-picker-zh.png' });
  await v.pickDay(calendar, '2026年12月5日');
  await expect(v.endedAt).toHaveValue('2026-12-05 11:40');
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await v.expectSaved();
  expect((await visitRow(page, visitId)).endedAt).toMatch(new RegExp(`^2026-12-05T11:40:00${OFFSET}`));

  // Emptying the end time clears it; "end now" fills it from outside the field.
  await v.typeDateTime(v.endedAt, '');
  await v.expectSaved();
  expect((await visitRow(page, visitId)).endedAt).toBeNull();
  await page.getByTestId('visit-end-now').click();
  await expect(v.endedAt).toHaveValue(SHOWN);
  await v.expectSaved();
  expect((await visitRow(page, visitId)).endedAt).not.toBeNull();

  // An incident's time is the same field.
  await v.tab('incidents');
  const incident = await v.recordIncident('聚众围堵');
  const occurredAt = incident.getByTestId('incident-occurred-at');
  await expect(occurredAt).toHaveValue(SHOWN);
  await v.typeDateTime(occurredAt, '2026-12-04 10:57');
  await expect(incident.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const incidents = await readStore<IncidentRow>(page, 'incidents');
  expect(incidents.map((i) => i.occurredAt)).toContainEqual(
    expect.stringMatching(new RegExp(`^2026-12-04T10:57:00${OFFSET}`)),
  );

  // English: the same unambiguous form, and the calendar in English.
  await page.getByText('EN', { exact: true }).click();
  await expect(occurredAt).toHaveValue('2026-12-04 10:57');
  await page.getByRole('tab', { name: 'Visit log' }).click();
  await expect(v.startedAt).toHaveValue('2026-12-04 09:15');
  const english = await v.openCalendar('visit-started-at');
  await expect(english).toContainText('December 2026');
  await expect(english.getByRole('button', { name: 'Previous month' })).toBeVisible();
  await page.screenshot({ path: '/tmp/h1-visit-picker-en.png' });
});
