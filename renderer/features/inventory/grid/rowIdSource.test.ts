import { describe, expect, it } from 'vitest';
import { UUID_PATTERN } from '../../../../shared/ids/uuidv7';
import { createRowIdSource } from './rowIdSource';

describe('createRowIdSource', () => {
  it('hands out ids that sort in the order asked for, even within one millisecond', () => {
    const source = createRowIdSource(() => 1_750_000_000_000);
    const ids = [...source.next(500), ...source.next(1), ...source.next(300)];
    expect(ids.every((id) => UUID_PATTERN.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
