import { describe, expect, it } from 'vitest';
import { validationMessage, validationMessages } from './messages';

describe('validationMessages', () => {
  it('has a non-empty text in both locales for every code', () => {
    for (const [code, texts] of Object.entries(validationMessages)) {
      expect(texts['zh-CN'].trim(), code).not.toBe('');
      expect(texts.en.trim(), code).not.toBe('');
      // The Chinese text must actually be Chinese, not a copied English string.
      expect(texts['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('looks up a code in the requested locale', () => {
    expect(validationMessage('money.negative', 'zh-CN')).toBe('金额不能为负数');
    expect(validationMessage('money.negative', 'en')).toBe('Amounts cannot be negative');
  });

  it('passes unknown codes (such as zod’s own messages) through unchanged', () => {
    expect(validationMessage('Invalid input', 'zh-CN')).toBe('Invalid input');
    expect(validationMessage('toString', 'en')).toBe('toString');
  });
});
