import { randomUUID } from 'node:crypto';
import type { ErrorBody, QuarantineResponse } from '../../../shared/sync/protocol';
import { problem } from '../../../shared/sync/problem';
import type { AuthContext } from '../../auth/authenticate';
import type { Sql } from '../../db/Sql';
import type { Logger } from '../../log/logger';

/**
 * At most this many quarantined batches, and this many bytes of them, per device. A too-old client resends
 * its outbox at every sync; the first copies are kept for the court, later ones only cost storage (the
 * device still holds every mutation and pushes it again once upgraded).
 */
export const MAX_QUARANTINED_BATCHES_PER_DEVICE = 5;
export const MAX_QUARANTINED_BYTES_PER_DEVICE = 8 * 1024 * 1024;

const asInt = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? v : null;
const asText = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : null);

function quarantinedResults(body: Record<string, unknown>): QuarantineResponse['results'] {
  const mutations = Array.isArray(body.mutations) ? body.mutations : [];
  return mutations.flatMap((m: unknown) => {
    const r = m as { mutationId?: unknown; clientSeq?: unknown };
    return typeof r.mutationId === 'string' &&
      typeof r.clientSeq === 'number' &&
      Number.isInteger(r.clientSeq) &&
      r.clientSeq > 0
      ? [{ mutationId: r.mutationId, clientSeq: r.clientSeq, status: 'quarantined' as const }]
      : [];
  });
}

/**
 * Stores the whole batch of a too-old client, as received, before answering 426: the officer's work is
 * kept even when this server can no longer interpret it. The upgraded app pushes it again. Once the
 * device is at its cap (count or bytes) the batch is not stored again: the answer is then the plain
 * `client.tooOld` error, without a quarantine id or per-mutation results. The body has passed the input
 * gate (no text PostgreSQL cannot store, nesting within the limit), so JSON.stringify is safe. The device
 * row is locked so two pushes of one device cannot both slip under the cap.
 */
export async function quarantineBatch(
  sql: Sql,
  auth: AuthContext,
  body: Record<string, unknown>,
  receivedAt: string,
  logger: Logger,
): Promise<QuarantineResponse | ErrorBody> {
  const payload = JSON.stringify(body);
  const id = randomUUID();
  const isStored = await sql.transaction(async (tx) => {
    await tx.query('SELECT 1 FROM device WHERE id = $1 FOR UPDATE', [auth.deviceId]);
    const [held] = await tx.query<{ batches: number; bytes: number }>(
      `SELECT count(*)::int AS batches, coalesce(sum(octet_length(payload)), 0)::bigint AS bytes
       FROM quarantined_batch WHERE device_id = $1`,
      [auth.deviceId],
    );
    const bytes = Number(held!.bytes) + Buffer.byteLength(payload);
    if (held!.batches >= MAX_QUARANTINED_BATCHES_PER_DEVICE || bytes > MAX_QUARANTINED_BYTES_PER_DEVICE) {
      logger.warn({ deviceId: auth.deviceId, batches: held!.batches, bytes }, 'push.quarantineFull');
      return false;
    }
    await tx.query(
      `INSERT INTO quarantined_batch (id, user_id, device_id, protocol_version, schema_version, app_version, payload, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz)`,
      [
        id,
        auth.user.id,
        auth.deviceId,
        asInt(body.protocolVersion),
        asInt(body.schemaVersion),
        asText(body.appVersion, 50),
        payload,
        receivedAt,
      ],
    );
    return true;
  });
  if (!isStored) return { error: problem('client.tooOld') };
  return { error: problem('client.tooOld'), quarantineId: id, results: quarantinedResults(body) };
}
