import { describe, expect, it } from 'vitest';
import { checkVisitTransition } from './checkVisitTransition';
import { makeIncident } from './testing/makeIncident';
import { makeVisit } from './testing/makeVisit';
import { visitSubmitBlockers } from './visitSubmitBlockers';

const ended = { endedAt: '2025-06-03T11:00:00+08:00' };

describe('visitSubmitBlockers', () => {
  it('lists every missing part of a fresh draft', () => {
    const fresh = makeVisit({ address: ' ', officersPresent: [], operatingState: null, findings: '' });
    expect(visitSubmitBlockers(fresh, []).map((b) => b.code)).toEqual([
      'visit.addressRequired',
      'visit.endRequired',
      'visit.noOfficers',
      'visit.operatingStateRequired',
      'visit.findingsRequired',
    ]);
  });

  it('is empty for a complete visit, even with one officer (that is a warning, not a blocker)', () => {
    expect(
      visitSubmitBlockers(makeVisit({ ...ended, officersPresent: [{ userId: 'u1', name: '王建国' }] }), []),
    ).toEqual([]);
  });

  it('names each person row typed without a name, in the visit and in its incidents', () => {
    const visit = makeVisit({
      ...ended,
      enterprisePeople: [
        { name: '张强', role: '厂长' },
        { name: ' ', role: '会计' },
        { name: '', role: '' },
      ],
    });
    const incident = makeIncident({
      id: 'i7',
      persons: [
        { name: '赵某', role: '职工' },
        { name: '', role: '保安' },
      ],
    });
    expect(visitSubmitBlockers(visit, [incident])).toEqual([
      { code: 'visit.personNameRequired', path: 'enterprisePeople.1.name', row: 1 },
      { code: 'visit.personNameRequired', path: 'enterprisePeople.2.name', row: 2 },
      { code: 'incident.personNameRequired', path: 'incidents.i7.persons.1.name', row: 1, incidentId: 'i7' },
    ]);
  });
});

describe('checkVisitTransition', () => {
  it('refuses steps the state machine does not allow', () => {
    expect(checkVisitTransition(makeVisit({ ...ended }), 'approved', [])).toEqual([
      'visit.transitionNotAllowed',
    ]);
  });

  it('requires a complete record to submit or resubmit', () => {
    expect(checkVisitTransition(makeVisit(), 'submitted', [])).toEqual(['visit.endRequired']);
    expect(checkVisitTransition(makeVisit({ ...ended }), 'submitted', [])).toEqual([]);
    expect(checkVisitTransition(makeVisit({ state: 'returned', findings: '' }), 'resubmitted', [])).toEqual([
      'visit.endRequired',
      'visit.findingsRequired',
    ]);
  });

  it('refuses to resubmit while a person row has no name, saying so once however many rows', () => {
    const returned = makeVisit({
      ...ended,
      state: 'returned',
      enterprisePeople: [
        { name: '', role: '会计' },
        { name: '', role: '出纳' },
      ],
    });
    expect(checkVisitTransition(returned, 'resubmitted', [])).toEqual(['visit.personNameRequired']);
    const withIncident = makeVisit({ ...ended });
    expect(
      checkVisitTransition(withIncident, 'submitted', [
        makeIncident({ persons: [{ name: '', role: '职工' }] }),
      ]),
    ).toEqual(['incident.personNameRequired']);
  });

  it('lets the reviewer decide regardless of completeness checks', () => {
    expect(checkVisitTransition(makeVisit({ state: 'submitted' }), 'returned', [])).toEqual([]);
  });
});
