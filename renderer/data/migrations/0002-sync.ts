import type { Migration } from './Migration';

/**
 * Sync state. `caseBase` holds each case exactly as the court server last sent it (with its commit and
 * per-field sequences); `cases` stays the local view = base + this device's pending edits, so a pull never
 * overwrites an edit that has not been pushed yet. `conflicts` mirrors the server's open conflicts.
 */
export const m0002Sync = {
  version: 2,
  stores: {
    caseBase: 'id',
    conflicts: 'id, entityId, caseId',
  },
} as const satisfies Migration;
