import { describe, expect, it } from 'vitest';
import { translate } from './translate';

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
});
