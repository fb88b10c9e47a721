import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMapping } from './applyMapping';
import type { ColumnMapping } from './columnMapping';
import { findHeaderRow } from './findHeaderRow';
import { parseCsvText } from '../spreadsheet/parseCsvText';
import { suggestMapping } from './suggestMapping';

const LIST = [
  '包头市某某机械制造有限公司 固定资产清单（设备类）,,,,,,,,,',
  '设备名称,规格型号,生产厂家,出厂编号,购置年份,数量,单位,存放地点,使用状态,原值（元）',
  '数控车床,CK6150,沈阳机床,SY2018-0457,2018,2,台,一号车间,在用,"170,000.00"',
  '液压机,YQ32-315,天锻,HP-0091,2016年3月,1,台,二号车间,闲置,"260,000"',
  '桥式起重机,QD 10t,河南卫华,QZ-7781,2012,1,台,仓库,部分损坏,95000',
  ',,,,,,,,,',
  '空压机,,,,2019,两台,,,在用,',
  '叉车,CPCD30,合力,HL-2020-115,2030,3,辆,室外,在用,12.3.4.5',
  '配电柜,GGD,正泰,sy2018-0457,2017,-1,面,配电室,良,"8,50"',
  '"焊机, 二氧化碳保护",NBC-350,,ｈｌ-2020-115 ,,4 台,,二号车间,待修,1.5万',
].join('\r\n');

const fixture = () => {
  const csv = parseCsvText(LIST);
  if (!csv.ok) throw new Error(csv.code);
  const rows = csv.rows;
  const headerRowIndex = findHeaderRow(rows)!;
  return { rows, headerRowIndex, mapping: suggestMapping(rows[headerRowIndex]!) };
};

