/**
 * Thrown while processing a mutation that the server refuses for good (validation, authorisation). The
 * push turns it into a `rejected` result: payload kept, reported, sequence advanced, queue not blocked.
 * Thrown only before the mutation has written anything.
 */
export class MutationRejected extends Error {
  constructor(
    readonly code: string,
    readonly path?: string,
  ) {
    super(code);
    this.name = 'MutationRejected';
  }
}
