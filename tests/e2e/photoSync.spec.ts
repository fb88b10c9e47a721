import { expect, test } from '@playwright/test';
import { VisitPageModel } from './pages/VisitPageModel';
import { startCourtServer, type CourtServer } from './support/courtServer';
import { signInUser, syncNow } from './support/courtSession';
import { readStore } from './support/readIndexedDb';

const SERVER_PORT = Number(process.env.FIELDWRIT_E2E_PHOTO_SERVER_PORT ?? 8794);
const PHOTO = 'tests/fixtures/site-photo.png';
let server: CourtServer;

test.beforeAll(async () => {
  server = await startCourtServer(SERVER_PORT, 20);
});
test.afterAll(async () => {
  await server?.stop();
});

test("a colleague's photo record arrives before its bytes: placeholder first, the photo once uploaded", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const a = await signInUser(browser, server, 'demo-officer-2');
  const b = await signInUser(browser, server, 'demo-officer-3');
  const cases = await readStore<{ id: string }>(a.page, 'cases');

  // A takes a photo; its record syncs, but the bytes cannot get through yet (uploads refused on the way).
  await a.context.route('**/sync/v1/blobs**', (route) => route.abort('connectionreset'));
  await a.page.goto(`./#/cases/${cases[0]!.id}`);
  await a.page.getByTestId('start-visit').click();
  await expect(a.page).toHaveURL(/#\/visits\/[0-9a-f-]+$/);
  const visitId = a.page.url().split('/').pop()!;
  const va = new VisitPageModel(a.page);
  await va.tab('photos');
  await va.photos.locator('input[type=file]').first().setInputFiles(PHOTO);
  await expect(va.attachmentTiles).toHaveCount(1);
  await a.page.getByTestId('sync-status').click();
  await a.page.getByTestId('sync-now').click();
  await expect
    .poll(async () => (await readStore<{ state: string }>(a.page, 'outbox')).length, { timeout: 30_000 })
    .toBe(0);

  // B receives the record: the tile shows its thumbnail, and opening it says the bytes are on their way.
  await syncNow(b);
  await b.page.goto(`./#/visits/${visitId}`);
  const vb = new VisitPageModel(b.page);
  await vb.tab('photos');
  await expect(vb.attachmentTiles).toHaveCount(1);
  await expect(vb.attachmentTiles.first().locator('img')).toBeVisible();
  await vb.attachmentTiles.first().click();
  await expect(b.page.getByTestId('photo-not-here')).toContainText('尚未上传');
  await b.page.screenshot({ path: 'artifacts/screens/photo-placeholder.png' });
  await b.page.keyboard.press('Escape');

  // A's connection recovers: the upload completes, and B now opens the photo itself (checked by hash).
  await a.context.unroute('**/sync/v1/blobs**');
  await syncNow(a);
  await vb.attachmentTiles.first().click();
  await expect(b.page.getByRole('dialog').locator('img')).toBeVisible();
  await expect(b.page.getByTestId('photo-not-here')).toHaveCount(0);
});
