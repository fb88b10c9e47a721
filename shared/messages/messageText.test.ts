import { describe, expect, it } from 'vitest';
import { assetMessages } from '../assets/assetMessages';
import { importMessages } from '../inventoryImport/importMessages';
import { protocolMessages } from '../sync/protocolMessages';
import { validationMessages } from '../validation/messages';
import { visitMessages } from '../visits/visitMessages';
import { bilingualText } from './bilingualText';
import { formatMessage } from './formatMessage';
import { findMessage, isKnownCode, registerMessages } from './messageRegistry';
import { messageText } from './messageText';
import { SHARED_MESSAGE_MAPS } from './sharedMessageMaps';

const textsOf = (message: unknown): string[] =>
  typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);

describe('shared message maps', () => {
  it.each(SHARED_MESSAGE_MAPS.map((map, i) => [i, map] as const))(
    'map %i has a Chinese and an English text for every code',
    (_, map) => {
      for (const [code, texts] of Object.entries(map)) {
        for (const text of textsOf(texts.en)) expect(text.trim(), code).not.toBe('');
        // The Chinese text must actually be Chinese, not a copied English string.
        for (const text of textsOf(texts['zh-CN'])) expect(text, code).toMatch(/[\u4e00-\u9fff]/);
      }
    },
  );

  it('names each code once across all shared maps', () => {
    const all = SHARED_MESSAGE_MAPS.flatMap((m) => Object.keys(m));
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps each field-work folder to its own prefixes', () => {
    for (const code of Object.keys(visitMessages)) expect(code).toMatch(/^(visit|incident)\./);
    for (const code of Object.keys(assetMessages)) expect(code).toMatch(/^asset\./);
    for (const code of Object.keys(importMessages)) expect(code).toMatch(/^import\./);
  });
});

describe('messageText', () => {
  it('finds codes of every shared map in both locales', () => {
    expect(messageText('visit.fewerThanTwoOfficers', 'en')).toMatch(/two officers/);
    expect(messageText('asset.possibleTransfer', 'zh-CN')).toMatch(/转移财产/);
    expect(messageText('import.duplicateSerialInFile', 'zh-CN')).toMatch(/重复/);
    expect(messageText('money.format', 'zh-CN')).toBe(validationMessages['money.format']['zh-CN']);
    expect(messageText('auth.missingToken', 'en')).toBe(protocolMessages['auth.missingToken'].en);
  });

  it('passes unknown codes through, and never finds the prototype', () => {
    for (const code of ['Invalid input', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(messageText(code, 'en')).toBe(code);
      expect(isKnownCode(code)).toBe(false);
    }
  });

  it('takes maps registered later (the server’s) into the same lookup, with plurals and parameters', () => {
    registerMessages({
      'test.rows': {
        'zh-CN': '共 {count} 行，来自 {file}',
        en: { one: '{count} row from {file}', other: '{count} rows from {file}' },
      },
    });
    expect(messageText('test.rows', 'en', { count: 1, file: 'a.csv' })).toBe('1 row from a.csv');
    expect(messageText('test.rows', 'en', { count: 3, file: 'a.csv' })).toBe('3 rows from a.csv');
    expect(bilingualText('test.rows', { count: 1, file: 'a.csv' })).toEqual({
      'zh-CN': '共 1 行，来自 a.csv',
      en: '1 row from a.csv',
    });
  });

  it('registers the same map twice harmlessly, and refuses a code defined by two maps', () => {
    const map = { 'test.once': { 'zh-CN': '一次', en: 'once' } };
    registerMessages(map);
    registerMessages(map);
    expect(findMessage('test.once')).toBe(map['test.once']);
    expect(() => registerMessages({ 'money.format': { 'zh-CN': '别的', en: 'other' } })).toThrow(
      /money\.format/,
    );
    expect(messageText('money.format', 'en')).toBe(validationMessages['money.format'].en);
  });
});

describe('formatMessage', () => {
  it('chooses the plural form by the parameter a message names with `by`', () => {
    const days = { by: 'days', one: 'Open for {days} day', other: 'Open for {days} days' };
    expect(formatMessage('en', days, { days: 1 })).toBe('Open for 1 day');
    expect(formatMessage('en', days, { days: 0 })).toBe('Open for 0 days');
    expect(formatMessage('en', days, { days: 21 })).toBe('Open for 21 days');
  });

  it('chooses by what a formatted number shows: "1 day" but "1.0 days"', () => {
    const days = { by: 'days', one: '{days} day', other: '{days} days' };
    expect(formatMessage('en', days, { days: '1' })).toBe('1 day');
    expect(formatMessage('en', days, { days: '1.0' })).toBe('1.0 days');
    expect(formatMessage('en', days, { days: '2.5' })).toBe('2.5 days');
  });

  it('falls back to `other` when the count is missing, and leaves unknown parameters visible', () => {
    const rows = { one: '{count} row', other: '{count} rows' };
    expect(formatMessage('en', rows)).toBe('{count} rows');
    expect(formatMessage('en', 'Hello {name}', { toString: 'x' })).toBe('Hello {name}');
  });
});
