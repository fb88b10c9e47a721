import { expect, test, type Browser, type Page } from '@playwright/test';
import { LockScreenModel } from './pages/LockScreenModel';
import { SettingsPageModel } from './pages/SettingsPageModel';
import { courtCases, secretsOf, type CaseSecrets } from './support/courtCases';
import { startCourtServer, type CourtServer } from './support/courtServer';
import { expectSyncStatus } from './support/courtSession';
import { expectAccessible } from './support/expectAccessible';
import { readEveryDatabaseRaw, readStore } from './support/readIndexedDb';

/** A court-server port no other spec uses. */
const SERVER_PORT = 8781;
const TEAM_1_OFFICER = 'demo-officer-2';
const TEAM_2_OFFICER = 'demo-officer-7';
let server: CourtServer;

test.beforeAll(async () => {
  server = await startCourtServer(SERVER_PORT, 45);
});
test.afterAll(async () => {
  await server?.stop();
});

/** A fresh browser profile on the demo court (as a new laptop), `beforeOpen` run before the app loads. */
async function freshProfile(browser: Browser, beforeOpen?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await beforeOpen?.(page);
  await page.goto('./?demoCases=20#/cases');
  await expect(page.getByTestId('case-row').first()).toBeVisible({ timeout: 60_000 });
  return page;
}

async function signInFromSettings(page: Page, username: string): Promise<void> {
  await new SettingsPageModel(page).signIn(server.url, username, server.password);
  await expectSyncStatus({ page }, 'upToDate');
}

/** What the page shows as text, anywhere (the lock screen included). */
const pageText = (page: Page) => page.evaluate(() => document.body.innerText);

function expectNoneOf(text: string, secrets: CaseSecrets): void {
  for (const secret of [...secrets.caseNumbers, ...secrets.names, ...secrets.idNumbers])
    expect(text, secret).not.toContain(secret);
}

/** What of `a` is not also in `b` (two teams' cases may share an applicant, a bank say). */
function onlyIn(a: CaseSecrets, b: CaseSecrets): CaseSecrets {
  const all = new Set([...b.caseNumbers, ...b.names, ...b.idNumbers]);
  const keep = (list: string[]) => list.filter((s) => !all.has(s));
  return { caseNumbers: keep(a.caseNumbers), names: keep(a.names), idNumbers: keep(a.idNumbers) };
}

test('a second officer on the same profile sees only their own team, after a full first pull', async ({
  browser,
}) => {
  const team1 = await courtCases(server, TEAM_1_OFFICER);
  const team2 = await courtCases(server, TEAM_2_OFFICER);
  expect(team1.length).toBeGreaterThan(0);
  expect(team2.length).toBeGreaterThan(0);
  expect(new Set(team1.map((c) => c.teamId))).toEqual(new Set(['demo-team-1']));

  const page = await freshProfile(browser);
  await signInFromSettings(page, TEAM_1_OFFICER);
  expect((await readStore<{ id: string }>(page, 'cases')).map((c) => c.id).sort()).toEqual(
    team1.map((c) => c.id).sort(),
  );

  // Officer 2 leaves the laptop locked; officer 7 signs in on it, from the lock screen.
  await page.getByTestId('lock-now').click();
  const lock = new LockScreenModel(page);
  await lock.expectShown();
  await lock.signInAnother(server.url, TEAM_2_OFFICER, server.password);
  await expect(lock.screen).toHaveCount(0, { timeout: 30_000 });
  // "Up to date" only once officer 7's own scope is all here, and nothing of officer 2's is.
  await expectSyncStatus({ page }, 'upToDate');
  const held = await readStore<{ id: string; teamId: string }>(page, 'cases');
  expect(held.map((c) => c.id).sort()).toEqual(team2.map((c) => c.id).sort());
  expect(held.every((c) => c.teamId === 'demo-team-2')).toBe(true);

  await page.goto('./#/cases');
  await expect(page.getByTestId('case-row').first()).toBeVisible();
  expectNoneOf(await pageText(page), onlyIn(secretsOf(team1), secretsOf(team2)));
  await expect(page.getByText(team2[0]!.caseNumber).first()).toBeAttached();

  // Both officers are listed on the lock screen, each to unlock their own vault.
  await page.getByTestId('lock-now').click();
  await lock.expectShown();
  await expect(page.getByTestId('lock-officer')).toHaveCount(2);
  await lock.unlock(server.password, '李海涛');
  await expect(lock.screen).toHaveCount(0, { timeout: 30_000 });
  await expectSyncStatus({ page }, 'upToDate');
  expect((await readStore<{ id: string }>(page, 'cases', server.password)).length).toBe(team1.length);
});

