import type { Migration } from './Migration';

/**
 * First schema. `cases` holds the local view of each case; `caseSummaries` is a slim projection written in
 * the same transaction, so the list and search can load 50,000 rows without reading whole cases.
 * `outbox` is keyed by clientSeq: the device's mutations in the order they were made.
 */
export const m0001Initial = {
  version: 1,
  stores: {
    cases: 'id, caseNumber, *respondentKeys, *partyKeys',
    caseSummaries: 'id, acceptedOn',
    outbox: 'clientSeq, caseId, entityId',
    meta: 'key',
  },
} as const satisfies Migration;
