import { describe, expect, it } from 'vitest';
import { caseEditFormSchema, type CaseEditValues } from './caseEditFormSchema';

const OPEN: CaseEditValues = {
  status: 'enforcing',
  closingMode: null,
  closedOn: '',
  recovered: '1,234.56',
  notes: '已查封设备',
};

/** Field path → code of each issue, as the form shows them. */
function codes(values: CaseEditValues): Record<string, string> {
  const r = caseEditFormSchema.safeParse(values);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('caseEditFormSchema', () => {
  it('turns valid form values into the patch the repository checks, the amount in fen', () => {
    expect(caseEditFormSchema.parse(OPEN)).toEqual({
      status: 'enforcing',
      closingMode: null,
      closedOn: null,
      recoveredFen: 123456,
      notes: '已查封设备',
    });
  });

  it('drops a closing mode and date left over on a case that is not closed', () => {
    const patch = caseEditFormSchema.parse({ ...OPEN, closingMode: 'settlement', closedOn: '2025-06-30' });
    expect(patch).toMatchObject({ closingMode: null, closedOn: null });
  });

  it('keeps the closing mode and date of a closed case', () => {
    const closed = { ...OPEN, status: 'closed', closingMode: 'settlement', closedOn: '2025-06-30' } as const;
    expect(caseEditFormSchema.parse(closed)).toMatchObject({
      status: 'closed',
      closingMode: 'settlement',
      closedOn: '2025-06-30',
    });
  });

  it('puts each bad value on its own field, as a message code', () => {
    expect(codes({ ...OPEN, recovered: '12.345' })).toEqual({ recovered: 'money.notInteger' });
    expect(codes({ ...OPEN, recovered: 'abc' })).toEqual({ recovered: 'money.format' });
    expect(codes({ ...OPEN, recovered: '-5' })).toEqual({ recovered: 'money.negative' });
    expect(codes({ ...OPEN, closedOn: '2025-13-45' })).toEqual({ closedOn: 'date.format' });
    expect(codes({ ...OPEN, notes: 'x'.repeat(5001) })).toEqual({ notes: 'text.tooLong' });
  });

  it('asks a closed case for its closing mode and date on those fields', () => {
    expect(codes({ ...OPEN, status: 'closed' })).toEqual({
      closingMode: 'case.closingModeMismatch',
      closedOn: 'case.closedOnMismatch',
    });
  });
});
