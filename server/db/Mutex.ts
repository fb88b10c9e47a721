/**
 * A FIFO lock for async work. PGlite has a single connection: without this, statements of two requests
 * could interleave inside one BEGIN … COMMIT and a rollback would undo the other request's work.
 */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  /** Runs `fn` once every earlier caller has finished; callers run one at a time, in arrival order. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(fn);
    // The next caller waits for this one to settle, whether it succeeded or failed.
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
