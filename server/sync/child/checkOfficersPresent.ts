import type { OfficerRef } from '../../../shared/domain/case';
import type { Json } from '../../../shared/sync/mutation';
import type { MutationContext } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';

/**
 * The officers a visit names as present must be members of the case's team (an active account of that
 * team): naming anyone else would put a stranger's name on a legal record, or let a lead of another team
 * appear present. Checked whenever the list is written; a later move of an officer does not rewrite it.
 */
export async function checkOfficersPresent(
  ctx: MutationContext,
  officersPresent: Json | undefined,
  teamId: string,
): Promise<void> {
  const officers = (officersPresent ?? []) as unknown as OfficerRef[];
  if (officers.length === 0) return;
  const ids = officers.map((o) => o.userId);
  const rows = await ctx.tx.query<{ id: string }>(
    'SELECT id FROM app_user WHERE id = ANY($1::text[]) AND team_id = $2 AND disabled_at IS NULL',
    [ids, teamId],
  );
  const members = new Set(rows.map((r) => r.id));
  const stranger = ids.findIndex((id) => !members.has(id));
  if (stranger !== -1) throw new MutationRejected('visit.officerNotInTeam', `officersPresent.${stranger}`);
}
