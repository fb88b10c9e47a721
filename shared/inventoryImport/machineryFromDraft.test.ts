import { describe, expect, it } from 'vitest';
import { assetSchema } from '../assets/asset';
import { applyMapping } from './applyMapping';
import { machineryFromDraft, type DraftContext } from './machineryFromDraft';
import { suggestMapping } from './suggestMapping';

const context: DraftContext = {
  id: 'new1',
  caseId: 'c1',
  visitId: 'v2',
  ownerClass: 'enterprise',
  valuationDate: '2025-06-03',
};
const rows = [
  ['设备名称', '型号', '出厂编号', '数量', '单位', '状态', '原值'],
  ['数控车床', 'CK6150', 'SY2018-0457', '2', '台', '在用', '170000'],
  ['液压机', '', '', '两台', '', '', ''],
];
const { items } = applyMapping(rows, suggestMapping(rows[0]!), { today: '2025-06-03' });

describe('machineryFromDraft', () => {
  it('makes a valid ledger row from a clean draft, valued as the enterprise’s estimate, with no measure', () => {
    const asset = machineryFromDraft(items[0]!, context);
    expect(asset).toMatchObject({
      id: 'new1',
      class: 'machinery',
      name: '数控车床',
      quantity: 2,
      condition: 'running',
      ownerClass: 'enterprise',
      valuation: { valueFen: 17_000_000, method: 'estimate', date: '2025-06-03' },
      measure: { kind: 'none' },
      carriedFrom: null,
    });
    expect(assetSchema.safeParse(asset).success).toBe(true);
  });

  it('makes nothing from a draft that still has errors', () => {
    expect(items[1]!.hasErrors).toBe(true);
    expect(machineryFromDraft(items[1]!, context)).toBeNull();
  });

  it('leaves the valuation empty when the list gave no value', () => {
    const corrected = { ...items[1]!, quantity: 2, hasErrors: false };
    expect(machineryFromDraft(corrected, { ...context, ownerClass: 'unclear' })).toMatchObject({
      valuation: null,
      ownerClass: 'unclear',
      quantity: 2,
    });
  });
});
