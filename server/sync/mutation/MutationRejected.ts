/**
 * Thrown while processing a mutation that the server refuses for good (validation, authorisation). The
 * push turns it into a `rejected` result: payload kept, reported, sequence advanced, queue not blocked.
 * Handlers check everything they can before their first write; what a refusal still leaves behind (an
 * accepted amendment refused after its decision was written) is undone by the push: in memory in fast mode,
 * where nothing reaches the database before the end, by the mutation's savepoint in careful mode.
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
