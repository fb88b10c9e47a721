import type { Json } from '../../../shared/sync/mutation';
import { linkBlobToCase } from '../../blobs/linkBlobToCase';
import { ownCompletedUpload } from '../../blobs/ownCompletedUpload';
import type { MutationContext } from '../mutation/MutationContext';

/**
 * An attachment pushed by the user who uploaded its bytes (in their current team) gives those bytes to the
 * attachment's case: the upload proved possession, whichever came first. This is how bytes uploaded
 * before their record, or by a build that announced no case, reach the case team. An attachment naming a
 * hash its author never uploaded links nothing: its team gets the bytes only by sending them.
 */
export async function linkAttachmentBlob(
  ctx: MutationContext,
  data: Record<string, Json>,
  caseId: string,
): Promise<void> {
  const sha256 = String(data.sha256);
  const proof = await ownCompletedUpload(ctx.tx, ctx.user, sha256);
  if (proof !== null) await linkBlobToCase(ctx.tx, { sha256, caseId, uploadId: proof }, ctx.serverTime);
}
