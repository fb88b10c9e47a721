import { Dexie, type Table } from 'dexie';
import { makeMachinery } from '../../../shared/assets/testing/makeAsset';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../../../renderer/data/createRepositories';
import { openDb, type FieldWritDb } from '../../../renderer/data/db';
import { newId } from '../../../renderer/data/newId';
import { sha256Hex } from '../../../renderer/data/sha256Hex';
import { migrations } from '../../../renderer/data/migrations/migrations';
import type { AssetRow, OutboxRow } from '../../../renderer/data/rows';
import { makeCase } from '../../../renderer/data/testing/makeCase';
import { mutationContextOf } from '../../../renderer/data/session/mutationContextOf';
import { createRowIdSource } from '../../../renderer/features/inventory/grid/rowIdSource';
import { importableCount } from '../../../renderer/features/inventory/import/importWizard';
import { nowIso } from '../../../renderer/app/time/localDateTime';
import { makeThumbnail } from '../../../renderer/features/visits/makeThumbnail';
import { getPlatform } from '../../../renderer/platform/getPlatform';
import type { Platform } from '../../../renderer/platform/Platform';
import { createCourtConnection } from '../../../renderer/sync/court/createCourtConnection';
import { SyncEngine } from '../../../renderer/sync/SyncEngine';
import { makeBenchPhotos } from './makeBenchPhotos';
import { mountVisitHarness, type VisitHandles } from './mountVisitHarness';

/*
 * Runs INSIDE Chromium: the benchmark page imports this module from the Vite dev server, so the visit
 * page's own hooks and repositories run exactly as in the app (mountVisitHarness), against IndexedDB on
 * disk with the app's strict durability. Baselines use raw Dexie in a second database of the same page,
 * with the same durability. Figures go back to the Playwright side as plain numbers.
 */

const ENTER = { key: 'Enter', isCtrl: false, isShift: false, isAlt: false, isComposing: false };

type RawDb = Dexie & {
  rows: Table<AssetRow, string>;
  blobs: Table<{ sha256: string; bytes: ArrayBuffer }, string>;
  appAssets: Table<AssetRow, string>;
  appOutbox: Table<OutboxRow, [string, number]>;
} & Record<`bulk${number}` | `appAssets${number}`, Table<AssetRow, string>> &
  Record<`appOutbox${number}`, Table<OutboxRow, [string, number]>>;

/** A table's indexes in the app's current schema (the last migration that declared it). */
function appTableSpec(table: 'assets' | 'outbox'): string {
  const spec = [...migrations].reverse().find((m) => m.stores[table] !== undefined)?.stores[table];
  if (!spec) throw new Error(`no migration declares ${table}`);
  return spec;
}

type Bench = {
  db: FieldWritDb;
  repos: Repositories;
  platform: Platform;
  raw: RawDb;
  harness: ReturnType<typeof mountVisitHarness>;
  ctx: { userId: string; deviceId: string };
  inventoryVisitId: string;
  importVisitIds: string[];
};

let bench: Bench | null = null;

function current(): Bench {
  if (!bench) throw new Error('setUpVisitBench has not run in this page');
  return bench;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Waits (outside any timing) until `ready` holds for the visit's latest render. */
async function until(
  visitId: string,
  ready: (h: VisitHandles) => boolean,
  what: string,
  timeoutMs = 60_000,
): Promise<VisitHandles> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const h = current().harness.handles(visitId);
    if (h && ready(h)) return h;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick();
  }
}

export type SetUpFigures = { seededRows: number; seedMs: number; deviceId: string };

/**
 * A fresh device database: one case with a draft visit whose inventory already holds `seededRows`
 * machines (written through the repository in one transaction, before anything is timed), and one more
 * case with an empty draft visit per import run. The visit page's hooks are then mounted for each visit.
 */
