import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/sync/canonicalJson';
import type { Json } from '../../shared/sync/mutation';

/** prev_hash of a record's first version. */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything one entity_version row asserts; the hash covers all of it plus the previous hash. */
export type VersionContent = {
  entity: string;
  entityId: string;
  version: number;
  commitSeq: number;
  caseId: string;
  origin: 'device' | 'admin';
  mutationId: string | null;
  authorUserId: string | null;
  deviceId: string | null;
  deviceTime: string | null;
  serverTime: string;
  data: Record<string, Json>;
  fieldSeq: Record<string, number>;
  changedFields: string[];
  deletedAt: string | null;
  deletedReason: string | null;
  prevHash: string;
};

/**
 * SHA-256 over the canonical JSON of a version: altering any stored version (or dropping one) breaks the
 * chain from there on, which `verifyVersionChain` detects.
 */
export function versionHash(content: VersionContent): string {
  return createHash('sha256')
    .update(canonicalJson(content as unknown as Json))
    .digest('hex');
}
