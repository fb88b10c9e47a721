import type { Migration } from './Migration';

/**
 * First schema. `cases` holds the local view of each case; `caseSummaries` is a slim projection written in
 * the same transaction, so the list and search can load 50,000 rows without reading whole cases.
 * `outbox` is keyed by [deviceId+clientSeq]: each signed-in officer has a device id of their own, so two
 * officers sharing a laptop keep separate sequences and neither pushes under the other's name.
 */
export const m0001Initial = {
  version: 1,
  stores: {
    cases: 'id, caseNumber, *respondentKeys, *partyKeys',
    caseSummaries: 'id, acceptedOn',
    outbox: '[deviceId+clientSeq], caseId, entityId, state',
    meta: 'key',
  },
} as const satisfies Migration;
