/**
 * Thrown by the fast path of a push (processPush) when a mutation needs something only the careful path
 * does: a write that goes to the database at once (conflicts), a read that must see this push's own
 * earlier writes, or a defect to be confined to one mutation by a savepoint. The push's transaction is
 * rolled back and the whole push runs again in careful mode, which gives the same outcomes.
 */
export class CarefulModeRequired extends Error {
  constructor(readonly reason: string) {
    super(`careful mode required: ${reason}`);
    this.name = 'CarefulModeRequired';
  }
}
