import { useMemo } from 'react';
import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';
import { useXlsxExport } from '../../../app/export/useXlsxExport';
import type { ExportMenuProps } from '../../../components/ExportMenu';
import { xlsxFileName } from '../../../app/export/xlsxFileName';
import { useServices } from '../../../app/services/servicesContext';
import { useLive } from '../../../data/useLive';
import { localToday } from '../localToday';
import type { InventoryText } from '../useInventoryText';
import { inventorySheet, type InventoryExportContext } from './inventorySheet';
import { sealedListSheet } from './sealedListSheet';

/**
 * The inventory panel's export menu: the visit's whole machinery list, or the 查封清单 of what is under a
 * measure, as .xlsx, titled with the case number and the visit's date (on this device's calendar).
 */
export function useInventoryExport(
  caseId: string,
  visitId: string,
  rows: readonly MachineryAsset[],
  text: InventoryText,
) {
  const { repos } = useServices();
  const { exportXlsx, isExporting } = useXlsxExport();
  const context = useLive(async (): Promise<InventoryExportContext> => {
    const [found, visit] = await Promise.all([repos.cases.get(caseId), repos.visits.get(visitId)]);
    return {
      caseNumber: found?.caseNumber ?? '',
      visitDate: visit ? localToday(new Date(visit.startedAt)) : localToday(),
    };
  }, [repos, caseId, visitId]);
  const { t } = text;
  return useMemo((): ExportMenuProps => {
    const c = context ?? { caseNumber: '', visitDate: localToday() };
    const run = (title: string, sheet: typeof inventorySheet) =>
      void exportXlsx(xlsxFileName(title, c.caseNumber, c.visitDate), () => [sheet(rows, c, t)]);
    return {
      label: t('inventory.export.button'),
      isBusy: isExporting,
      testId: 'inventory-export',
      items: [
        {
          key: 'inventory',
          label: t('inventory.export.inventory'),
          testId: 'inventory-export-list',
          onPick: () => run(t('inventory.export.inventoryTitle'), inventorySheet),
        },
        {
          key: 'sealed',
          label: t('inventory.export.sealed'),
          testId: 'inventory-export-sealed',
          onPick: () => run(t('inventory.export.sealedTitle'), sealedListSheet),
        },
      ],
    };
  }, [context, exportXlsx, isExporting, rows, t]);
}
