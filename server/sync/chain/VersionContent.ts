import type { Json } from '../../../shared/sync/mutation';

/** Who made a version and when: the evidence stored with it (a device's mutation, or the administrator). */
export type VersionAuthor = {
  origin: 'device' | 'admin';
  mutationId: string | null;
  authorUserId: string | null;
  deviceId: string | null;
  deviceTime: string | null;
  serverTime: string;
};

/**
 * Everything one entity_version row asserts; the hash covers all of it plus the previous hash. Exactly these
 * fields: a member more or less would change every hash (see versionHash).
 */
export type VersionContent = VersionAuthor & {
  entity: string;
  entityId: string;
  version: number;
  commitSeq: number;
  caseId: string;
  data: Record<string, Json>;
  fieldSeq: Record<string, number>;
  changedFields: string[];
  deletedAt: string | null;
  deletedReason: string | null;
  prevHash: string;
};
