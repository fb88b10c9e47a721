import { describe, expect, it } from 'vitest';
import { messageText } from '../messages/messageText';
import { validationMessages } from './messages';

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
    expect(messageText('money.negative', 'zh-CN')).toBe('金额不能为负数');
    expect(messageText('money.negative', 'en')).toBe('Amounts cannot be negative');
  });

  it('passes unknown codes (such as zod’s own messages) through unchanged', () => {
    expect(messageText('Invalid input', 'zh-CN')).toBe('Invalid input');
    expect(messageText('toString', 'en')).toBe('toString');
  });
});
