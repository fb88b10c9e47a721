import type { Asset } from '../../../../shared/assets/asset';
import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';

/**
 * Edits sent to `updateItem` whose result the ledger does not show yet, by row id. The grid shows rows
 * through this overlay so a committed cell never flickers back to its old value while the write and the
 * live query catch up; an entry goes once the ledger shows the same value (or the write fails).
 */
export type Overlay = ReadonlyMap<string, Partial<MachineryAsset>>;

export const EMPTY_OVERLAY: Overlay = new Map();

/** The overlay with `patch` laid over what is pending for the row. */
export function withPatch(overlay: Overlay, id: string, patch: Partial<MachineryAsset>): Overlay {
  const next = new Map(overlay);
  next.set(id, { ...overlay.get(id), ...patch });
  return next;
}

/** The overlay without the fields of a failed write (unless a later edit replaced them meanwhile). */
export function withoutPatch(overlay: Overlay, id: string, patch: Partial<MachineryAsset>): Overlay {
  const pending = overlay.get(id);
  if (pending === undefined) return overlay;
  const rest: Partial<MachineryAsset> = { ...pending };
  for (const key of Object.keys(patch) as (keyof MachineryAsset)[]) {
    if (isEqual(rest[key], patch[key])) delete rest[key];
  }
  const next = new Map(overlay);
  if (Object.keys(rest).length === 0) next.delete(id);
  else next.set(id, rest);
  return next;
}

/** Drops every pending field the ledger now shows; returns the same object when nothing changed. */
export function pruneOverlay(overlay: Overlay, assets: readonly Asset[]): Overlay {
  if (overlay.size === 0) return overlay;
  const byId = new Map<string, Asset>();
  for (const a of assets) if (overlay.has(a.id)) byId.set(a.id, a);
  let next: Map<string, Partial<MachineryAsset>> | null = null;
  for (const [id, pending] of overlay) {
    const saved = byId.get(id);
    if (saved === undefined || saved.class !== 'machinery') continue;
    const rest: Partial<MachineryAsset> = {};
    let kept = 0;
    for (const key of Object.keys(pending) as (keyof MachineryAsset)[]) {
      if (!isEqual(saved[key], pending[key])) {
        Object.assign(rest, { [key]: pending[key] });
        kept++;
      }
    }
    if (kept === Object.keys(pending).length) continue;
    next ??= new Map(overlay);
    if (kept === 0) next.delete(id);
    else next.set(id, rest);
  }
  return next ?? overlay;
}

/**
 * The ledger as the screen shows it: saved assets with pending edits laid over them (untouched assets keep
 * their identity, so memoised rows do not re-render), then rows added on this screen that the ledger does
 * not list yet.
 */
export function applyOverlay(
  assets: readonly Asset[],
  overlay: Overlay,
  pendingNew: readonly MachineryAsset[],
): Asset[] {
  const seen = new Set<string>();
  const out: Asset[] = assets.map((a) => {
    if (pendingNew.length > 0) seen.add(a.id);
    const patch = overlay.get(a.id);
    return patch === undefined || a.class !== 'machinery' ? a : { ...a, ...patch };
  });
  for (const row of pendingNew) {
    if (seen.has(row.id)) continue;
    const patch = overlay.get(row.id);
    out.push(patch === undefined ? row : { ...row, ...patch });
  }
  return out;
}

/** Structural equality for the plain data of an asset field (strings, numbers, null, flat objects). */
export function isEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => isEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
