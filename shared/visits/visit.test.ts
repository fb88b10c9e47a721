import { describe, expect, it } from 'vitest';
import { makeVisit } from './testing/makeVisit';
import { visitSchema } from './visit';

const codes = (input: unknown) => {
  const r = visitSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('visitSchema', () => {
  it('accepts a complete visit and an empty fresh draft', () => {
    expect(codes(makeVisit())).toEqual([]);
    const fresh = makeVisit({
      address: '',
      officersPresent: [],
      enterprisePeople: [],
      operatingState: null,
      workforceSeen: null,
      findings: '',
    });
    expect(codes(fresh)).toEqual([]);
  });

  it('refuses an end before the start, comparing instants across offsets', () => {
    expect(codes(makeVisit({ endedAt: '2025-06-03T08:59:00+08:00' }))).toEqual(['visit.endBeforeStart']);
    // 01:30 UTC is 09:30 in Beijing: after the 09:00+08:00 start although it sorts before it as text.
    expect(codes(makeVisit({ endedAt: '2025-06-03T01:30:00Z' }))).toEqual([]);
    expect(codes(makeVisit({ endedAt: '2025-06-03T00:59:00Z' }))).toEqual(['visit.endBeforeStart']);
  });

  it('refuses malformed times', () => {
    expect(codes(makeVisit({ startedAt: '2025-06-03 09:00' }))).toEqual(['visit.datetime']);
  });

  it('refuses the same officer twice', () => {
    const visit = makeVisit({
      officersPresent: [
        { userId: 'u1', name: '王建国' },
        { userId: 'u1', name: '王建国' },
      ],
    });
    const r = visitSchema.safeParse(visit);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      message: 'visit.duplicateOfficer',
      path: ['officersPresent', 1, 'userId'],
    });
  });

  it('refuses a record both signed and refused', () => {
    const visit = makeVisit({ signature: { signedBy: '张强', refusedToSign: true, refusalNote: '' } });
    expect(codes(visit)).toEqual(['visit.signatureConflict']);
  });

  it('checks coordinates and workforce', () => {
    expect(
      codes(makeVisit({ coordinates: { lat: 40.6, lng: 109.8, accuracyM: 12, source: 'device' } })),
    ).toEqual([]);
    expect(codes(makeVisit({ coordinates: { lat: 91, lng: 109.8, source: 'typed' } }))).toEqual([
      'visit.latitudeRange',
    ]);
    expect(codes(makeVisit({ coordinates: { lat: 40, lng: -181, source: 'typed' } }))).toEqual([
      'visit.longitudeRange',
    ]);
    expect(codes(makeVisit({ coordinates: { lat: 40, lng: 100, accuracyM: -1, source: 'device' } }))).toEqual(
      ['visit.accuracyRange'],
    );
    expect(codes(makeVisit({ workforceSeen: -1 }))).toEqual(['visit.workforceInvalid']);
    expect(codes(makeVisit({ workforceSeen: 2.5 }))).toEqual(['visit.workforceInvalid']);
  });

  it('keeps a person row saved before its name is typed, exactly as typed (submitting is what needs the name)', () => {
    const draft = makeVisit({ enterprisePeople: [{ name: '  ', role: '会计' }] });
    expect(visitSchema.parse(draft).enterprisePeople).toEqual([{ name: '  ', role: '会计' }]);
    expect(codes(makeVisit({ enterprisePeople: [{ name: 'x'.repeat(101), role: '' }] }))).toEqual([
      'text.tooLong',
    ]);
  });
});
