import { describe, expect, it } from 'vitest';
import { makeVisit } from './testing/makeVisit';
import { visitWarnings } from './visitWarnings';

const codes = (v: Parameters<typeof visitWarnings>[0]) => visitWarnings(v).map((w) => w.code);

describe('visitWarnings', () => {
  it('has nothing to say about a well-recorded running visit', () => {
    expect(codes(makeVisit())).toEqual([]);
  });

  it('warns when fewer than two officers are recorded', () => {
    expect(codes(makeVisit({ officersPresent: [{ userId: 'u1', name: '王建国' }] }))).toEqual([
      'visit.fewerThanTwoOfficers',
    ]);
    expect(codes(makeVisit({ officersPresent: [] }))).toEqual(['visit.fewerThanTwoOfficers']);
    expect(visitWarnings(makeVisit({ officersPresent: [] }))[0]?.path).toBe('officersPresent');
  });

  it('warns when nobody from the enterprise is recorded, except at abandoned premises', () => {
    expect(codes(makeVisit({ enterprisePeople: [] }))).toEqual(['visit.noEnterprisePeople']);
    expect(codes(makeVisit({ enterprisePeople: [], operatingState: 'abandoned' }))).toEqual([]);
  });

  it('warns about an imprecise device location only beyond 500 m', () => {
    const at = (accuracyM: number) =>
      makeVisit({ coordinates: { lat: 40, lng: 110, accuracyM, source: 'device' } });
    expect(codes(at(500))).toEqual([]);
    expect(codes(at(501))).toEqual(['visit.coordinatesImprecise']);
  });

  it('asks for a signature or a refusal once the visit has ended, and for a note on a refusal', () => {
    const ended = makeVisit({ endedAt: '2025-06-03T11:00:00+08:00' });
    expect(codes(ended)).toEqual(['visit.noSignature']);
    expect(
      codes({ ...ended, signature: { signedBy: '张强', refusedToSign: false, refusalNote: '' } }),
    ).toEqual([]);
    expect(codes({ ...ended, signature: { signedBy: null, refusedToSign: true, refusalNote: ' ' } })).toEqual(
      ['visit.refusalWithoutNote'],
    );
    expect(
      codes({
        ...ended,
        signature: { signedBy: null, refusedToSign: true, refusalNote: '张强拒绝签名，李敏见证。' },
      }),
    ).toEqual([]);
  });
});