test('the lock screen\'s "another officer" never opens the previous officer\'s cases', async ({
  browser,
}) => {
  const mine = secretsOf(await courtCases(server, TEAM_1_OFFICER));
  const page = await freshProfile(browser);
  await signInFromSettings(page, TEAM_1_OFFICER);
  await page.getByTestId('lock-now').click();
  const lock = new LockScreenModel(page);
  await lock.expectShown();
  await expectAccessible(page, 'lock screen');

  // The old bypass: "another officer", then a wrong password, then back and a reload — still locked.
  await lock.signInAnother(server.url, TEAM_2_OFFICER, 'not the password');
  await expect(page.getByTestId('lock-sign-in-error')).toBeVisible();
  await expectAccessible(page, 'lock screen: another officer');
  expectNoneOf(await pageText(page), mine);
  await expect(page.getByTestId('case-row')).toHaveCount(0);
  await page.reload();
  await lock.expectShown();
  await lock.unlock('not the password');
  await expect(page.getByText('密码不正确')).toBeVisible();
  await expect(page.getByTestId('case-row')).toHaveCount(0);
  expectNoneOf(await pageText(page), mine);

  // Only the officer's own password opens their cases.
  await lock.unlock(server.password);
  await expect(lock.screen).toHaveCount(0, { timeout: 30_000 });
  await page.goto('./#/cases');
  await expect(page.getByTestId('case-row').first()).toBeVisible({ timeout: 30_000 });
});

test('after the idle time the app locks, and no case can be read from the page', async ({ browser }) => {
  const mine = secretsOf(await courtCases(server, TEAM_1_OFFICER));
  const page = await freshProfile(browser, (p) => p.clock.install());
  await signInFromSettings(page, TEAM_1_OFFICER);
  await page.goto('./#/cases');
  await expect(page.getByTestId('case-row').first()).toBeVisible();
  expect(mine.caseNumbers.some((n) => n.length > 0)).toBe(true);

  // Ten idle minutes, then the officer moves the mouse: the count starts again from that input.
  await page.clock.fastForward('10:00');
  await expect(page.getByTestId('case-row').first()).toBeVisible();
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 340);
  await page.clock.fastForward('10:00');
  await expect(page.getByTestId('case-row').first()).toBeVisible();
  // Fifteen minutes (the default: this court sets none) after the last input, it locks.
  await page.clock.fastForward('05:30');
  await new LockScreenModel(page).expectShown();
  await expect(page.getByTestId('case-row')).toHaveCount(0);
  expectNoneOf(await pageText(page), mine);
  const html = await page.content();
  expectNoneOf(html, mine);
});

test("a thief's read of every IndexedDB database finds no case number, party name or ID number", async ({
  browser,
}) => {
  const cases = await courtCases(server, TEAM_1_OFFICER);
  const secrets = secretsOf(cases);
  expect(secrets.idNumbers.length).toBeGreaterThan(0);
  const page = await freshProfile(browser);
  await signInFromSettings(page, TEAM_1_OFFICER);
  // The officer's cases are all on the device…
  expect((await readStore<{ id: string }>(page, 'cases')).length).toBe(cases.length);
  await page.goto(`./#/cases/${cases[0]!.id}`);
  await expect(page.getByText(cases[0]!.caseNumber).first()).toBeVisible();

  // …and none of them can be read from the disk without the key.
  const { databases, text } = await readEveryDatabaseRaw(page);
  expect(databases).toContain('fieldwrit-vaults');
  expect(databases.some((d) => /^fieldwrit-vault-[0-9a-f]{32}$/.test(d))).toBe(true);
  // The demo court's plain database is gone with the first sign-in.
  expect(databases).not.toContain('fieldwrit');
  expect(text).toContain(cases[0]!.id);
  expectNoneOf(text, secrets);
});