export async function setUpVisitBench(
  dbName: string,
  seededRows: number,
  importRuns: number,
): Promise<SetUpFigures> {
  await Promise.all([Dexie.delete(dbName), Dexie.delete(`${dbName}-raw`)]);
  const db = await openDb(dbName);
  const repos = createRepositories(db);
  const platform = getPlatform(repos.blobs);
  const deviceId = await repos.meta.deviceId();
  await repos.session.keepWriterIfUnknown({ userId: 'bench-officer', name: '压测执行员' });
  const writer = await repos.session.writer();
  const ctx = mutationContextOf(writer);
  const court = createCourtConnection({ credentials: repos.session });
  const sync = new SyncEngine({ repos, connection: court, appVersion: '0.1.0' });

  const cases = Array.from({ length: 1 + importRuns }, (_, i) => makeCase(i + 1));
  await repos.cases.putReceived(cases, null);
  const visitIds = cases.map((c) => `visit-${c.id}`);
  for (const [i, c] of cases.entries())
    await repos.visits.create(ctx, makeVisit({ id: visitIds[i]!, caseId: c.id }));
  const [inventoryVisitId, ...importVisitIds] = visitIds as [string, ...string[]];

  const ids = createRowIdSource().next(seededRows);
  const s0 = performance.now();
  await repos.assets.createMany(
    ctx,
    ids.map((id, i) =>
      makeMachinery({ id, caseId: cases[0]!.id, visitId: inventoryVisitId, serialNumber: `SEED-${i + 1}` }),
    ),
  );
  const seedMs = performance.now() - s0;

  const raw = new Dexie(`${dbName}-raw`, { chromeTransactionDurability: 'strict' }) as RawDb;
  // Plain tables (primary key only) for the baselines, and tables with the app's indexes for the
  // diagnostics that write exactly the rows and outbox entries the app wrote.
  const [assetsSpec, outboxSpec] = [appTableSpec('assets'), appTableSpec('outbox')];
  raw.version(1).stores({
    rows: 'id',
    blobs: 'sha256',
    appAssets: assetsSpec,
    appOutbox: outboxSpec,
    ...Object.fromEntries(
      importVisitIds.flatMap((_, i) => [
        [`bulk${i}`, 'id'],
        [`appAssets${i}`, assetsSpec],
        [`appOutbox${i}`, outboxSpec],
      ]),
    ),
  });
  await raw.open();

  const harness = mountVisitHarness(
    { repos, platform, court, sync },
    writer,
    visitIds.map((visitId, i) => ({ caseId: cases[i]!.id, visitId })),
  );
  bench = { db, repos, platform, raw, harness, ctx, inventoryVisitId, importVisitIds };
  await until(inventoryVisitId, (h) => !!h.visit && h.savedAssets === seededRows, 'the seeded ledger');
  for (const id of importVisitIds) await until(id, (h) => !!h.visit, `import visit ${id}`);
  return { seededRows, seedMs, deviceId };
}

export type AddRowFigures = {
  /** Enter on the grid's last row → the new row and its outbox mutation committed. */
  addMs: number[];
  /** Enter → the visit page's live ledger query has re-read the case and holds the new row. */
  shownMs: number[];
  /** Baseline: raw Dexie `put` of the same row into a plain table (primary key only). */
  rawPutMs: number[];
  /** Diagnostic: the same row and its stored outbox entry put in one transaction into tables indexed as the app's. */
  rawAppTablesMs: number[];
  rowsAtEnd: number;
  outboxCreatesAtEnd: number;
};

/**
 * Adds `count` rows one at a time the way an officer does: Enter on the last row of the grid
 * (useInventoryGrid → useRowWriter.add → useInventoryActions.addItems → assetRepository.createMany), each
 * on a quiet page (the previous row saved and shown), each followed by the raw `put` baseline.
 */
export async function measureAddRows(count: number): Promise<AddRowFigures> {
  const { db, raw, inventoryVisitId: visitId } = current();
  const settled = (h: VisitHandles) =>
    h.savedAssets === h.gridRows && h.grid.state.mode === 'nav' && h.grid.state.row === h.gridRows - 1;
  let h = await until(visitId, (x) => x.gridRows > 0, 'the grid rows');
  h.grid.selectRow(h.gridRows - 1);
  const figures: AddRowFigures = {
    addMs: [],
    shownMs: [],
    rawPutMs: [],
    rawAppTablesMs: [],
    rowsAtEnd: 0,
    outboxCreatesAtEnd: 0,
  };
  for (let i = 0; i < count; i++) {
    h = await until(visitId, settled, `row ${i} to settle`);
    const before = h.saves.length;
    const shownBefore = h.savedAssets;
    const t0 = performance.now();
    h.grid.dispatch({ type: 'key', key: ENTER });
    const save = h.saves[before];
    if (!save) throw new Error(`Enter on the last row (${h.gridRows}) added no row`);
    const savedAt = await save.done;
    figures.addMs.push(savedAt - t0);
    const shown = await until(visitId, (x) => x.savedAssets > shownBefore, `row ${i} in the live ledger`);
    figures.shownMs.push(shown.savedAssetsAt - t0);

    const row = { ...save.rows[0]!, baseSeq: null };
    const entries = await db.outbox.where('entityId').equals(row.id).toArray();
    const r0 = performance.now();
    await raw.rows.put(row);
    const r1 = performance.now();
    await raw.transaction('rw', raw.appAssets, raw.appOutbox, async () => {
      await raw.appAssets.put(row);
      await raw.appOutbox.bulkPut(entries);
    });
    figures.rawPutMs.push(r1 - r0);
    figures.rawAppTablesMs.push(performance.now() - r1);
  }
  figures.rowsAtEnd = await db.assets.where('visitId').equals(visitId).count();
  figures.outboxCreatesAtEnd = await db.outbox
    .filter((m) => m.entity === 'asset' && m.op === 'create')
    .count();
  return figures;
}

