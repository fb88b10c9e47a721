import { chromium, expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_DEV_PORT } from '../../playwright.bench.config';
import { chromiumLaunch } from '../../playwright.config';
import { makeInventoryXlsx } from '../fixtures/inventory/makeInventoryXlsx';
import { summarise } from './stats';
import { formatTable } from './sync/formatTable';
import type * as PageVisitBenchNs from './visit/pageVisitBench';
import { withCpuProfile } from './visit/withCpuProfile';
import { VISIT_TARGETS, visitReportRows, type VisitFigures } from './visit/visitReportRows';

type PageVisitBench = typeof PageVisitBenchNs;

const SIZE = {
  /** Rows already in the visit before rows are added one at a time. */
  seededRows: 1_500,
  /** Rows added one at a time (Enter on the last row), so the visit ends with 2,000. */
  addedRows: 500,
  importRows: 5_000,
  importRuns: 5,
  photoBytes: 5 * 2 ** 20,
  photos: 10,
  photoParts: 3,
} as const;

/**
 * FIELDWRIT_VISIT_PROFILE=1: after the measured runs, one more import and 100 more added rows run under the
 * CPU profiler (not counted); their profiles go to test-results/visit-bench/ and the functions with the
 * most self time are printed.
 */
const isProfiling = process.env.FIELDWRIT_VISIT_PROFILE === '1';
// FIELDWRIT_BENCH_DEV_PORT: with visit/playwright.config.ts only (see there).
const dev = `http://127.0.0.1:${process.env.FIELDWRIT_BENCH_DEV_PORT ?? BENCH_DEV_PORT}/`;
const PAGE_MODULE = `/@fs${fileURLToPath(new URL('./visit/pageVisitBench.ts', import.meta.url))}`;
const BLANK_PAGE = fileURLToPath(new URL('./visit/visitBench.html', import.meta.url));

/**
 * Visit benchmark in Chromium, on IndexedDB on disk (a persistent profile, as on an officer's laptop;
 * Playwright's ordinary contexts keep IndexedDB in memory), with the visit page's own hooks and repositories
 * loaded from the Vite dev server. Every figure is printed beside a raw-Dexie baseline measured in the same
 * page and run, because absolute times drift on shared machines. Targets: add row → saved p95 ≤ 16 ms with
 * up to 2,000 rows in the visit; a 5,000-row XLSX import ≥ 0.5× a raw bulkPut of the same rows and ≤ 3 s;
 * a 5 MiB photo's capture (SHA-256 and thumbnail included) is reported beside a digest and raw put.
 */
