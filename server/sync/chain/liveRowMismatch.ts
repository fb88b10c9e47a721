import { jsonEquals } from '../../../shared/sync/canonicalJson';
import type { Json } from '../../../shared/sync/mutation';
import type { LiveRow } from './readLiveRow';

/** The parts of a record's latest version its current row must repeat. */
export type LatestVersion = {
  entity: string;
  case_id: string;
  version: number;
  commit_seq: number;
  data: Record<string, Json>;
  field_seq: Record<string, number>;
  deleted_at: Date | null;
  deleted_reason: string | null;
  hash: string;
};

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/**
 * The first column in which a record's current row differs from its latest version, or null when the row
 * is exactly what the history ends with. What sync serves and what the history shows must be one thing:
 * a row changed without a version (or a latest version removed) is a rewrite too.
 */
export function liveRowMismatch(live: LiveRow, latest: LatestVersion): string | null {
  const checks: [string, boolean][] = [
    ['version', live.version === latest.version],
    ['last_hash', live.last_hash === latest.hash],
    ['commit_seq', live.commit_seq === latest.commit_seq],
    ['case_id', live.case_id === latest.case_id],
    ['data', jsonEquals(live.data, latest.data)],
    ['field_seq', jsonEquals(live.field_seq, latest.field_seq)],
    ['deleted_at', iso(live.deleted_at) === iso(latest.deleted_at)],
    ['deleted_reason', live.deleted_reason === latest.deleted_reason],
  ];
  if (latest.entity === 'case') {
    checks.push(['team_id', live.team_id === String(latest.data.teamId)]);
    checks.push(['case_number', live.case_number === String(latest.data.caseNumber)]);
  }
  return checks.find(([, isSame]) => !isSame)?.[0] ?? null;
}
