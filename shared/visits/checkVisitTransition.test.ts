import { describe, expect, it } from 'vitest';
import { checkVisitTransition } from './checkVisitTransition';
import { makeVisit } from './testing/makeVisit';
import { visitSubmitBlockers } from './visitSubmitBlockers';

const ended = { endedAt: '2025-06-03T11:00:00+08:00' };

describe('visitSubmitBlockers', () => {
  it('lists every missing part of a fresh draft', () => {
    const fresh = makeVisit({ address: ' ', officersPresent: [], operatingState: null, findings: '' });
    expect(visitSubmitBlockers(fresh).map((b) => b.code)).toEqual([
      'visit.addressRequired',
      'visit.endRequired',
      'visit.noOfficers',
      'visit.operatingStateRequired',
      'visit.findingsRequired',
    ]);
  });

  it('is empty for a complete visit, even with one officer (that is a warning, not a blocker)', () => {
    expect(
      visitSubmitBlockers(makeVisit({ ...ended, officersPresent: [{ userId: 'u1', name: '王建国' }] })),
    ).toEqual([]);
  });
});

describe('checkVisitTransition', () => {
  it('refuses steps the state machine does not allow', () => {
    expect(checkVisitTransition(makeVisit({ ...ended }), 'approved')).toEqual(['visit.transitionNotAllowed']);
  });

  it('requires a complete record to submit or resubmit', () => {
    expect(checkVisitTransition(makeVisit(), 'submitted')).toEqual(['visit.endRequired']);
    expect(checkVisitTransition(makeVisit({ ...ended }), 'submitted')).toEqual([]);
    expect(checkVisitTransition(makeVisit({ state: 'returned', findings: '' }), 'resubmitted')).toEqual([
      'visit.endRequired',
      'visit.findingsRequired',
    ]);
  });

  it('lets the reviewer decide regardless of completeness checks', () => {
    expect(checkVisitTransition(makeVisit({ state: 'submitted' }), 'returned')).toEqual([]);
  });
});
