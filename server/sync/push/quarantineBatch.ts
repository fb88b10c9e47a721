import { randomUUID } from 'node:crypto';
import type { QuarantineResponse } from '../../../shared/sync/protocol';
import { problem } from '../../../shared/sync/problem';
import type { AuthContext } from '../../auth/authenticate';
import type { Sql } from '../../db/Sql';

const asInt = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? v : null;
const asText = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : null);

/**
 * Stores the whole batch of a too-old client, as received, before answering 426: the officer's work is
 * never dropped, even when this server can no longer interpret it. The upgraded app pushes it again.
 */
export async function quarantineBatch(
  sql: Sql,
  auth: AuthContext,
  body: Record<string, unknown>,
  receivedAt: string,
): Promise<QuarantineResponse> {
  const id = randomUUID();
  await sql.query(
    `INSERT INTO quarantined_batch (id, user_id, device_id, protocol_version, schema_version, app_version, payload, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz)`,
    [
      id,
      auth.user.id,
      auth.deviceId,
      asInt(body.protocolVersion),
      asInt(body.schemaVersion),
      asText(body.appVersion, 50),
      JSON.stringify(body),
      receivedAt,
    ],
  );
  const mutations = Array.isArray(body.mutations) ? body.mutations : [];
  const results = mutations.flatMap((m: unknown) => {
    const r = m as { mutationId?: unknown; clientSeq?: unknown };
    return typeof r.mutationId === 'string' &&
      typeof r.clientSeq === 'number' &&
      Number.isInteger(r.clientSeq) &&
      r.clientSeq > 0
      ? [{ mutationId: r.mutationId, clientSeq: r.clientSeq, status: 'quarantined' as const }]
      : [];
  });
  return { error: problem('client.tooOld'), quarantineId: id, results };
}
