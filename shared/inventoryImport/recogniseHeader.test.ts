import { describe, expect, it } from 'vitest';
import { headerMatches, normaliseHeader, recogniseHeader } from './recogniseHeader';

describe('recogniseHeader', () => {
  it('does not let short English words match inside longer ones', () => {
    expect(recogniseHeader('unit price')?.field).toBe('value');
    expect(recogniseHeader('snapshot')).toBeNull();
    expect(recogniseHeader('资产编号')).toBeNull();
  });

  it('recognises Chinese words inside longer headers, more weakly than exact ones', () => {
    expect(recogniseHeader('设备状态')?.field).toBe('condition');
    expect(recogniseHeader('主要设备名称')).toMatchObject({ field: 'name', preference: 10 });
    expect(recogniseHeader('名称')).toMatchObject({ field: 'name', preference: 1 });
  });

  it('lists every field a header may name, strongest first', () => {
    expect(headerMatches('设备原值')).toEqual([{ field: 'value', preference: 13 }]);
    expect(headerMatches('型号/规格').map((m) => m.field)).toEqual(['model']);
    expect(headerMatches('')).toEqual([]);
  });

  it('normalises headers to bare words', () => {
    expect(normaliseHeader('原值（万元）')).toEqual({ word: '原值', isWanYuan: true });
    expect(normaliseHeader('Serial No.')).toEqual({ word: 'serialno', isWanYuan: false });
  });
});
