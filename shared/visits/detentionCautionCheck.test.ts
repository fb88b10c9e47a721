import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detentionCautionCheck, type DetentionCautionContext } from './detentionCautionCheck';
import type { IncidentMeasure } from './incidentMeasure';
import { OPERATING_STATES } from './operatingState';

const detainLegalRep: IncidentMeasure = {
  kind: 'detention',
  subject: 'legal_representative',
  personName: '刘某',
  days: 10,
  reason: '',
  cautionAcknowledged: false,
};

const context = (overrides: Partial<DetentionCautionContext> = {}): DetentionCautionContext => ({
  sealedValueFen: 0,
  outstandingFen: 100_000_000,
  operatingState: 'stopped',
  ...overrides,
});

const codes = (m: IncidentMeasure, c: DetentionCautionContext) =>
  detentionCautionCheck(m, c).map((p) => p.code);

describe('detentionCautionCheck', () => {
  it('raises nothing when property does not cover the claim and the plant has stopped', () => {
    expect(codes(detainLegalRep, context())).toEqual([]);
  });

  it('points out that property under measure already covers the claim (sealed ≥ outstanding)', () => {
    expect(detentionCautionCheck(detainLegalRep, context({ sealedValueFen: 100_000_000 }))).toEqual([
      {
        code: 'incident.caution.propertyUnderControl',
        sealedValueFen: 100_000_000,
        outstandingFen: 100_000_000,
      },
    ]);
    expect(codes(detainLegalRep, context({ sealedValueFen: 99_999_999 }))).toEqual([]);
  });

  it('points out disruption when the enterprise still operates, fully or partly', () => {
    expect(codes(detainLegalRep, context({ operatingState: 'normal' }))).toEqual([
      'incident.caution.disruptsOperations',
    ]);
    expect(codes(detainLegalRep, context({ operatingState: 'partly_stopped' }))).toEqual([
      'incident.caution.disruptsOperations',
    ]);
    expect(codes(detainLegalRep, context({ operatingState: 'abandoned' }))).toEqual([]);
  });

  it('does not read a missing operating state as "no concern"', () => {
    expect(codes(detainLegalRep, context({ operatingState: null }))).toEqual([
      'incident.caution.operatingStateUnknown',
    ]);
  });

  it('shows both points together', () => {
    expect(codes(detainLegalRep, context({ sealedValueFen: 200_000_000, operatingState: 'normal' }))).toEqual(
      ['incident.caution.propertyUnderControl', 'incident.caution.disruptsOperations'],
    );
  });

  it('has nothing to say about other measures or about detaining someone else', () => {
    const anyContext = fc.record({
      sealedValueFen: fc.nat(),
      outstandingFen: fc.nat(),
      operatingState: fc.constantFrom(null, ...OPERATING_STATES),
    });
    const otherMeasure = fc.constantFrom<IncidentMeasure>(
      { kind: 'warning' },
      { kind: 'order_to_leave' },
      { kind: 'fine', amountFen: 100 },
      { kind: 'police_referral' },
      { kind: 'crime_referral' },
      { ...detainLegalRep, subject: 'other' },
    );
    fc.assert(fc.property(otherMeasure, anyContext, (m, c) => detentionCautionCheck(m, c).length === 0));
  });
});
