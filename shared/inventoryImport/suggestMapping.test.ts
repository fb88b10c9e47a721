import { describe, expect, it } from 'vitest';
import { suggestMapping } from './suggestMapping';

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

  it('gives each column to one field and each field one column, leftmost first', () => {
    const m = suggestMapping(['名称', '名称', '数量']);
    expect(m.columns).toEqual({ name: 0, quantity: 2 });
  });

  it('does not let a generic word claim a header meant for another field', () => {
    expect(suggestMapping(['设备名称', '设备原值', '设备型号', '设备单价']).columns).toEqual({
      name: 0,
      value: 1,
      model: 2,
    });
  });

  it('lets a header fall back to its next field when a stronger column takes its best one', () => {
    // "型号/厂家" names the model first, but "规格型号" names it more strongly: it fills the manufacturer.
    expect(suggestMapping(['名称', '规格型号', '型号/厂家']).columns).toEqual({
      name: 0,
      model: 1,
      manufacturer: 2,
    });
  });

  it('leaves a weak serial header alone when a real serial column is present', () => {
    expect(suggestMapping(['名称', '设备编号', '出厂编号']).columns).toEqual({ name: 0, serialNumber: 2 });
  });

  it('reads a unit price inside a longer header', () => {
    expect(suggestMapping(['名称', '设备单价(元)'])).toMatchObject({
      columns: { value: 1 },
      valueBasis: 'per_unit',
    });
  });

  it('prefers an exact header over one that merely contains the word', () => {
    expect(suggestMapping(['主要设备名称', '名称']).columns.name).toBe(1);
  });

  it('maps nothing from an empty or unrelated header', () => {
    expect(suggestMapping([]).columns).toEqual({});
    expect(suggestMapping(['', '备注', '序号']).columns).toEqual({});
  });
});
