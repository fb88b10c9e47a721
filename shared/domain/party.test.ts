import { describe, expect, it } from 'vitest';
import { validationMessages } from '../validation/messages';
import { partyKey, partySchema } from './party';

const enterprise = {
  kind: 'enterprise',
  name: '包头市鑫源稀土材料有限公司',
  creditCode: '91440300708461136T',
  legalRepresentative: '王建国',
} as const;
const person = { kind: 'person', name: '张丽', idNumber: '11010519491231002X' } as const;

function messages(input: unknown): string[] {
  const r = partySchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('partySchema', () => {
  it('accepts an enterprise and a person', () => {
    expect(partySchema.parse(enterprise)).toEqual(enterprise);
    expect(partySchema.parse(person)).toEqual(person);
  });

  it('normalises codes and names: upper-cases the credit code and the x, trims the name', () => {
    expect(
      partySchema.parse({ ...enterprise, creditCode: ' 91440300708461136t', name: ' 某公司 ' }),
    ).toMatchObject({
      creditCode: '91440300708461136T',
      name: '某公司',
    });
    expect(partySchema.parse({ ...person, idNumber: '11010519491231002x' })).toMatchObject({
      idNumber: '11010519491231002X',
    });
  });

  it.each([
    [{ ...enterprise, creditCode: '91440300708461136U' }, 'creditCode.checkChar'],
    [{ ...enterprise, creditCode: '9144030070846113' }, 'creditCode.length'],
    [{ ...enterprise, creditCode: '9144030070846113OT' }, 'creditCode.charset'],
    [{ ...enterprise, name: '   ' }, 'text.required'],
    [{ ...enterprise, name: '某'.repeat(201) }, 'text.tooLong'],
    [{ ...enterprise, legalRepresentative: '某'.repeat(101) }, 'text.tooLong'],
    [{ ...person, idNumber: '110105194912310021' }, 'residentId.checkDigit'],
    [{ ...person, idNumber: '11010519490230002X' }, 'residentId.birthDate'],
    [{ ...person, idNumber: '1101051949' }, 'residentId.length'],
    [{ ...person, name: '' }, 'text.required'],
  ])('rejects %o with the validation code %s', (input, code) => {
    const found = messages(input);
    expect(found).toEqual([code]);
    expect(Object.keys(validationMessages)).toContain(code);
  });

  it('keeps the two kinds apart: a person with a credit code is not an enterprise', () => {
    expect(
      partySchema.safeParse({ kind: 'person', name: '张丽', creditCode: enterprise.creditCode }).success,
    ).toBe(false);
    expect(partySchema.safeParse({ ...person, kind: 'company' }).success).toBe(false);
  });
});

describe('partyKey', () => {
  it('identifies an enterprise by credit code and a person by ID number', () => {
    expect(partyKey(enterprise)).toBe('91440300708461136T');
    expect(partyKey(person)).toBe('11010519491231002X');
  });
});
