type Timers = {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

/** Per-key debounced tasks; see `createDebouncer`. */
export type Debouncer = {
  /** (Re)starts the key's timer with the latest task: a burst of calls runs only the last one. */
  schedule(key: string, task: () => void): void;
  /** Runs the key's pending task now, if any. */
  flush(key: string): void;
  /** Runs every pending task now (leaving the screen, the page being hidden). */
  flushAll(): void;
  /** Forgets the key's pending task without running it. */
  cancel(key: string): void;
  has(key: string): boolean;
};

/**
 * Debounces typing per cell, so one burst of keystrokes becomes one write: the task runs `delayMs` after
 * the last call, or at once when the cell is left. Timers are injectable for tests.
 */
export function createDebouncer(
  delayMs: number,
  timers: Timers = {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  },
): Debouncer {
  const pending = new Map<string, { handle: unknown; task: () => void }>();
  const run = (key: string) => {
    const entry = pending.get(key);
    if (entry === undefined) return;
    pending.delete(key);
    timers.clearTimeout(entry.handle);
    entry.task();
  };
  return {
    schedule(key, task) {
      const entry = pending.get(key);
      if (entry !== undefined) timers.clearTimeout(entry.handle);
      pending.set(key, { handle: timers.setTimeout(() => run(key), delayMs), task });
    },
    flush: run,
    flushAll() {
      for (const key of [...pending.keys()]) run(key);
    },
    cancel(key) {
      const entry = pending.get(key);
      if (entry === undefined) return;
      timers.clearTimeout(entry.handle);
      pending.delete(key);
    },
    has: (key) => pending.has(key),
  };
}
