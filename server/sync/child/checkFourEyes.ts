import { fourEyesBlocker } from '../../../shared/review/fourEyesBlocker';
import type { Visit } from '../../../shared/visits/visit';
import { isFourEyesRequired } from '../../admin/isFourEyesRequired';
import type { MutationContext } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import type { ChildState } from '../store/ChildState';
import { visitRecorders } from './visitRecorders';

/**
 * Refuses a review decision by a lead who recorded the visit or was present at it (四眼原则), unless the
 * court turned the rule off. The same rule as the app's review screen (shared/review/fourEyesBlocker), on
 * the server's own history: what the device says about who wrote the log counts for nothing here.
 * `alsoRecordedBy`: authors of what is being decided besides the visit (an amendment's opener).
 */
export async function checkFourEyes(
  ctx: MutationContext,
  visit: ChildState,
  path: string,
  alsoRecordedBy: readonly string[] = [],
): Promise<void> {
  const code = fourEyesBlocker({
    reviewerId: ctx.user.id,
    recorderIds: [...(await visitRecorders(ctx, visit.id)), ...alsoRecordedBy],
    officersPresent: (visit.data as unknown as Visit).officersPresent,
    isRequired: await isFourEyesRequired(ctx.tx),
  });
  if (code !== null) throw new MutationRejected(code, path);
}
