import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/history/recordHistory';
import { latestRecordData } from './latestRecordData';

const entry = (version: number, changes: HistoryEntry['changes']): HistoryEntry => ({
  version,
  commitSeq: version,
  serverTime: '2025-07-01T02:00:00.000Z',
  deviceTime: null,
  origin: 'device',
  op: 'patch',
  mutationId: null,
  author: null,
  device: null,
  reason: null,
  changes,
  deletion: null,
  deletionChange: null,
  hash: '0'.repeat(64),
});

describe('latestRecordData', () => {
  it('replays the changes of every version in order', () => {
    expect(
      latestRecordData([
        entry(1, [
          { field: 'name', from: null, to: '车床' },
          { field: 'quantity', from: null, to: 1 },
        ]),
        entry(2, [{ field: 'quantity', from: 1, to: 3 }]),
      ]),
    ).toEqual({ name: '车床', quantity: 3 });
  });
});
