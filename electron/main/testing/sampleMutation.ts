import { randomBytes } from 'node:crypto';
import { uuidv7 } from '../../../shared/ids/uuidv7';
import type { Mutation } from '../../../shared/sync/mutation';

/** A valid outbox mutation for tests; `clientSeq` distinguishes entries. */
export function sampleMutation(clientSeq: number, overrides: Partial<Mutation> = {}): Mutation {
  return {
    mutationId: uuidv7(Date.now(), randomBytes(10)),
    clientSeq,
    txId: uuidv7(Date.now(), randomBytes(10)),
    deviceId: 'device-test-01',
    authorUserId: 'officer-zhang',
    deviceTime: '2025-03-14T09:30:00.000+08:00',
    op: 'patch',
    entity: 'case',
    entityId: 'case-0001',
    caseId: 'case-0001',
    baseSeq: 12,
    changes: {
      status: { from: 'open', to: 'closed' },
      note: { from: null, to: '被执行人已到场 · 财产已查封' },
    },
    ...overrides,
  };
}
