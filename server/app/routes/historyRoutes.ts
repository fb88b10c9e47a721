import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ChainCheck } from '../../../shared/history/chainCheck';
import type { RecordHistory } from '../../../shared/history/recordHistory';
import { syncedEntitySchema } from '../../../shared/sync/mutation';
import { exportCaseHistory } from '../../history/exportCaseHistory';
import { findReadableCase } from '../../history/findReadableCase';
import { readCheckpoints } from '../../history/checkpoint/readCheckpoints';
import { readHistories } from '../../history/readHistories';
import { verifyVersionChain } from '../../sync/chain/verifyVersionChain';
import { parseBody } from '../parseBody';
import type { ServerDeps } from '../ServerDeps';

const recordParamsSchema = z.object({ entity: syncedEntitySchema, entityId: z.string().min(1).max(100) });
const caseParamsSchema = z.object({ caseId: z.string().min(1).max(100) });

/**
 * The audit trail (docs/history.md), behind the Bearer token like sync, readable by
 * whoever may see the record's case:
 * - `GET /history/v1/:entity/:entityId` → every version, oldest first, with who, when, device, reason and
 *   the fields changed from → to;
 * - `POST /history/v1/:entity/:entityId/verify` → the record's hash chain re-checked;
 * - `GET /history/v1/case/:caseId/export` → the case and every record inside it, each verified.
 * - `GET /history/v1/checkpoint` and `GET /history/v1/signing-keys` → the latest signed checkpoint of every
 *   chain head and the court's public keys (docs/security.md).
 * Reads run in one read-only snapshot, so a push committing meanwhile is seen whole or not at all.
 */
export function registerHistoryRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const readOnly = { isReadOnly: true };

  app.get('/history/v1/:entity/:entityId', async (request): Promise<RecordHistory> => {
    const caller = request.auth;
    const { entity, entityId } = parseBody(recordParamsSchema, request.params);
    return deps.sql.transaction(async (tx) => {
      await findReadableCase(tx, caller, entity, entityId);
      const [history] = await readHistories(tx, { entity, entityId });
      return history!;
    }, readOnly);
  });

  app.post('/history/v1/:entity/:entityId/verify', async (request): Promise<ChainCheck> => {
    const caller = request.auth;
    const { entity, entityId } = parseBody(recordParamsSchema, request.params);
    return deps.sql.transaction(async (tx) => {
      await findReadableCase(tx, caller, entity, entityId);
      return verifyVersionChain(tx, entity, entityId);
    }, readOnly);
  });

  app.get('/history/v1/case/:caseId/export', async (request) => {
    const caller = request.auth;
    const { caseId } = parseBody(caseParamsSchema, request.params);
    return deps.sql.transaction(async (tx) => {
      const target = await findReadableCase(tx, caller, 'case', caseId);
      return exportCaseHistory(tx, caller, target, new Date(deps.clock()).toISOString());
    }, readOnly);
  });

  // The latest signed checkpoint of every chain head (its digest, not the heads: those name other teams'
  // records) and the court's public keys, old ones included: anyone may keep them to check the court
  // later (docs/security.md).
  app.get('/history/v1/checkpoint', async () => {
    const [latest] = await readCheckpoints(deps.sql, { latestOnly: true });
    return { checkpoint: latest ?? null };
  });

  app.get('/history/v1/signing-keys', async () => ({
    currentKeyId: deps.signingKeys.currentKeyId,
    keys: deps.signingKeys.publicKeys(),
  }));
}
