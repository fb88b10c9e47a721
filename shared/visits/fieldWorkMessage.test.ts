import { describe, expect, it } from 'vitest';
import { assetMessages } from '../assets/assetMessages';
import { importMessages } from '../inventoryImport/importMessages';
import { validationMessages } from '../validation/messages';
import { fieldWorkMessage } from './fieldWorkMessage';
import { visitMessages } from './visitMessages';

const maps = { visitMessages, assetMessages, importMessages };

describe('field-work message maps', () => {
  it.each(Object.entries(maps))('%s has a Chinese and an English text for every code', (_, map) => {
    for (const [code, texts] of Object.entries(map)) {
      expect(texts['zh-CN'].trim(), code).not.toBe('');
      expect(texts.en.trim(), code).not.toBe('');
      expect(texts['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names each code once across all maps, including the shared validation codes', () => {
    const all = [...Object.values(maps), validationMessages].flatMap((m) => Object.keys(m));
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps each folder to its own prefixes', () => {
    for (const code of Object.keys(visitMessages)) expect(code).toMatch(/^(visit|incident)\./);
    for (const code of Object.keys(assetMessages)) expect(code).toMatch(/^asset\./);
    for (const code of Object.keys(importMessages)) expect(code).toMatch(/^import\./);
  });
});

describe('fieldWorkMessage', () => {
  it('finds codes of every map in both locales', () => {
    expect(fieldWorkMessage('visit.fewerThanTwoOfficers', 'en')).toMatch(/two officers/);
    expect(fieldWorkMessage('asset.possibleTransfer', 'zh-CN')).toMatch(/转移财产/);
    expect(fieldWorkMessage('import.duplicateSerialInFile', 'zh-CN')).toMatch(/重复/);
  });

  it('falls back to the shared validation codes and passes unknown codes through', () => {
    expect(fieldWorkMessage('money.format', 'zh-CN')).toBe(validationMessages['money.format']['zh-CN']);
    expect(fieldWorkMessage('toString', 'en')).toBe('toString');
    expect(fieldWorkMessage('Invalid input', 'zh-CN')).toBe('Invalid input');
  });
});
