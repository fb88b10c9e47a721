import { Alert, Text } from '@mantine/core';
import type { Asset } from '../../../shared/assets/asset';
import { useT } from '../../app/i18n/useT';
import { useInventoryActions } from './useInventoryActions';

type Props = {
  caseId: string;
  visitId: string;
  /** The case's whole ledger: the panel's meter counts every measure on the case. */
  assets: Asset[];
  outstandingFen: number;
  isReadOnly: boolean;
};

/**
 * Mounts the inventory panel (grid, import, seals, meter) on the visit page with the visit's writes.
 * PLACEHOLDER until renderer/features/inventory/InventoryPanel.tsx lands: shows the row count only.
 */
export function InventorySection({ caseId, visitId, assets }: Props) {
  const t = useT();
  useInventoryActions(caseId, visitId);
  const rows = assets.filter((a) => a.visitId === visitId).length;
  return (
    <Alert color="gray" data-testid="inventory-placeholder">
      <Text size="sm">{t('visits.inventory.pending', { count: rows })}</Text>
    </Alert>
  );
}
