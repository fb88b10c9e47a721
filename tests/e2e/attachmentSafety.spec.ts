import { expect, test } from '@playwright/test';
import { VisitPageModel } from './pages/VisitPageModel';
import { startCourtServer, type CourtServer } from './support/courtServer';
import { signInUser, syncNow } from './support/courtSession';
import { readStore } from './support/readIndexedDb';
import { seedAttachment } from './support/seedAttachment';

const SERVER_PORT = Number(process.env.FIELDWRIT_E2E_ATTACHMENT_SERVER_PORT ?? 8786);
const MEDIA = 'tests/fixtures/media';
// What the colleague uploaded in issue 11: a web page named as a seizure list, whose script reads the
// session of whoever opens it.
const PAGE = `<!doctype html><html><body><script>window.__pwned = localStorage.length + 1;
window.opener && (window.opener.__pwned = 1);</script><h1>查封清单</h1></body></html>`;

// EXIF times are local to the court: read them where the court is.
test.use({ timezoneId: 'Asia/Shanghai' });

let server: CourtServer;

test.beforeAll(async () => {
  server = await startCourtServer(SERVER_PORT, 5);
});
test.afterAll(async () => {
  await server?.stop();
});

test('a web page is refused at capture and shown inert when it comes from the server; photos show and recordings play', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const officer = await signInUser(browser, server, 'demo-officer-2');
  const cases = await readStore<{ id: string }>(officer.page, 'cases');
  await officer.page.goto(`./#/cases/${cases[0]!.id}`);
  await officer.page.getByTestId('start-visit').click();
  await expect(officer.page).toHaveURL(/#\/visits\/[0-9a-f-]+$/);
  const visitId = officer.page.url().split('/').pop()!;
  const visit = new VisitPageModel(officer.page);
  await visit.tab('photos');
  const input = visit.photos.locator('input[type=file]').first();

  // The picker lists the allowed types only, and no web page, whatever its name or declared type, is kept.
  expect(await input.getAttribute('accept')).not.toMatch(/html|svg|\*/);
  for (const file of [
    { name: '查封清单.pdf', mimeType: 'application/pdf' },
    { name: '查封清单.html', mimeType: 'text/html' },
  ]) {
    await input.setInputFiles({ ...file, buffer: Buffer.from(PAGE) });
    await expect(officer.page.getByText(`文件“${file.name}”未保存`)).toBeVisible();
    await expect(officer.page.getByText(/文件内容不是允许的格式/).first()).toBeVisible();
  }
  await expect(visit.attachmentTiles).toHaveCount(0);

  // A photo with EXIF, a PNG and a recording are kept, each with its own capture time.
  await input.setInputFiles([
    `${MEDIA}/photo-exif.jpg`,
    'tests/fixtures/site-photo.png',
    `${MEDIA}/recording.wav`,
  ]);
  await expect(visit.attachmentTiles).toHaveCount(3);
  const stored = await readStore<{ fileName: string; mediaType: string; capturedAtSource: string }>(
    officer.page,
    'attachments',
  );
  expect(stored.map((a) => [a.fileName, a.mediaType, a.capturedAtSource]).sort()).toEqual([
    ['photo-exif.jpg', 'image/jpeg', 'exif'],
    ['recording.wav', 'audio/wav', 'file'],
    ['site-photo.png', 'image/png', 'file'],
  ]);

  // The photo shows inline, its caption saying the time is the camera's.
  await visit.attachmentTiles.filter({ hasText: 'photo-exif.jpg' }).click();
  const dialog = officer.page.getByRole('dialog');
  await expect(dialog.getByTestId('attachment-caption')).toContainText(
    '拍摄时间（照片 EXIF） 2024-03-15 09:41',
  );
  await expect
    .poll(() => dialog.getByTestId('attachment-image').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await officer.page.keyboard.press('Escape');

  // The recording plays: Chromium decoded it and knows its length.
  await visit.attachmentTiles.filter({ hasText: 'recording.wav' }).click();
  const audio = dialog.getByTestId('attachment-audio');
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => (Number.isFinite(a.duration) ? a.duration : 0)))
    .toBeGreaterThan(0.4);
  expect(await audio.evaluate((a: HTMLAudioElement) => a.src)).toMatch(/^blob:/);
  await officer.page.keyboard.press('Escape');
  await syncNow(officer);

  // A colleague's device sends a web page as "查封清单.pdf", under an allowed type name.
  await seedAttachment(server, 'demo-officer-3', {
    visitId,
    caseId: cases[0]!.id,
    fileName: '查封清单.pdf',
    mediaType: 'application/pdf',
    bytes: new TextEncoder().encode(PAGE),
  });

  // The lead opens it: it is refused as inert bytes, no script runs, nothing opens.
  const lead = await signInUser(browser, server, 'demo-officer-1');
  const popups: string[] = [];
  lead.context.on('page', (p) => popups.push(p.url()));
  await lead.page.goto(`./#/visits/${visitId}`);
  const leadVisit = new VisitPageModel(lead.page);
  await leadVisit.tab('photos');
  await expect(leadVisit.attachmentTiles).toHaveCount(4);
  await leadVisit.attachmentTiles.filter({ hasText: '查封清单.pdf' }).click();
  const leadDialog = lead.page.getByRole('dialog');
  await expect(leadDialog.getByTestId('attachment-refused')).toContainText('不是允许的格式');
  await expect(leadDialog.locator('iframe, object, embed, img, audio, video')).toHaveCount(0);
  // Saving it is offered (as inert bytes, to disk), never opening it.
  const download = lead.page.waitForEvent('download');
  await leadDialog.getByTestId('attachment-save').click();
  expect((await download).suggestedFilename()).toBe('查封清单.pdf');
  await lead.page.waitForTimeout(500);
  expect(await lead.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(popups).toEqual([]);
  expect(lead.context.pages()).toHaveLength(1);

  // The lead still sees the officer's photo and hears the recording, fetched from the court server.
  await lead.page.keyboard.press('Escape');
  await leadVisit.attachmentTiles.filter({ hasText: 'recording.wav' }).click();
  await expect
    .poll(() =>
      leadDialog
        .getByTestId('attachment-audio')
        .evaluate((a: HTMLAudioElement) => (Number.isFinite(a.duration) ? a.duration : 0)),
    )
    .toBeGreaterThan(0.4);
});
