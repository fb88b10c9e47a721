/** Invariant check: throws when `condition` is false. For programmer errors, not user input. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

/** Exhaustiveness guard for switches over unions: the compiler proves the default is unreachable. */
export function unreachable(value: never): never {
  throw new Error(`Unreachable case: ${JSON.stringify(value)}`);
}