export type ImportFigures = {
  rows: number;
  /** The file chosen → rows of cell text (`readImportFile`: unzip and the workbook reader). */
  readMs: number;
  /** Mapping confirmed → every row mapped and checked for the preview (`applyMapping`). */
  previewMs: number;
  /** Confirm pressed → the import's rows built (`importItems`), up to the write. */
  buildMs: number;
  /** `addItems` of every good row: one transaction with one outbox mutation per row. */
  writeMs: number;
  /** After the write: the wizard re-checks what is left and reports. */
  afterWriteMs: number;
  totalMs: number;
  /** Confirm resolved → the live ledger query holds every imported row (not part of the total). */
  liveCatchUpMs: number;
  /** Baseline: raw Dexie `bulkPut` of the same stored rows into a fresh plain table, one call. */
  rawBulkPutMs: number;
  /**
   * Diagnostic: `bulkPut` of the same rows and their stored outbox entries, in one transaction, into fresh
   * tables indexed as the app's: what IndexedDB alone costs for what the import writes.
   */
  rawAppTablesMs: number;
  /** Of `rawAppTablesMs`: until the rows' requests succeeded (the outbox entries and the commit follow). */
  rawAppTablesAssetsPartMs: number;
  /** The size of one stored row and of its outbox entry, as JSON: what each write carries. */
  jsonCharsPerRow: number;
  jsonCharsPerOutboxEntry: number;
  rowsStored: number;
  outboxCreates: number;
};

/**
 * One XLSX import through the import wizard's hook (useImportWizard: readImportFile → fileRead → toPreview
 * → confirm → importItems → addItems), into the empty visit of run `run`, then the raw `bulkPut` baseline.
 * The person's pauses between the wizard's steps (a render each) are not timed.
 */
