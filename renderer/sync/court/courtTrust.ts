import {
  checkpointAnswerSchema,
  signingKeysAnswerSchema,
  type Checkpoint,
  type SigningKeysAnswer,
} from '../../../shared/sync/signedHead';
import type { CourtSession } from './CourtConnection';
import { readCourtJson } from './readCourtJson';

/**
 * What a device fetches to check the court with (docs/security.md): its published public keys and its
 * latest signed checkpoint. Both answers are parsed, never trusted: a key is only as good as the
 * signatures it verifies, and a checkpoint only once its signature holds.
 */
export const courtTrust = {
  async signingKeys(session: CourtSession): Promise<SigningKeysAnswer> {
    return readCourtJson(
      await session.request('/history/v1/signing-keys', { method: 'GET' }),
      signingKeysAnswerSchema,
    );
  },
  async latestCheckpoint(session: CourtSession): Promise<Checkpoint | null> {
    const answer = await readCourtJson(
      await session.request('/history/v1/checkpoint', { method: 'GET' }),
      checkpointAnswerSchema,
    );
    return answer.checkpoint;
  },
};
