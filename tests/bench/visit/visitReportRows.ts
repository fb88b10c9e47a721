import { round, summarise } from '../stats';
import type { AddRowFigures, ImportFigures, PhotoFigures } from './pageVisitBench';

/** The visit benchmark's targets. */
export const VISIT_TARGETS = {
  addRowP95Ms: 16,
  importVsBulkPut: 0.5,
  importTotalMs: 3_000,
} as const;

export type VisitFigures = {
  addRows: AddRowFigures & { rowsBefore: number };
  imports: ImportFigures[];
  photos: PhotoFigures;
};

export type ReportRow = {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  verdict: string;
  isMet: boolean | null;
};

const n = (v: number) => Math.round(v).toLocaleString('en-US');
const median = (values: readonly number[]) => summarise(values).p50;

function atMost(value: number, target: number, unit: string): Pick<ReportRow, 'verdict' | 'isMet'> {
  if (value <= target) return { verdict: 'met', isMet: true };
  return {
    verdict: `NOT MET: ${round(value)} ${unit}, ${round(value / target)}× the target`,
    isMet: false,
  };
}

function atLeast(ratio: number, target: number): Pick<ReportRow, 'verdict' | 'isMet'> {
  if (ratio >= target) return { verdict: 'met', isMet: true };
  return { verdict: `NOT MET: needs ${round(target / ratio)}× faster`, isMet: false };
}

/** The median import run (by total time): the one reported in the table. */
export function medianImport(imports: readonly ImportFigures[]): ImportFigures {
  const sorted = [...imports].sort((a, b) => a.totalMs - b.totalMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** One row per figure, with its same-run baseline, the ratio, the target and whether it was met. */
export function visitReportRows(f: VisitFigures): ReportRow[] {
  const add = summarise(f.addRows.addMs);
  const rawPut = summarise(f.addRows.rawPutMs);
  const rawApp = summarise(f.addRows.rawAppTablesMs);
  const shown = summarise(f.addRows.shownMs);
  const imp = medianImport(f.imports);
  const appRate = (imp.rows / imp.totalMs) * 1000;
  const rawRate = (imp.rows / imp.rawBulkPutMs) * 1000;
  const importRatio = round(appRate / rawRate);
  const rateCheck = atLeast(importRatio, VISIT_TARGETS.importVsBulkPut);
  const totalCheck = atMost(imp.totalMs, VISIT_TARGETS.importTotalMs, 'ms');
  const capture = summarise(f.photos.captureMs);
  const rawPhoto = summarise(f.photos.rawMs);
  const p = f.photos.parts;
  const mib = round(f.photos.bytes / 2 ** 20);
  return [
    {
      figure: `add row → saved (visit holding ${n(f.addRows.rowsBefore)}→${n(f.addRows.rowsAtEnd)} rows, n=${add.n})`,
      value: `p50 ${add.p50} / p95 ${add.p95} ms (shown in live ledger p95 ${shown.p95} ms)`,
      baseline:
        `raw put p50 ${rawPut.p50} / p95 ${rawPut.p95} ms (row + outbox entry into indexed tables ` +
        `p50 ${rawApp.p50} / p95 ${rawApp.p95})`,
      ratio: `${round(add.p50 / rawPut.p50)}× p50, ${round(add.p95 / rawPut.p95)}× p95`,
      target: `p95 ≤ ${VISIT_TARGETS.addRowP95Ms} ms`,
      ...atMost(add.p95, VISIT_TARGETS.addRowP95Ms, 'ms'),
    },
    {
      figure: `XLSX import ${n(imp.rows)} rows (median of ${f.imports.length})`,
      value:
        `${n(imp.totalMs)} ms, ${n(appRate)} rows/s (read ${n(imp.readMs)}, preview ${n(imp.previewMs)}, ` +
        `build ${n(imp.buildMs)}, write ${n(imp.writeMs)}, after ${n(imp.afterWriteMs)})`,
      baseline:
        `raw bulkPut ${n(imp.rawBulkPutMs)} ms, ${n(rawRate)} rows/s (rows + outbox entries into indexed ` +
        `tables ${n(imp.rawAppTablesMs)} ms)`,
      ratio: `${importRatio}× the raw rate`,
      target: `≥ ${VISIT_TARGETS.importVsBulkPut}× raw, ≤ ${VISIT_TARGETS.importTotalMs / 1000} s`,
      verdict:
        rateCheck.isMet && totalCheck.isMet
          ? 'met'
          : [
              rateCheck.isMet ? 'rate met' : `rate ${rateCheck.verdict}`,
              totalCheck.isMet ? 'total met' : `total ${totalCheck.verdict}`,
            ].join('; '),
      isMet: rateCheck.isMet && totalCheck.isMet,
    },
    {
      figure: `photo ${mib} MiB capture → saved, SHA-256 + thumbnail (n=${capture.n})`,
      value:
        `p50 ${capture.p50} / p95 ${capture.p95} ms (parts, median: read ${median(p.readMs)}, sha256 ` +
        `${median(p.sha256Ms)}, thumbnail ${median(p.thumbnailMs)}, storeBlob ${median(p.storeBlobMs)}, ` +
        `record ${median(p.addRecordMs)})`,
      baseline: `digest + raw put p50 ${rawPhoto.p50} / p95 ${rawPhoto.p95} ms`,
      ratio: `${round(capture.p50 / rawPhoto.p50)}× (p50)`,
      target: 'report only',
      verdict: '-',
      isMet: null,
    },
  ];
}