export async function measureImport(xlsxBase64: string, run: number): Promise<ImportFigures> {
  const { db, raw, importVisitIds } = current();
  const visitId = importVisitIds[run]!;
  const bytes = Uint8Array.from(atob(xlsxBase64), (c) => c.charCodeAt(0));
  const file = new File([bytes], `设备清单-${run + 1}.xlsx`, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  let h = await until(visitId, (x) => !!x.visit, 'the import visit');
  h.wizard.open();
  h = await until(visitId, (x) => x.wizard.state.step === 'choose', 'the wizard to open');

  const t0 = performance.now();
  await h.wizard.chooseFile(file);
  const t1 = performance.now();
  h = await until(visitId, (x) => x.wizard.state.step !== 'reading', 'the file to be read');
  if (h.wizard.state.step !== 'mapping') throw new Error(`file read ended in ${h.wizard.state.step}`);

  const t2 = performance.now();
  const preview = h.wizard.toPreview();
  const t3 = performance.now();
  if (preview.step !== 'preview')
    throw new Error(`mapping refused: ${JSON.stringify(preview)}`.slice(0, 500));
  const rows = importableCount(preview.result);
  h = await until(visitId, (x) => x.wizard.state.step === 'preview', 'the preview');

  const savesBefore = h.saves.length;
  const t4 = performance.now();
  await h.wizard.confirm();
  const t5 = performance.now();
  const save = h.saves[savesBefore];
  if (!save) throw new Error('confirm wrote nothing');
  const writtenAt = await save.done;
  const live = await until(visitId, (x) => x.savedAssets === rows, 'the imported rows in the live ledger');

  const stored = await db.assets.where('visitId').equals(visitId).toArray();
  const table = raw[`bulk${run}`];
  const r0 = performance.now();
  await table.bulkPut(stored);
  const rawBulkPutMs = performance.now() - r0;
  const storedIds = new Set(stored.map((r) => r.id));
  const entries = await db.outbox.filter((m) => m.op === 'create' && storedIds.has(m.entityId)).toArray();
  const a0 = performance.now();
  let a1 = a0;
  await raw.transaction('rw', raw[`appAssets${run}`], raw[`appOutbox${run}`], async () => {
    await raw[`appAssets${run}`].bulkPut(stored);
    a1 = performance.now();
    await raw[`appOutbox${run}`].bulkPut(entries);
  });
  const rawAppTablesMs = performance.now() - a0;
  return {
    rows,
    readMs: t1 - t0,
    previewMs: t3 - t2,
    buildMs: save.startedAt - t4,
    writeMs: writtenAt - save.startedAt,
    afterWriteMs: t5 - writtenAt,
    totalMs: t1 - t0 + (t3 - t2) + (t5 - t4),
    liveCatchUpMs: Math.max(0, live.savedAssetsAt - t5),
    rawBulkPutMs,
    rawAppTablesMs,
    rawAppTablesAssetsPartMs: a1 - a0,
    jsonCharsPerRow: JSON.stringify(stored[0]).length,
    jsonCharsPerOutboxEntry: JSON.stringify(entries[0]).length,
    rowsStored: stored.length,
    outboxCreates: entries.length,
  };
}

export type PhotoFigures = {
  bytes: number;
  /** `useAttachmentActions().attach` of one file: read, SHA-256, thumbnail, blob stored, record added. */
  captureMs: number[];
  /** Baseline: `crypto.subtle.digest` of the same bytes + raw Dexie `put` of them into a plain table. */
  rawMs: number[];
  /** The same app functions called one by one on further photos: where the capture's time goes. */
  parts: {
    readMs: number[];
    sha256Ms: number[];
    thumbnailMs: number[];
    storeBlobMs: number[];
    addRecordMs: number[];
  };
  attachmentsStored: number;
  blobsStored: number;
};

/**
 * Photo capture on the visit holding the inventory: `count` distinct JPEGs of `bytes` each (plus one
 * warm-up) through the attachment hook, each followed by the raw baseline, then `partsCount` more photos
 * through the same functions one at a time, to see where the time goes.
 */
export async function measurePhotos(count: number, bytes: number, partsCount: number): Promise<PhotoFigures> {
  const { db, repos, platform, raw, ctx, inventoryVisitId: visitId } = current();
  const files = await makeBenchPhotos(1 + count + partsCount, bytes);
  const h = await until(visitId, (x) => !!x.visit, 'the visit');
  const visit = h.visit!;
  const link = { entity: 'visit' as const, entityId: visit.id };
  const figures: PhotoFigures = {
    bytes,
    captureMs: [],
    rawMs: [],
    parts: { readMs: [], sha256Ms: [], thumbnailMs: [], storeBlobMs: [], addRecordMs: [] },
    attachmentsStored: 0,
    blobsStored: 0,
  };
  for (const [i, file] of files.slice(0, 1 + count).entries()) {
    const t0 = performance.now();
    const saved = await h.attachments.attach(visit, link, [file]);
    const t1 = performance.now();
    if (saved !== 1) throw new Error(`photo ${i} was not saved`);
    const photo = new Uint8Array(await file.arrayBuffer());
    const r0 = performance.now();
    const digest = await crypto.subtle.digest('SHA-256', photo);
    const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    await raw.blobs.put({ sha256, bytes: photo.buffer });
    const r1 = performance.now();
    // The first photo warms up the JPEG decoder, canvas and Web Crypto; it is not counted.
    if (i === 0) continue;
    figures.captureMs.push(t1 - t0);
    figures.rawMs.push(r1 - r0);
  }
  const { parts } = figures;
  for (const file of files.slice(1 + count)) {
    const p0 = performance.now();
    const photo = new Uint8Array(await file.arrayBuffer());
    const p1 = performance.now();
    const sha256 = await sha256Hex(photo);
    const p2 = performance.now();
    const thumbnail = await makeThumbnail(file);
    const p3 = performance.now();
    await platform.storeBlob(sha256, photo);
    const p4 = performance.now();
    await repos.attachments.add(ctx, {
      id: newId(),
      caseId: visit.caseId,
      visitId: visit.id,
      ...link,
      sha256,
      size: photo.byteLength,
      mediaType: 'image/jpeg',
      fileName: file.name,
      capturedAt: nowIso(),
      thumbnail,
    });
    const p5 = performance.now();
    parts.readMs.push(p1 - p0);
    parts.sha256Ms.push(p2 - p1);
    parts.thumbnailMs.push(p3 - p2);
    parts.storeBlobMs.push(p4 - p3);
    parts.addRecordMs.push(p5 - p4);
  }
  figures.attachmentsStored = await db.attachments.where('visitId').equals(visitId).count();
  figures.blobsStored = await db.blobs.count();
  return figures;
}
