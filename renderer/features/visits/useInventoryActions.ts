import { useMemo } from 'react';
import { useServices } from '../../app/services/servicesContext';
import { newId } from '../../data/newId';
import type { InventoryActions } from '../inventory/InventoryActions';
import { useMutationContext } from '../../app/session/useMutationContext';

/**
 * The inventory panel's writes, over the case's asset ledger: every call is one transaction with one
 * outbox mutation per row (strict durability) and resolves once saved. Failures reject with the data
 * layer's error (InvalidDataError with codes, StorageFullError) for the panel to show; nothing is
 * half-written. `caseId` and `visitId` say where the panel's rows belong; rows naming another visit are
 * refused by the repository's checks.
 */
export function useInventoryActions(caseId: string, visitId: string): InventoryActions {
  const { repos } = useServices();
  const ctx = useMutationContext();
  const { userId, deviceId } = ctx;
  return useMemo(() => {
    const context = { userId, deviceId };
    const mine = <T extends { caseId: string; visitId: string | null }>(rows: T[]): T[] => {
      // A row for another case or visit here would be a bug in the panel: refuse it loudly.
      if (rows.some((r) => r.caseId !== caseId || r.visitId !== visitId))
        throw new Error(`inventory rows must belong to case ${caseId}, visit ${visitId}`);
      return rows;
    };
    return {
      async addItems(items) {
        await repos.assets.createMany(context, mine(items));
      },
      async updateItem(id, patch) {
        await repos.assets.update(context, id, patch);
      },
      async duplicateItem(id) {
        await repos.assets.duplicate(context, id, newId());
      },
      async carryForward(result) {
        await repos.assets.carryForward(
          context,
          { rows: mine(result.rows), possibleTransferFlags: result.possibleTransferFlags },
          newId,
        );
      },
    };
  }, [repos, userId, deviceId, caseId, visitId]);
}
