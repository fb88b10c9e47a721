import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { Asset } from '../../../shared/assets/asset';
import type { AssetMeasure } from '../../../shared/assets/assetMeasure';
import { useServices } from '../../app/services/servicesContext';
import { useMutationContext } from '../../app/session/useMutationContext';
import { describeInventoryError } from '../inventory/describeInventoryError';
import type { LedgerText } from './useLedgerText';

/**
 * Writes a renewal the dialog has checked (`renewalOf`): the asset's measure with the renewal appended,
 * through the asset repository, so it is one mutator transaction with its outbox entry and syncs like any
 * other edit. Resolves true once saved; tells the officer why not otherwise (the repository refuses a row
 * of a visit that is no longer editable, and says so).
 */
export function useRenewMeasure(text: LedgerText) {
  const { repos } = useServices();
  const ctx = useMutationContext();
  return useCallback(
    async (asset: Asset, measure: AssetMeasure, lastDay: string): Promise<boolean> => {
      try {
        await repos.assets.update(ctx, asset.id, { measure });
        notifications.show({ color: 'teal', message: text.t('ledger.renew.done', { lastDay }) });
        return true;
      } catch (error) {
        notifications.show({
          color: 'red',
          message: text.t('ledger.renew.failed', { message: describeInventoryError(error, text) }),
        });
        return false;
      }
    },
    [repos, ctx, text],
  );
}
