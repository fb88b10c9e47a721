import type { CourtSession } from '../court/CourtConnection';
import { CourtHttpError } from '../court/CourtHttpError';
import { downloadBlob } from './downloadBlob';

/**
 * Whether the court server holds a blob's bytes: asks for its first byte (a photo record can arrive before
 * its bytes). Null when the server cannot be asked (offline); the caller shows "not known yet".
 */
export async function isBlobOnServer(session: CourtSession, sha256: string): Promise<boolean | null> {
  try {
    return (await downloadBlob(session, sha256, { offset: 0, length: 1 })) !== null;
  } catch (error) {
    // An empty file has no first byte: "range not satisfiable" still says the server has it.
    if (error instanceof CourtHttpError && error.status === 416) return true;
    return null;
  }
}
