import { describe, expect, it } from 'vitest';
import type { ChecklistOverride } from './checklistOverride';
import type { ChecklistResult } from './reviewChecklist';
import { unacknowledgedChecklistItems } from './unacknowledgedChecklistItems';

const result = (item: ChecklistResult['item'], isMet: boolean): ChecklistResult => ({
  item,
  isMet,
  details: [],
});
const checklist = [
  result('twoOfficers', false),
  result('startAndEnd', true),
  result('signatureOrRefusal', false),
  result('photosUploaded', true),
];

describe('unacknowledgedChecklistItems', () => {
  it('lists every unmet check when the approval carries no override', () => {
    expect(unacknowledgedChecklistItems(checklist, undefined)).toEqual(['twoOfficers', 'signatureOrRefusal']);
  });

  it('lists the unmet checks an override does not name', () => {
    expect(
      unacknowledgedChecklistItems(checklist, { unmetItems: ['twoOfficers'], reason: '法警在场见证' }),
    ).toEqual(['signatureOrRefusal']);
  });

  it('is empty when each unmet check is named, even with more named than is unmet now', () => {
    const override: ChecklistOverride = {
      unmetItems: ['twoOfficers', 'signatureOrRefusal', 'photosUploaded'],
      reason: '离线审批，照片上传情况无法确认',
    };
    expect(unacknowledgedChecklistItems(checklist, override)).toEqual([]);
  });

  it('is empty for a fully met checklist, without any override', () => {
    expect(unacknowledgedChecklistItems([result('twoOfficers', true)], undefined)).toEqual([]);
  });
});
