import type { Migration } from './Migration';

/**
 * Site visits (issue 3). `visits`, `incidents` and `assets` (the case's asset ledger: machinery from visit
 * inventories now, the five checks' assets later) are indexed by case and by visit, because a visit page
 * reads one visit's rows and the over-seizure meter reads the whole case. `attachments` holds only the
 * metadata of photos and files (hash, size, type, capture time, thumbnail, what it is linked to); the bytes
 * are content-addressed: in the browser build in `blobs`, keyed by SHA-256, in the desktop shell as files
 * written by the main process. `transferFlags` are the possible asset transfers found by carry-forward.
 */
export const m0003SiteVisits = {
  version: 3,
  stores: {
    visits: 'id, caseId, state',
    incidents: 'id, caseId, visitId',
    assets: 'id, caseId, visitId',
    attachments: 'id, caseId, visitId, sha256, entityId',
    blobs: 'sha256',
    transferFlags: 'id, caseId, assetId',
  },
} as const satisfies Migration;
