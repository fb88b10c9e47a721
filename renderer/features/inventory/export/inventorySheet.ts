import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';
import type { ExportSheet } from '../../../../shared/spreadsheet/writeXlsx';
import type { Params } from '../../../app/i18n/translate';
import type { MessageKey } from '../../../app/i18n/zhCN';

export type Translate = (key: MessageKey, params?: Params) => string;

/** What the export's title says: the case and the visit the list belongs to. */
export type InventoryExportContext = { caseNumber: string; visitDate: string };

/**
 * The machinery inventory of a visit as a sheet, in the grid's order and with the grid's column names
 * (Chinese or English, as the screen): values in yuan, valuation dates as dates, choices as their words.
 */
export function inventorySheet(
  rows: readonly MachineryAsset[],
  context: InventoryExportContext,
  t: Translate,
): ExportSheet {
  const col = (key: string) => t(`inventory.col.${key}` as MessageKey);
  return {
    name: t('inventory.export.inventorySheet'),
    titleLines: [
      t('inventory.export.inventoryTitle'),
      t('inventory.export.subtitle', { caseNumber: context.caseNumber, date: context.visitDate }),
    ],
    columns: [
      { header: col('rowNumber'), kind: 'integer', width: 6 },
      { header: col('name'), kind: 'text', width: 20 },
      { header: col('model'), kind: 'text' },
      { header: col('manufacturer'), kind: 'text' },
      { header: col('serialNumber'), kind: 'text' },
      { header: col('year'), kind: 'integer' },
      { header: col('quantity'), kind: 'integer' },
      { header: col('unit'), kind: 'text', width: 6 },
      { header: col('location'), kind: 'text' },
      { header: col('condition'), kind: 'text', width: 8 },
      { header: col('ownerClass'), kind: 'text', width: 10 },
      { header: col('value'), kind: 'yuan' },
      { header: col('valuationMethod'), kind: 'text', width: 12 },
      { header: t('inventory.export.valuationDate'), kind: 'date' },
      { header: col('measureKind'), kind: 'text', width: 10 },
      { header: col('sealNoticeNumber'), kind: 'text' },
      { header: col('custodian'), kind: 'text', width: 10 },
    ],
    rows: rows.map((a, i) => [
      i + 1,
      a.name,
      a.model,
      a.manufacturer,
      a.serialNumber,
      a.year,
      a.quantity,
      a.unit,
      a.location,
      a.condition === null ? null : t(`inventory.condition.${a.condition}`),
      t(`inventory.owner.${a.ownerClass}`),
      a.valuation?.valueFen ?? null,
      a.valuation === null ? null : t(`inventory.method.${a.valuation.method}`),
      a.valuation?.date ?? null,
      measureText(a, t),
      a.measure.sealNoticeNumber,
      a.measure.custodian,
    ]),
  };
}

/** The measure's word (活封, 死封, 扣押); a kind without a catalog word shows its code. */
export function measureText(asset: MachineryAsset, t: Translate): string {
  const key = `inventory.measure.${asset.measure.kind}`;
  return MEASURE_KEYS.has(key) ? t(key as MessageKey) : asset.measure.kind;
}

const MEASURE_KEYS = new Set([
  'inventory.measure.none',
  'inventory.measure.live_seal',
  'inventory.measure.full_seal',
  'inventory.measure.removed',
]);
