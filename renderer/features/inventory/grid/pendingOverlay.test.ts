import { describe, expect, it } from 'vitest';
import { makeDeposit, makeMachinery, measureOf } from '../../../../shared/assets/testing/makeAsset';
import { applyOverlay, EMPTY_OVERLAY, pruneOverlay, withoutPatch, withPatch } from './pendingOverlay';

describe('pending overlay', () => {
  const a = makeMachinery({ id: 'a' });
  const b = makeMachinery({ id: 'b' });
  const deposit = makeDeposit();

  it('shows pending edits over saved rows and keeps untouched rows identical', () => {
    const overlay = withPatch(EMPTY_OVERLAY, 'a', { name: '新名称' });
    const shown = applyOverlay([a, b, deposit], overlay, []);
    expect(shown[0]).toMatchObject({ id: 'a', name: '新名称' });
    expect(shown[1]).toBe(b);
    expect(shown[2]).toBe(deposit);
  });

  it('lists rows added here until the ledger has them, with their pending edits', () => {
    const c = makeMachinery({ id: 'c', name: '' });
    const overlay = withPatch(EMPTY_OVERLAY, 'c', { name: '钻床' });
    expect(applyOverlay([a], overlay, [c]).map((r) => r.id)).toEqual(['a', 'c']);
    expect(applyOverlay([a], overlay, [c])[1]).toMatchObject({ name: '钻床' });
    expect(applyOverlay([a, c], overlay, [c]).map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('drops a pending field once the ledger shows the same value, objects compared by content', () => {
    let overlay = withPatch(EMPTY_OVERLAY, 'a', { name: 'x', measure: measureOf('live_seal') });
    overlay = pruneOverlay(overlay, [{ ...a, name: 'x' }]);
    expect(overlay.get('a')).toEqual({ measure: measureOf('live_seal') });
    overlay = pruneOverlay(overlay, [{ ...a, name: 'x', measure: { ...measureOf('live_seal') } }]);
    expect(overlay.size).toBe(0);
  });

  it('keeps a newer pending value when an older one arrives', () => {
    const overlay = withPatch(withPatch(EMPTY_OVERLAY, 'a', { name: 'x' }), 'a', { name: 'xy' });
    expect(pruneOverlay(overlay, [{ ...a, name: 'x' }])).toBe(overlay);
  });

  it('removes a failed write, unless a later edit replaced it', () => {
    const overlay = withPatch(EMPTY_OVERLAY, 'a', { name: 'x', year: 2001 });
    expect(withoutPatch(overlay, 'a', { name: 'x' }).get('a')).toEqual({ year: 2001 });
    expect(withoutPatch(overlay, 'a', { name: 'old' }).get('a')).toEqual({ name: 'x', year: 2001 });
    expect(withoutPatch(withoutPatch(overlay, 'a', { name: 'x' }), 'a', { year: 2001 }).size).toBe(0);
  });
});
