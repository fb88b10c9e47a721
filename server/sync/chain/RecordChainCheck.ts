import type { ChainCheck } from '../../../shared/history/chainCheck';

/** Why a record's history does not hold, for the administrator (verify-history prints it). */
export type ChainProblem =
  'numbering' | 'link' | 'hash' | 'truncated' | 'liveRowDiffers' | 'liveRowMissing' | 'versionsMissing';

/** A chain check with, when broken, what was found wrong. */
export type RecordChainCheck =
  | Extract<ChainCheck, { isIntact: true }>
  | (Extract<ChainCheck, { isIntact: false }> & { problem: ChainProblem; detail: string });
