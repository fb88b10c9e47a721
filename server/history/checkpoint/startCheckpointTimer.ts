import type { Sql } from '../../db/Sql';
import type { Logger } from '../../log/logger';
import type { Clock } from '../../util/Clock';
import type { SigningKeyRing } from '../signing/SigningKeyRing';
import { createCheckpoint } from './createCheckpoint';

/**
 * Publishes a signed checkpoint every `intervalMs` (and once at start), skipping when nothing was
 * committed since the last. A failure is logged and retried at the next tick: checkpoints are evidence
 * about the data, never in the way of serving it. Returns the function that stops the timer.
 */
export function startCheckpointTimer(
  deps: { sql: Sql; keys: SigningKeyRing; clock: Clock; logger: Logger },
  intervalMs: number,
): () => void {
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      const c = await createCheckpoint(deps.sql, deps.keys, new Date(deps.clock()).toISOString());
      deps.logger.debug({ checkpointId: c.id, commitSeq: c.commitSeq }, 'history.checkpoint');
    } catch (error) {
      deps.logger.warn({ err: error }, 'history.checkpointFailed');
    } finally {
      isRunning = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
