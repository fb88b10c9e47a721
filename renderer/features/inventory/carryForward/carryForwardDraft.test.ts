import { describe, expect, it } from 'vitest';
import { reconcileCarryForward } from '../../../../shared/assets/reconcileCarryForward';
import { makeDeposit, makeMachinery, measureOf } from '../../../../shared/assets/testing/makeAsset';
import {
  carryForwardBlockers,
  carryForwardCandidates,
  EMPTY_DRAFT,
  marksOf,
  withLocation,
  withMark,
  withRemainingMarked,
} from './carryForwardDraft';

const lathe = makeMachinery({ id: 'a1', visitId: 'v1', measure: measureOf('live_seal') });
const press = makeMachinery({ id: 'a2', visitId: 'v1', name: '液压机', serialNumber: 'HP-0091' });
const crane = makeMachinery({ id: 'a3', visitId: 'v1', name: '起重机', serialNumber: 'QZ-7781' });

describe('carryForwardCandidates', () => {
  it('lists current machinery of other visits only, in recorded order', () => {
    const carried = makeMachinery({
      id: 'b1',
      visitId: 'v2',
      carriedFrom: { assetId: 'a1', mark: 'present' },
    });
    const ledger = [crane, carried, press, lathe, makeDeposit()];
    expect(carryForwardCandidates(ledger, 'v2').map((a) => a.id)).toEqual(['a2', 'a3']);
  });

  it('leaves out items already flagged missing on this visit', () => {
    const flag = {
      code: 'asset.possibleTransfer' as const,
      caseId: 'c1',
      assetId: 'a2',
      lastSeenVisitId: 'v1',
      detectedOnVisitId: 'v2',
      identity: {
        name: '',
        model: '',
        manufacturer: '',
        serialNumber: '',
        quantity: 1,
        unit: '',
        location: '',
      },
      measureKind: 'none' as const,
    };
    expect(carryForwardCandidates([lathe, press], 'v2', [flag]).map((a) => a.id)).toEqual(['a1']);
  });
});

describe('carry-forward marks', () => {
  it('blocks until every item is marked and every moved item has its new place', () => {
    const items = [lathe, press, crane];
    let draft = withMark(EMPTY_DRAFT, 'a1', 'present');
    expect(carryForwardBlockers(items, draft)).toEqual({ unmarked: 2, movedWithoutLocation: 0 });
    draft = withMark(draft, 'a2', 'moved');
    draft = withRemainingMarked(draft, ['a1', 'a2', 'a3'], 'missing');
    expect(draft.get('a1')?.mark).toBe('present');
    expect(carryForwardBlockers(items, draft)).toEqual({ unmarked: 0, movedWithoutLocation: 1 });
    draft = withLocation(draft, 'a2', '三号车间');
    expect(carryForwardBlockers(items, draft)).toEqual({ unmarked: 0, movedWithoutLocation: 0 });
  });

  it('feeds reconcileCarryForward: present and moved become rows, missing becomes a transfer flag', () => {
    let draft = withMark(EMPTY_DRAFT, 'a1', 'present');
    draft = withLocation(draft, 'a2', '三号车间');
    draft = withMark(draft, 'a3', 'missing');
    let n = 0;
    const result = reconcileCarryForward([lathe, press, crane], marksOf(draft), {
      visitId: 'v2',
      newId: () => `n${++n}`,
    });
    expect(result.unmarked).toEqual([]);
    expect(result.rows.map((r) => [r.id, r.location, r.carriedFrom?.mark, r.measure.kind])).toEqual([
      ['n1', '一号车间', 'present', 'live_seal'],
      ['n2', '三号车间', 'moved', 'none'],
    ]);
    expect(result.possibleTransferFlags.map((f) => [f.assetId, f.identity.serialNumber])).toEqual([
      ['a3', 'QZ-7781'],
    ]);
  });
});
