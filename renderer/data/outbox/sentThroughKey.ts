/**
 * Meta key of the highest clientSeq of `deviceId` that a push has been handed (or that the server may
 * hold for another reason: restored from the journal, processed before a sign-in). A mutation at or below
 * it is never changed again: the server may already have it under its mutationId (see squashTarget).
 */
export function sentThroughKey(deviceId: string): string {
  return `sentThroughClientSeq:${deviceId}`;
}
