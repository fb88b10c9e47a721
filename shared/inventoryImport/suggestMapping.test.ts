import { describe, expect, it } from 'vitest';
import { normaliseHeader, recogniseHeader, suggestMapping } from './suggestMapping';

describe('suggestMapping', () => {
  it('maps a typical Chinese fixed-asset list', () => {
    const header = [
      '序号',
      '设备名称',
      '规格型号',
      '生产厂家',
      '出厂编号',
      '购置年份',
      '数量',
      '单位',
      '存放地点',
      '使用状态',
      '原值（元）',
      '备注',
    ];
    expect(suggestMapping(header)).toEqual({
      columns: {
        name: 1,
        model: 2,
        manufacturer: 3,
        serialNumber: 4,
        year: 5,
        quantity: 6,
        unit: 7,
        location: 8,
        condition: 9,
        value: 10,
      },
      valueUnit: 'yuan',
      valueBasis: 'line',
    });
  });

  it('maps English headers in any case, with spacing and punctuation', () => {
    const header = [
      'Name',
      'Model',
      'Manufacturer',
      'Serial No.',
      'Year',
      'Qty',
      'Unit',
      'Location',
      'Condition',
      'Value (CNY)',
    ];
    expect(suggestMapping(header).columns).toEqual({
      name: 0,
      model: 1,
      manufacturer: 2,
      serialNumber: 3,
      year: 4,
      quantity: 5,
      unit: 6,
      location: 7,
      condition: 8,
      value: 9,
    });
    expect(suggestMapping(['S/N', 'name']).columns).toEqual({ serialNumber: 0, name: 1 });
  });

  it('reads full-width brackets, required-field stars and surrounding space', () => {
    expect(suggestMapping([' *名称 ', '型号：', '位置']).columns).toEqual({ name: 0, model: 1, location: 2 });
  });

  it('prefers the appraised value over book value and original cost, and leaves the others unmapped', () => {
    const m = suggestMapping(['名称', '原值', '净值', '评估价值']);
    expect(m.columns.value).toBe(3);
    expect(Object.values(m.columns)).not.toContain(1);
  });

  it('notices a value column in 万元 and a unit-price column', () => {
    expect(suggestMapping(['名称', '价值(万元)'])).toMatchObject({
      columns: { value: 1 },
      valueUnit: 'wan_yuan',
      valueBasis: 'line',
    });
    expect(suggestMapping(['名称', '数量', '单价（元）'])).toMatchObject({
      columns: { value: 2 },
      valueUnit: 'yuan',
      valueBasis: 'per_unit',
    });
    expect(suggestMapping(['name', 'unit price'])).toMatchObject({
      columns: { value: 1 },
      valueBasis: 'per_unit',
    });
  });

  it('does not let short English words match inside longer ones', () => {
    expect(recogniseHeader('unit price')?.field).toBe('value');
    expect(recogniseHeader('snapshot')).toBeNull();
    expect(recogniseHeader('资产编号')).toBeNull();
  });

  it('recognises Chinese words inside longer headers, more weakly than exact ones', () => {
    expect(recogniseHeader('设备状态')?.field).toBe('condition');
    expect(recogniseHeader('主要设备名称')).toMatchObject({ field: 'name', preference: 10 });
    expect(suggestMapping(['主要设备名称', '名称']).columns.name).toBe(1);
  });

  it('gives each column to one field and each field one column, leftmost first', () => {
    const m = suggestMapping(['名称', '名称', '数量']);
    expect(m.columns).toEqual({ name: 0, quantity: 2 });
  });

  it('maps nothing from an empty or unrelated header', () => {
    expect(suggestMapping([]).columns).toEqual({});
    expect(suggestMapping(['', '备注', '序号']).columns).toEqual({});
  });

  it('normalises headers to bare words', () => {
    expect(normaliseHeader('原值（万元）')).toEqual({ word: '原值', isWanYuan: true });
    expect(normaliseHeader('Serial No.')).toEqual({ word: 'serialno', isWanYuan: false });
  });
});
