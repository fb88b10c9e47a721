import { describe, expect, it } from 'vitest';
import { parseConditionCell } from './parseConditionCell';

describe('parseConditionCell', () => {
  it.each([
    ['在用', 'running'],
    ['正常使用', 'running'],
    ['Running', 'running'],
    ['In Use', 'running'],
    ['闲置', 'idle'],
    ['长期闲置', 'idle'],
    ['停用', 'idle'],
    ['未使用', 'idle'],
    ['损坏', 'damaged'],
    ['部分损坏', 'damaged'],
    ['停用待修', 'damaged'],
    ['已报废', 'damaged'],
    ['BROKEN', 'damaged'],
    ['', null],
    ['—', null],
  ])('reads %j as %s', (raw, condition) => {
    expect(parseConditionCell(raw)).toEqual({ ok: true, value: condition });
  });

  it.each(['不正常', '良', 'maybe', 'constructor', 'toString'])('does not guess at %j', (raw) => {
    expect(parseConditionCell(raw)).toEqual({ ok: false, code: 'import.conditionUnknown' });
  });
});
