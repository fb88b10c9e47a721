import { canonicalJson } from '../../../shared/sync/canonicalJson';
import { sha256 } from '../../util/sha256';
import type { VersionContent } from './VersionContent';

/** prev_hash of a record's first version. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over the canonical JSON of a version: altering any stored version (or dropping one) breaks the
 * chain from there on, which `verifyVersionChain` detects. Written from memory by the store, recomputed
 * from the stored row on verification: canonicalJson gives both the same text.
 */
export function versionHash(content: VersionContent): string {
  return sha256.hex(canonicalJson(content));
}
