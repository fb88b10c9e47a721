import type { SyncConflict } from '../../../shared/sync/protocol';

/** Where the record of a conflict is shown: a visit has its page, everything else is on its case's page. */
export function recordPath(c: Pick<SyncConflict, 'entity' | 'entityId' | 'caseId'>): string {
  return c.entity === 'visit' ? `/visits/${c.entityId}` : `/cases/${c.caseId}`;
}
