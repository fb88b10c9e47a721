import { assetWarnings } from '../../../../shared/assets/assetWarnings';
import { checkOwnerGuard } from '../../../../shared/assets/checkOwnerGuard';
import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';
import type { GridColumnKey } from './gridColumns';

/** One problem of a row, by code, with the grid column it concerns. */
export type RowIssueCode = { severity: 'error' | 'warning'; code: string; column: GridColumnKey | null };

const COLUMN_OF_PATH: Record<string, GridColumnKey> = {
  name: 'name',
  ownerClass: 'ownerClass',
  valuation: 'value',
  'measure.sealNoticeNumber': 'sealNoticeNumber',
  'measure.custodian': 'custodian',
  'measure.thirdPartyJustification': 'measureKind',
};

/**
 * What the grid flags on a row: the owner guard's refusals (rule 2; a row can only be in that state if it
 * arrived so, e.g. by a sync) and the shared non-blocking warnings (missing seal paperwork, a measure on an
 * unpriced machine, an unnamed machine, doubtful ownership).
 */
export function rowIssues(row: MachineryAsset): RowIssueCode[] {
  const errors: RowIssueCode[] = checkOwnerGuard(row)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => ({ severity: 'error', code: p.code, column: COLUMN_OF_PATH[p.path] ?? null }));
  const warnings: RowIssueCode[] = assetWarnings(row).map((w) => ({
    severity: 'warning',
    code: w.code,
    column: COLUMN_OF_PATH[w.path] ?? null,
  }));
  return [...errors, ...warnings];
}