describe('applyMapping on an enterprise list', () => {
  const { rows, headerRowIndex, mapping } = fixture();
  const result = applyMapping(rows, mapping, {
    headerRowIndex,
    today: '2025-06-03',
    existing: [{ id: 'asset-existing', serialNumber: 'QZ-7781' }],
  });
  const errorsOf = (rowNumber: number) =>
    result.errors.filter((e) => e.rowNumber === rowNumber).map((e) => `${e.column}:${e.code}`);

  it('finds the header below the title row', () => {
    expect(headerRowIndex).toBe(1);
  });

  it('keeps every non-blank data row, good and bad, with spreadsheet row numbers', () => {
    expect(result.items.map((i) => i.rowNumber)).toEqual([3, 4, 5, 7, 8, 9, 10]);
    expect(result.blankRowCount).toBe(1);
  });

  it('reads good rows completely', () => {
    expect(result.items[0]).toEqual({
      rowNumber: 3,
      name: '数控车床',
      model: 'CK6150',
      manufacturer: '沈阳机床',
      serialNumber: 'SY2018-0457',
      year: 2018,
      quantity: 2,
      unit: '台',
      location: '一号车间',
      condition: 'running',
      valueFen: 17_000_000,
      raw: {
        name: '数控车床',
        model: 'CK6150',
        manufacturer: '沈阳机床',
        serialNumber: 'SY2018-0457',
        year: '2018',
        quantity: '2',
        unit: '台',
        location: '一号车间',
        condition: '在用',
        value: '170,000.00',
      },
      hasErrors: true, // its serial number recurs in row 9 (lower case)
    });
    expect(result.items[1]).toMatchObject({
      year: 2016,
      condition: 'idle',
      valueFen: 26_000_000,
      hasErrors: false,
    });
  });

  it('reports each bad cell with its row, column and raw text', () => {
    expect(errorsOf(3)).toEqual(['serialNumber:import.duplicateSerialInFile']);
    expect(errorsOf(4)).toEqual([]);
    expect(errorsOf(5)).toEqual(['serialNumber:import.duplicateSerialExisting']);
    expect(errorsOf(7)).toEqual(['quantity:import.quantityFormat']);
    expect(errorsOf(8)).toEqual([
      'serialNumber:import.duplicateSerialInFile',
      'year:import.yearInFuture',
      'value:money.format',
    ]);
    expect(errorsOf(9)).toEqual([
      'serialNumber:import.duplicateSerialInFile',
      'quantity:import.quantityNotPositive',
      'condition:import.conditionUnknown',
      'value:money.format',
    ]);
    expect(errorsOf(10)).toEqual(['serialNumber:import.duplicateSerialInFile']);
    const money = result.errors.find((e) => e.rowNumber === 8 && e.column === 'value');
    expect(money).toEqual({
      rowNumber: 8,
      column: 'value',
      columnIndex: 9,
      code: 'money.format',
      raw: '12.3.4.5',
    });
  });

  it('names the other rows of a repeated serial number and the asset already holding one', () => {
    const dup = (row: number) =>
      result.errors.find((e) => e.rowNumber === row && e.code === 'import.duplicateSerialInFile');
    expect(dup(3)?.relatedRowNumbers).toEqual([9]);
    expect(dup(9)?.relatedRowNumbers).toEqual([3]);
    expect(dup(8)?.relatedRowNumbers).toEqual([10]);
    const existing = result.errors.find((e) => e.code === 'import.duplicateSerialExisting');
    expect(existing).toMatchObject({ rowNumber: 5, existingAssetId: 'asset-existing', raw: 'QZ-7781' });
  });

  it('keeps bad rows readable for correction: bad numbers null, text as typed', () => {
    expect(result.items.find((i) => i.rowNumber === 7)).toMatchObject({
      name: '空压机',
      quantity: null,
      raw: { quantity: '两台' },
      hasErrors: true,
    });
    expect(result.items.find((i) => i.rowNumber === 8)).toMatchObject({
      year: null,
      valueFen: null,
      quantity: 3,
      unit: '辆',
    });
  });

  it('takes the unit from "4 台" when the unit column is empty, and reads 万 in a yuan column', () => {
    expect(result.items.find((i) => i.rowNumber === 10)).toMatchObject({
      name: '焊机, 二氧化碳保护',
      quantity: 4,
      unit: '台',
      condition: 'damaged',
      valueFen: 1_500_000,
    });
  });

  it('lists errors in row then column order', () => {
    const keys = result.errors.map((e) => e.rowNumber * 100 + (e.columnIndex ?? -1));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});

describe('applyMapping', () => {
  const mapping: ColumnMapping = {
    columns: { name: 0, quantity: 1, value: 2 },
    valueUnit: 'yuan',
    valueBasis: 'line',
  };

  it('reports a missing name but keeps the row', () => {
    const r = applyMapping(
      [
        ['名称', '数量', '价值'],
        ['', '2', '100'],
      ],
      mapping,
      { today: '2025-06-03' },
    );
    expect(r.items).toHaveLength(1);
    expect(r.errors).toEqual([
      { rowNumber: 2, column: 'name', columnIndex: 0, code: 'import.nameRequired', raw: '' },
    ]);
  });

  it('multiplies a unit price by the quantity, exactly, and refuses a line beyond MAX_FEN', () => {
    const perUnit: ColumnMapping = { ...mapping, valueBasis: 'per_unit' };
    const r = applyMapping(
      [
        ['名称', '数量', '单价'],
        ['螺杆泵', '3', '4.35'],
        ['巨型设备', '1000', '10,000,000,000,000'],
      ],
      perUnit,
      { today: '2025-06-03' },
    );
    expect(r.items[0]!.valueFen).toBe(1_305);
    expect(r.items[1]!.valueFen).toBeNull();
    expect(r.errors.map((e) => e.code)).toEqual(['money.tooLarge']);
  });

  it('reads a 万元 column', () => {
    const r = applyMapping(
      [
        ['名称', '数量', '价值'],
        ['车床', '1', '17'],
      ],
      { ...mapping, valueUnit: 'wan_yuan' },
      { today: '2025-06-03' },
    );
    expect(r.items[0]!.valueFen).toBe(17_000_000);
  });

  it('reads short rows as empty cells and ignores unmapped columns', () => {
    const r = applyMapping([['名称', '数量', '价值'], ['车床']], mapping, { today: '2025-06-03' });
    expect(r.items[0]).toMatchObject({
      name: '车床',
      quantity: 1,
      valueFen: null,
      model: '',
      hasErrors: false,
    });
    expect(r.errors).toEqual([]);
  });

  it('flags text beyond the field limit', () => {
    const r = applyMapping([['名称'], ['车'.repeat(201)]], mapping, { today: '2025-06-03' });
    expect(r.errors.map((e) => e.code)).toEqual(['text.tooLong']);
    expect(r.items[0]!.name).toHaveLength(201);
  });

  it('loses no row: every data row is an item or a counted blank, and every error belongs to an item', () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', '车床', '2', '-1', 'x', '1,2', 'SN1', '2015', '在用'),
      fc.string({ maxLength: 6 }),
    );
    const sheet = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 40 });
    const full: ColumnMapping = {
      columns: {
        name: 0,
        model: 1,
        serialNumber: 2,
        year: 3,
        quantity: 4,
        condition: 5,
        value: 6,
        location: 7,
      },
      valueUnit: 'yuan',
      valueBasis: 'line',
    };
    fc.assert(
      fc.property(sheet, (data) => {
        const rows = [['h'], ...data];
        const r = applyMapping(rows, full, { today: '2025-06-03' });
        expect(r.items.length + r.blankRowCount + r.totalRows.length).toBe(data.length);
        const itemRows = new Set(r.items.map((i) => i.rowNumber));
        for (const e of r.errors) expect(itemRows.has(e.rowNumber)).toBe(true);
        for (const item of r.items)
          expect(item.hasErrors).toBe(r.errors.some((e) => e.rowNumber === item.rowNumber));
      }),
    );
  });
});

describe('applyMapping and total rows', () => {
  const rows = [
    ['设备名称', '数量', '原值（元）'],
    ['车床', '2', '1000'],
    ['小计', '2', '1000'],
    ['累计流量计', '1', '300'],
    ['', '合　计', '3', '1300'],
  ];
  const result = applyMapping(rows, suggestMapping(rows[0]!), { today: '2025-06-03' });

  it('sets 合计 and 小计 rows apart: not items, not errors, shown with their label and cells', () => {
    expect(result.items.map((i) => [i.rowNumber, i.name])).toEqual([
      [2, '车床'],
      [4, '累计流量计'],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.totalRows).toEqual([
      {
        rowNumber: 3,
        label: '小计',
        raw: expect.objectContaining({ name: '小计', quantity: '2', value: '1000' }),
      },
      { rowNumber: 5, label: '合　计', raw: expect.objectContaining({ name: '', quantity: '合　计' }) },
    ]);
  });
});
