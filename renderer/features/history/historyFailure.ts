import type { Problem } from '../../../shared/sync/protocol';
import { CourtHttpError } from '../../sync/court/CourtHttpError';

/** Why a history request gave no answer, in the terms the screen explains. */
export type HistoryFailure =
  | { kind: 'signedOut' }
  | { kind: 'offline' }
  | { kind: 'notFound' }
  | { kind: 'failed'; problem: Problem | null; status: number };

/** Classifies a failed history request (anything not a CourtHttpError is a defect, shown as failed). */
export function toHistoryFailure(error: unknown): HistoryFailure {
  if (!(error instanceof CourtHttpError)) return { kind: 'failed', problem: null, status: 0 };
  if (error.isNetwork) return { kind: 'offline' };
  if (error.status === 404) return { kind: 'notFound' };
  return { kind: 'failed', problem: error.problem, status: error.status };
}
