import { describe, expect, it } from 'vitest';
import { incidentSchema } from './incident';
import { MAX_FINE_FEN, incidentMeasureSchema, type DetentionMeasure } from './incidentMeasure';
import { makeIncident } from './testing/makeIncident';

const measureCodes = (input: unknown) => {
  const r = incidentMeasureSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

const detention = (overrides: Partial<DetentionMeasure> = {}): DetentionMeasure => ({
  kind: 'detention',
  subject: 'legal_representative',
  personName: '刘某',
  days: 15,
  reason: '拒不到场、指使职工围堵厂区，经训诫仍不改正',
  cautionAcknowledged: true,
  ...overrides,
});

describe('incidentSchema', () => {
  it('accepts an incident with several measures and assisting bodies', () => {
    const incident = makeIncident({
      measures: [
        { kind: 'warning' },
        { kind: 'order_to_leave' },
        { kind: 'fine', amountFen: 5_000_000 },
        detention(),
      ],
      assistingBodies: ['某某派出所', '某某人民法院'],
    });
    expect(incidentSchema.safeParse(incident).success).toBe(true);
  });

  it('refuses an unknown kind and a blank assisting body', () => {
    expect(incidentSchema.safeParse({ ...makeIncident(), kind: 'rioting' }).success).toBe(false);
    const r = incidentSchema.safeParse(makeIncident({ assistingBodies: [' '] }));
    expect(r.error?.issues.map((i) => i.message)).toEqual(['text.required']);
  });

  it('keeps a person involved saved before the name is typed (submitting the visit needs the name)', () => {
    const r = incidentSchema.safeParse(makeIncident({ persons: [{ name: '', role: '职工' }] }));
    expect(r.data?.persons).toEqual([{ name: '', role: '职工' }]);
  });
});

describe('incidentMeasureSchema', () => {
  it('takes every kind of measure', () => {
    for (const kind of ['warning', 'order_to_leave', 'police_referral', 'crime_referral']) {
      expect(measureCodes({ kind }), kind).toEqual([]);
    }
    expect(measureCodes({ kind: 'shaming' }).length).toBeGreaterThan(0);
  });

  it('checks the fine in whole fen, above zero and within the statutory maximum', () => {
    expect(measureCodes({ kind: 'fine', amountFen: 1 })).toEqual([]);
    expect(measureCodes({ kind: 'fine', amountFen: MAX_FINE_FEN })).toEqual([]);
    expect(measureCodes({ kind: 'fine', amountFen: 0 })).toEqual(['incident.fineNotPositive']);
    expect(measureCodes({ kind: 'fine', amountFen: MAX_FINE_FEN + 1 })).toEqual([
      'incident.fineAboveMaximum',
    ]);
    expect(measureCodes({ kind: 'fine', amountFen: 100.5 })).toEqual(['money.notInteger']);
  });

  it('limits detention to 1–15 whole days', () => {
    expect(measureCodes(detention({ days: 1 }))).toEqual([]);
    expect(measureCodes(detention({ days: 0 }))).toEqual(['incident.detentionDaysRange']);
    expect(measureCodes(detention({ days: 16 }))).toEqual(['incident.detentionDaysRange']);
    expect(measureCodes(detention({ days: 2.5 }))).toEqual(['incident.detentionDaysRange']);
  });

  it('refuses detaining the legal representative without a reason or without acknowledging the caution check', () => {
    expect(measureCodes(detention({ reason: '  ' }))).toEqual(['incident.detentionReasonRequired']);
    expect(measureCodes(detention({ cautionAcknowledged: false }))).toEqual([
      'incident.detentionCautionNotAcknowledged',
    ]);
    const r = incidentMeasureSchema.safeParse(detention({ reason: '', cautionAcknowledged: false }));
    expect(r.error?.issues.map((i) => [i.message, i.path])).toEqual([
      ['incident.detentionReasonRequired', ['reason']],
      ['incident.detentionCautionNotAcknowledged', ['cautionAcknowledged']],
    ]);
  });

  it('does not impose the legal-representative rule on detaining someone else', () => {
    expect(measureCodes(detention({ subject: 'other', reason: '', cautionAcknowledged: false }))).toEqual([]);
  });

  it('refuses the same in an incident, pointing at the measure', () => {
    const r = incidentSchema.safeParse(
      makeIncident({ measures: [{ kind: 'warning' }, detention({ reason: '' })] }),
    );
    expect(r.error?.issues[0]).toMatchObject({
      message: 'incident.detentionReasonRequired',
      path: ['measures', 1, 'reason'],
    });
  });
});
