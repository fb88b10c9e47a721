import type { FastifyInstance } from 'fastify';
import type { ReviewQueueResponse } from '../../../shared/review/reviewQueueProtocol';
import { Forbidden } from '../../errors/Forbidden';
import { isReviewer } from '../../sync/child/visitWorkflow';
import type { ServerDeps } from '../ServerDeps';

type Row = {
  id: string;
  case_id: string;
  case_number: string;
  data: {
    state: ReviewQueueResponse['items'][number]['state'];
    startedAt: string;
    officersPresent: { name: string }[];
  };
};

/**
 * `GET /review/v1/queue`: the team's visits waiting for review, oldest first — for team leads (their team)
 * and administrators (all). Officers get 403: reviewing is the lead's decision, here as in the push, where
 * a review decision from an officer is rejected (`visit.reviewForbidden`).
 */
export function registerReviewRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.get('/review/v1/queue', async (request): Promise<ReviewQueueResponse> => {
    const { auth } = request;
    if (!isReviewer(auth.user.role)) throw new Forbidden('visit.reviewForbidden');
    const rows = await deps.sql.query<Row>(
      `SELECT v.id, v.case_id, c.case_number, v.data FROM child_record v JOIN case_record c ON c.id = v.case_id
       WHERE v.entity = 'visit' AND v.data ->> 'state' IN ('submitted', 'resubmitted', 'amended')
         AND ($1::boolean OR c.team_id = $2)
       ORDER BY v.data ->> 'startedAt', v.id`,
      [auth.user.role === 'admin', auth.user.teamId],
    );
    return {
      items: rows.map((r) => ({
        visitId: r.id,
        caseId: r.case_id,
        caseNumber: r.case_number,
        state: r.data.state,
        startedAt: r.data.startedAt,
        officerNames: r.data.officersPresent.map((o) => o.name),
      })),
    };
  });
}
