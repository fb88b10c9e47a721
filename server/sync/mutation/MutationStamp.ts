import type { Mutation } from '../../../shared/sync/mutation';
import type { VersionAuthor } from '../chain/VersionContent';
import type { ConflictCloser } from '../store/conflictStore';
import type { Writer } from '../store/Writer';
import type { MutationContext } from './MutationContext';

/** Field sequences and writers of a record: when and by whom each field was last written. */
export type FieldStamps = { fieldSeq: Record<string, number>; fieldWriter: Record<string, Writer> };

/**
 * Who and when, for everything one accepted mutation writes: the writer of the fields it sets (and of a
 * deletion), the evidence of the versions it makes, the side it takes in conflicts it opens and the closer
 * of those it supersedes or resolves. Made once per mutation by `stampOf`, never spelt out by a handler.
 */
export type MutationStamp = {
  commitSeq: number;
  /** The device, user and mutation: field_writer entries, deleted_by, a conflict's "mine" side. */
  writer: { deviceId: string; userId: string; mutationId: string };
  /** The entity_version evidence. */
  author: VersionAuthor;
  /** Who closes conflicts, in this commit, now. */
  closer: ConflictCloser;
};

export function stampOf(ctx: MutationContext, m: Mutation): MutationStamp {
  return {
    commitSeq: ctx.commitSeq,
    writer: { deviceId: ctx.deviceId, userId: ctx.user.id, mutationId: m.mutationId },
    author: {
      origin: 'device',
      mutationId: m.mutationId,
      authorUserId: ctx.user.id,
      deviceId: ctx.deviceId,
      deviceTime: m.deviceTime,
      serverTime: ctx.serverTime,
    },
    closer: { commitSeq: ctx.commitSeq, time: ctx.serverTime, userId: ctx.user.id, mutationId: m.mutationId },
  };
}

/**
 * A record's field stamps with `fields` written now by `writer` in commit `commitSeq`: every field of a new
 * record (`base` null), or the fields a patch applied on top of the record's own.
 */
export function stampFields(
  base: FieldStamps | null,
  fields: readonly string[],
  stamp: { commitSeq: number; writer: Writer },
): FieldStamps {
  const fieldSeq = { ...base?.fieldSeq };
  const fieldWriter = { ...base?.fieldWriter };
  for (const field of fields) {
    fieldSeq[field] = stamp.commitSeq;
    fieldWriter[field] = stamp.writer;
  }
  return { fieldSeq, fieldWriter };
}
