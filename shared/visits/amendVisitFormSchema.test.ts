import { describe, expect, it } from 'vitest';
import { amendVisitFormSchema, type AmendVisitFormValues } from './amendVisitFormSchema';

const GOOD: AmendVisitFormValues = {
  address: '内蒙古呼和浩特市赛罕区',
  workforce: 12,
  findings: '铭牌编号 CK6150-0078',
  refusalNote: '',
  reason: '铭牌编号末两位抄录颠倒',
};

function codes(values: AmendVisitFormValues): Record<string, string> {
  const r = amendVisitFormSchema.safeParse(values);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('amendVisitFormSchema', () => {
  it('gives the proposed values, an empty workforce as none', () => {
    expect(amendVisitFormSchema.parse(GOOD).workforce).toBe(12);
    expect(amendVisitFormSchema.parse({ ...GOOD, workforce: '' }).workforce).toBeNull();
  });

  it('needs a reason that is not blank, with the amendment schema’s own code', () => {
    expect(codes({ ...GOOD, reason: ' \n ' })).toEqual({ reason: 'visit.amendmentReasonRequired' });
  });

  it('checks each correctable field by the visit’s own rule', () => {
    expect(codes({ ...GOOD, workforce: -1 })).toEqual({ workforce: 'visit.workforceInvalid' });
    expect(codes({ ...GOOD, workforce: 'abc' })).toEqual({ workforce: 'visit.workforceInvalid' });
    expect(codes({ ...GOOD, address: 'x'.repeat(501) })).toEqual({ address: 'text.tooLong' });
  });
});
