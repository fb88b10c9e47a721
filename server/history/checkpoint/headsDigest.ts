import { canonicalJson } from '../../../shared/sync/canonicalJson';
import { sha256 } from '../../util/sha256';
import type { ChainHead } from './ChainHead';

/** SHA-256 of the heads in their fixed order (readHeadsAsOf), as compact tuples. */
export function headsDigest(heads: readonly ChainHead[]): string {
  return sha256.hex(canonicalJson(heads.map((h) => [h.entity, h.entityId, h.version, h.hash])));
}
