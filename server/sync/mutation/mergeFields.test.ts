import { describe, expect, it } from 'vitest';
import { concurrentlyChangedFields, mergeFields } from './mergeFields';
import type { MergeBase } from './mergeFields';

const me = 'device-me';
const other = { deviceId: 'device-other', userId: 'u2', mutationId: 'm2' };
const mine = { deviceId: me, userId: 'u1', mutationId: 'm1' };

/** notes changed at 10 by another device, recoveredFen at 12 by me, status untouched since 5. */
const base: MergeBase = {
  data: { notes: 'theirs', recoveredFen: 100, status: 'enforcing' },
  fieldSeq: { notes: 10, recoveredFen: 12, status: 5 },
  fieldWriter: {
    notes: other,
    recoveredFen: mine,
    status: { deviceId: null, userId: null, mutationId: null },
  },
};

describe('mergeFields', () => {
  it('applies a field not changed since the base', () => {
    expect(mergeFields({ status: { from: 'enforcing', to: 'suspended' } }, base, 5, me)).toEqual([
      { field: 'status', outcome: 'apply', from: 'enforcing', to: 'suspended', theirs: 'enforcing' },
    ]);
  });

  it('keeps a concurrent change of the same field as a conflict with base, mine and theirs', () => {
    expect(mergeFields({ notes: { from: 'base', to: 'mine' } }, base, 9, me)).toEqual([
      { field: 'notes', outcome: 'conflict', from: 'base', to: 'mine', theirs: 'theirs' },
    ]);
  });

  it('calls an equal value converged, whatever the sequence', () => {
    expect(mergeFields({ notes: { from: 'base', to: 'theirs' } }, base, 0, me)[0]!.outcome).toBe('converged');
    expect(
      mergeFields(
        { claim: { from: null, to: { b: 1, a: 2 } } },
        { ...base, data: { claim: { a: 2, b: 1 } } },
        0,
        me,
      )[0]!.outcome,
    ).toBe('converged');
  });

  it('never conflicts a device with its own earlier write', () => {
    expect(mergeFields({ recoveredFen: { from: 100, to: 200 } }, base, 3, me)[0]!.outcome).toBe('apply');
    expect(mergeFields({ recoveredFen: { from: 100, to: 200 } }, base, 3, 'someone-else')[0]!.outcome).toBe(
      'conflict',
    );
  });

  it('treats a missing field as changed at sequence 0 and value null', () => {
    expect(mergeFields({ officers: { from: null, to: [] } }, base, 0, me)[0]).toEqual({
      field: 'officers',
      outcome: 'apply',
      from: null,
      to: [],
      theirs: null,
    });
  });

  it('lists fields changed after the base by other devices only', () => {
    expect(concurrentlyChangedFields(base, 4, me)).toEqual(['notes', 'status']);
    expect(concurrentlyChangedFields(base, 10, me)).toEqual([]);
  });
});