test('visit with 2,000 inventory rows: add row, 5,000-row XLSX import, 5 MiB photo', async () => {
  const t0 = Date.now();
  const phase = (name: string) =>
    console.log(`[visit bench +${((Date.now() - t0) / 1000).toFixed(1)} s] ${name}`);
  // The enterprise's list as Excel writes it, by an independent writer (exceljs), not timed.
  const xlsx = Buffer.from(await makeInventoryXlsx(SIZE.importRows)).toString('base64');
  phase(`generated a ${SIZE.importRows}-row workbook (${Math.round((xlsx.length * 3) / 4 / 1024)} KiB)`);

  const profileDir = mkdtempSync(join(tmpdir(), 'fieldwrit-visit-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, { ...chromiumLaunch, headless: true });
  let figures: VisitFigures;
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    // The app logs a failed capture or write (and then carries on): show it beside the figures.
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`[page console] ${m.text()}`);
    });
    // A blank document of the dev server's origin: the app itself must not start (it would load its demo
    // court and its sync engine beside the measurements).
    await page.goto(`${dev}@fs${BLANK_PAGE}`);
    // Loading the module once first lets Vite transform and pre-bundle everything outside the timings.
    await page.evaluate(async (url) => void (await import(/* @vite-ignore */ url)), PAGE_MODULE);
    const setUp = await page.evaluate(
      async ({ url, seeded, runs }) =>
        ((await import(/* @vite-ignore */ url)) as PageVisitBench).setUpVisitBench(
          'fieldwrit-visit-bench',
          seeded,
          runs,
        ),
      { url: PAGE_MODULE, seeded: SIZE.seededRows, runs: SIZE.importRuns + (isProfiling ? 1 : 0) },
    );
    phase(`seeded ${setUp.seededRows} rows in one transaction (${Math.round(setUp.seedMs)} ms)`);

    const addRows = await page.evaluate(
      async ({ url, count }) =>
        ((await import(/* @vite-ignore */ url)) as PageVisitBench).measureAddRows(count),
      { url: PAGE_MODULE, count: SIZE.addedRows },
    );
    phase(`added ${SIZE.addedRows} rows one at a time`);

    const imports = [];
    for (let i = 0; i < SIZE.importRuns; i++) {
      imports.push(
        await page.evaluate(
          async ({ url, xlsx, i }) =>
            ((await import(/* @vite-ignore */ url)) as PageVisitBench).measureImport(xlsx, i),
          { url: PAGE_MODULE, xlsx, i },
        ),
      );
      phase(`import ${i + 1}: ${Math.round(imports[i]!.totalMs)} ms`);
    }

    const photos = await page.evaluate(
      async ({ url, count, bytes, parts }) =>
        ((await import(/* @vite-ignore */ url)) as PageVisitBench).measurePhotos(count, bytes, parts),
      { url: PAGE_MODULE, count: SIZE.photos, bytes: SIZE.photoBytes, parts: SIZE.photoParts },
    );
    phase(`captured ${SIZE.photos} photos`);
    if (isProfiling) {
      const outDir = 'test-results/visit-bench';
      await withCpuProfile(page, outDir, 'import', () =>
        page.evaluate(
          async ({ url, xlsx, i }) =>
            ((await import(/* @vite-ignore */ url)) as PageVisitBench).measureImport(xlsx, i),
          { url: PAGE_MODULE, xlsx, i: SIZE.importRuns },
        ),
      );
      await withCpuProfile(page, outDir, 'add-rows', () =>
        page.evaluate(
          async ({ url }) => ((await import(/* @vite-ignore */ url)) as PageVisitBench).measureAddRows(100),
          { url: PAGE_MODULE },
        ),
      );
    }
    figures = { addRows: { ...addRows, rowsBefore: SIZE.seededRows }, imports, photos };
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }

  const rows = visitReportRows(figures);
  const table = formatTable(
    ['figure', 'value', 'baseline (same run)', 'ratio', 'target', 'verdict'],
    rows.map((r) => [r.figure, r.value, r.baseline, r.ratio, r.target, r.verdict]),
  );
  const durationS = Math.round((Date.now() - t0) / 1000);
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, node: process.version },
    indexedDb: 'Chromium (headless, persistent profile on disk), app modules served by the Vite dev server',
    size: SIZE,
    targets: VISIT_TARGETS,
    summary: {
      addMs: summarise(figures.addRows.addMs),
      addShownMs: summarise(figures.addRows.shownMs),
      rawPutMs: summarise(figures.addRows.rawPutMs),
      importTotalMs: summarise(figures.imports.map((i) => i.totalMs)),
      importRawBulkPutMs: summarise(figures.imports.map((i) => i.rawBulkPutMs)),
      photoCaptureMs: summarise(figures.photos.captureMs),
      photoRawMs: summarise(figures.photos.rawMs),
    },
    verdicts: rows.map(({ figure, isMet }) => ({ figure, isMet })),
    imports: figures.imports,
    photoParts: figures.photos.parts,
    durationS,
  };
  console.log(`\nFieldWrit visit benchmark (Chromium, ${cpus().length} cores, ${durationS} s)\n${table}\n`);
  mkdirSync('tests/bench/results', { recursive: true });
  writeFileSync(
    'tests/bench/results/visit.latest.json',
    `${JSON.stringify({ ...results, table }, null, 2)}\n`,
  );

  // Targets are reported, not asserted; what is asserted is that the benchmark measured what it claims.
  expect(figures.addRows.addMs).toHaveLength(SIZE.addedRows);
  expect(figures.addRows.rowsAtEnd).toBe(SIZE.seededRows + SIZE.addedRows);
  expect(figures.addRows.outboxCreatesAtEnd).toBeGreaterThanOrEqual(SIZE.seededRows + SIZE.addedRows);
  for (const i of figures.imports) {
    expect(i.rows).toBe(SIZE.importRows);
    expect(i.rowsStored).toBe(SIZE.importRows);
    expect(i.outboxCreates).toBe(SIZE.importRows);
  }
  expect(figures.photos.captureMs).toHaveLength(SIZE.photos);
  expect(figures.photos.attachmentsStored).toBe(1 + SIZE.photos + SIZE.photoParts);
  expect(figures.photos.blobsStored).toBe(1 + SIZE.photos + SIZE.photoParts);
});
