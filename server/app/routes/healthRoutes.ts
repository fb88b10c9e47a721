import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../ServerDeps';

/** `GET /health`: 200 when the database answers (for load balancers and the app's reachability check). */
export function registerHealthRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.get('/health', async () => {
    const rows = await deps.sql.query<{ commit_seq: number }>(
      'SELECT commit_seq FROM sync_counter WHERE id = 1',
    );
    return { status: 'ok', storage: deps.sql.kind, commitSeq: rows[0]?.commit_seq ?? 0 };
  });
}
