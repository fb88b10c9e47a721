import { describe, expect, it } from 'vitest';
import { translate } from './translate';
import { zhCN } from './zhCN';

describe('translate', () => {
  it('chooses the English plural form by count (CLDR rules), and keeps Chinese as written', () => {
    expect(translate('en', 'sync.pending', { count: 1 })).toBe('Waiting to sync: 1 record');
    expect(translate('en', 'sync.pending', { count: 0 })).toBe('Waiting to sync: 0 records');
    expect(translate('en', 'sync.pending', { count: 1433 })).toBe('Waiting to sync: 1433 records');
    expect(translate('en', 'sync.saves', { count: 2 })).toBe('2 saves');
    expect(translate('zh-CN', 'sync.pending', { count: 1 })).toBe('待同步的记录（1 条）');
    expect(translate('zh-CN', 'sync.saves', { count: 2 })).toBe('保存 2 次');
  });

  it('fills parameters in plain texts as before', () => {
    expect(translate('en', 'sync.changedFields', { fields: 'Findings, End time' })).toBe(
      'Changed: Findings, End time',
    );
  });

  it('chooses the form by the parameter a message names, so "1 days" and "1 rows" never show', () => {
    expect(translate('en', 'case.daysOpen', { days: 1 })).toBe('Open for 1 day');
    expect(translate('en', 'case.daysOpen', { days: 12 })).toBe('Open for 12 days');
    expect(translate('en', 'inventory.import.confirm', { good: 1 })).toBe('Import 1 row');
    expect(translate('en', 'inventory.import.confirmPart', { good: 1, bad: 1 })).toBe(
      'Import 1 row, keep 1 to correct',
    );
    expect(translate('en', 'history.versionCount', { n: 1 })).toBe('1 version');
    expect(translate('en', 'inventory.count', { count: 1 })).toBe('1 item');
    expect(translate('en', 'visits.photos.saved', { count: 3 })).toBe('3 files saved');
    expect(translate('zh-CN', 'case.daysOpen', { days: 1 })).toBe(
      zhCN['case.daysOpen'].replace('{days}', '1'),
    );
  });

  it('reads right for 1 in a text with two numbers', () => {
    expect(translate('en', 'inventory.import.donePart', { count: 1, remaining: 1 })).toBe(
      '1 imported; 1 row to correct is kept.',
    );
    expect(translate('en', 'inventory.import.summary', { total: 1, good: 1, bad: 0, blank: 0 })).toBe(
      '1 row: 1 ready, 0 to correct, 0 blank.',
    );
  });
});
