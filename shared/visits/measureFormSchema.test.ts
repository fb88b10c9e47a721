import { describe, expect, it } from 'vitest';
import { measureFormSchema, type MeasureFormValues } from './measureFormSchema';

const BLANK: MeasureFormValues = {
  kind: null,
  fine: '',
  subject: 'legal_representative',
  personName: '王建国',
  days: 15,
  reason: '',
  acknowledged: false,
};

function codes(values: MeasureFormValues): Record<string, string> {
  const r = measureFormSchema.safeParse(values);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('measureFormSchema', () => {
  it('gives a measure without details as its kind alone', () => {
    expect(measureFormSchema.parse({ ...BLANK, kind: 'warning', fine: 'ignored' })).toEqual({
      kind: 'warning',
    });
  });

  it('keeps a fine typed in yuan as fen, and puts a bad amount on the amount field', () => {
    expect(measureFormSchema.parse({ ...BLANK, kind: 'fine', fine: '5,000' })).toEqual({
      kind: 'fine',
      amountFen: 500_000,
    });
    expect(codes({ ...BLANK, kind: 'fine', fine: '五千' })).toEqual({ fine: 'money.format' });
    expect(codes({ ...BLANK, kind: 'fine', fine: '0' })).toEqual({ fine: 'incident.fineNotPositive' });
    expect(codes({ ...BLANK, kind: 'fine', fine: '1000001' })).toEqual({ fine: 'incident.fineAboveMaximum' });
  });

  it('refuses detaining the legal representative without a reason and the caution acknowledged', () => {
    expect(codes({ ...BLANK, kind: 'detention' })).toEqual({
      reason: 'incident.detentionReasonRequired',
      acknowledged: 'incident.detentionCautionNotAcknowledged',
    });
    const measure = measureFormSchema.parse({
      ...BLANK,
      kind: 'detention',
      days: '10',
      reason: '转移账户资金',
      acknowledged: true,
    });
    expect(measure).toEqual({
      kind: 'detention',
      subject: 'legal_representative',
      personName: '王建国',
      days: 10,
      reason: '转移账户资金',
      cautionAcknowledged: true,
    });
  });

  it('puts days outside 1–15, or none, on the days field', () => {
    const other = { ...BLANK, kind: 'detention', subject: 'other', personName: '李四' } as const;
    expect(codes({ ...other, days: 16 })).toEqual({ days: 'incident.detentionDaysRange' });
    expect(codes({ ...other, days: '' })).toEqual({ days: 'incident.detentionDaysRange' });
    expect(codes({ ...other, days: 3 })).toEqual({});
  });

  it('asks for the kind when none is chosen', () => {
    expect(codes(BLANK)).toEqual({ kind: 'text.required' });
  });
});
