import { useCallback, useMemo, useState } from 'react';
import type { Asset } from '../../../shared/assets/asset';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';
import {
  applyOverlay,
  EMPTY_OVERLAY,
  pruneOverlay,
  withoutPatch,
  withPatch,
  type Overlay,
} from './grid/pendingOverlay';

/**
 * The case ledger as this screen shows it: the saved assets plus writes in flight (see `pendingOverlay`).
 * Pending entries are dropped as the live ledger catches up, or when their write fails.
 */
export function usePendingLedger(assets: readonly Asset[]) {
  const [overlay, setOverlay] = useState<Overlay>(EMPTY_OVERLAY);
  const [pendingNew, setPendingNew] = useState<readonly MachineryAsset[]>([]);

  // Catch up with a new ledger while rendering (not in an effect), so no frame shows both the saved row and
  // its stale pending value.
  const [seen, setSeen] = useState(assets);
  if (seen !== assets) {
    setSeen(assets);
    setOverlay((o) => pruneOverlay(o, assets));
    setPendingNew((p) => {
      if (p.length === 0) return p;
      const saved = new Set(assets.map((a) => a.id));
      const rest = p.filter((r) => !saved.has(r.id));
      return rest.length === p.length ? p : rest;
    });
  }

  const ledger = useMemo(() => applyOverlay(assets, overlay, pendingNew), [assets, overlay, pendingNew]);

  return {
    ledger,
    patchRow: useCallback(
      (id: string, patch: Partial<MachineryAsset>) => setOverlay((o) => withPatch(o, id, patch)),
      [],
    ),
    failRow: useCallback(
      (id: string, patch: Partial<MachineryAsset>) => setOverlay((o) => withoutPatch(o, id, patch)),
      [],
    ),
    addPending: useCallback((rows: readonly MachineryAsset[]) => setPendingNew((p) => [...p, ...rows]), []),
    dropPending: useCallback((ids: readonly string[]) => {
      const gone = new Set(ids);
      setPendingNew((p) => p.filter((r) => !gone.has(r.id)));
    }, []),
  };
}
