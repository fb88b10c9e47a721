import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codeTextResolver } from './codeTextResolver';

const TEXTS: Record<string, string> = { 'text.required': '此项必填', 'money.format': '金额格式不正确' };
const codeText = (code: string) => TEXTS[code] ?? code;

const schema = z.object({
  name: z.string().min(1, { error: 'text.required' }),
  amount: z.object({ yuan: z.string().regex(/^\d+$/, { error: 'money.format' }) }),
});

describe('codeTextResolver', () => {
  it('gives each failing field the text of its code, by the field path useForm uses', () => {
    const validate = codeTextResolver(schema, codeText);
    expect(validate({ name: '', amount: { yuan: 'abc' } })).toEqual({
      name: '此项必填',
      'amount.yuan': '金额格式不正确',
    });
  });

  it('gives no errors for valid values', () => {
    expect(codeTextResolver(schema, codeText)({ name: '张伟', amount: { yuan: '12' } })).toEqual({});
  });
});
