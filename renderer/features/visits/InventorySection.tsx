import { memo } from 'react';
import type { Asset } from '../../../shared/assets/asset';
import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';
import { AssetHistoryPicker } from '../history/AssetHistoryPicker';
import { InventoryPanel } from '../inventory/InventoryPanel';
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
 * The inventory panel (grid, import, carry-forward, seals, over-seizure meter) on the visit page, writing
 * through this visit's asset ledger actions, with the case's possible-transfer flags. Memoised: typing in
 * the visit log must not re-render hundreds of inventory rows.
 */
export const InventorySection = memo(function InventorySection({
  caseId,
  visitId,
  assets,
  outstandingFen,
  isReadOnly,
}: Props) {
  const { repos } = useServices();
  const actions = useInventoryActions(caseId, visitId);
  const flags = useLive(() => repos.assets.flagsForCase(caseId), [repos, caseId], []);
  return (
    <>
      <InventoryPanel
        caseId={caseId}
        visitId={visitId}
        assets={assets}
        outstandingFen={outstandingFen}
        isReadOnly={isReadOnly}
        actions={actions}
        transferFlags={flags}
      />
      <AssetHistoryPicker assets={assets.filter((a) => a.visitId === visitId)} />
    </>
  );
});
