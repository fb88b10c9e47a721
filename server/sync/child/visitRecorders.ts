import type { MutationContext } from '../mutation/MutationContext';

/**
 * The users who recorded a visit, from its history (this push's own versions included): whoever created
 * it, wrote any of its content or took an author's step (submitted, resubmitted, opened an amendment).
 * A reviewer's own steps do not make them a recorder: returning or approving (a version changing only the
 * state to `returned`/`approved`) and accepting an amendment (content written while `amended`, by the
 * decision, the content itself being the amendment's author's).
 */
export async function visitRecorders(ctx: MutationContext, visitId: string): Promise<string[]> {
  await ctx.store.settle(['visit']);
  const rows = await ctx.tx.query<{ author_user_id: string }>(
    `SELECT DISTINCT author_user_id FROM entity_version
     WHERE entity = 'visit' AND entity_id = $1 AND author_user_id IS NOT NULL
       AND NOT (changed_fields = '["state"]'::jsonb AND data ->> 'state' IN ('returned', 'approved'))
       AND NOT (data ->> 'state' = 'amended' AND NOT changed_fields ? 'state')`,
    [visitId],
  );
  return rows.map((r) => r.author_user_id);
}
