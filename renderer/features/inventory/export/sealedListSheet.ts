import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';
import { isUnderMeasure } from '../../../../shared/assets/assetMeasure';
import type { ExportSheet } from '../../../../shared/spreadsheet/writeXlsx';
import type { MessageKey } from '../../../app/i18n/zhCN';
import { measureText, type InventoryExportContext, type Translate } from './inventorySheet';

/**
 * The 查封清单 of a visit: the machines under a measure (live seal, full seal, removal), with what the seizure
 * notice and the list of property must name — the property, its quantity and place, the measure, the
 * notice number and the custodian — and a 合计 line of the quantities and valued amounts.
 */
export function sealedListSheet(
  rows: readonly MachineryAsset[],
  context: InventoryExportContext,
  t: Translate,
): ExportSheet {
  const col = (key: string) => t(`inventory.col.${key}` as MessageKey);
  const sealed = rows.filter((a) => isUnderMeasure(a.measure));
  const valued = sealed.filter((a) => a.valuation !== null);
  const body = sealed.map((a, i) => [
    i + 1,
    a.name,
    a.model,
    a.serialNumber,
    a.quantity,
    a.unit,
    a.location,
    measureText(a, t),
    a.measure.sealNoticeNumber,
    a.measure.custodian,
    t(`inventory.owner.${a.ownerClass}`),
    a.valuation?.valueFen ?? null,
  ]);
  const total = [
    null,
    t('inventory.export.total'),
    null,
    null,
    sealed.reduce((n, a) => n + a.quantity, 0),
    null,
    null,
    null,
    null,
    null,
    null,
    valued.length === 0 ? null : valued.reduce((n, a) => n + a.valuation!.valueFen, 0),
  ];
  return {
    name: t('inventory.export.sealedSheet'),
    titleLines: [
      t('inventory.export.sealedTitle'),
      t('inventory.export.subtitle', { caseNumber: context.caseNumber, date: context.visitDate }),
    ],
    columns: [
      { header: col('rowNumber'), kind: 'integer', width: 6 },
      { header: t('inventory.export.property'), kind: 'text', width: 20 },
      { header: col('model'), kind: 'text' },
      { header: col('serialNumber'), kind: 'text' },
      { header: col('quantity'), kind: 'integer' },
      { header: col('unit'), kind: 'text', width: 6 },
      { header: col('location'), kind: 'text' },
      { header: col('measureKind'), kind: 'text', width: 10 },
      { header: col('sealNoticeNumber'), kind: 'text' },
      { header: col('custodian'), kind: 'text', width: 10 },
      { header: col('ownerClass'), kind: 'text', width: 10 },
      { header: col('value'), kind: 'yuan' },
    ],
    rows: sealed.length === 0 ? [] : [...body, total],
  };
}
