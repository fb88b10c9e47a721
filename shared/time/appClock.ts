/** Milliseconds since the epoch. */
export type Clock = () => number;

const systemClock: Clock = () => Date.now();
let current: Clock = systemClock;

/**
 * The app's one source of "now": the renderer (ids, device times, today's date, the demo court, the review
 * queue's ages, the dashboard's current period) reads time here and nowhere else, so a test can pin it —
 * Playwright's `page.clock` moves the Date it falls back to, a Node test calls `appClock.set`. The court
 * server takes its own `Clock` by injection (server/util/Clock.ts) and never reads this one.
 */
export const appClock = {
  now(): number {
    return current();
  },
  date(): Date {
    return new Date(current());
  },
  /** Pins time (tests); returns a function that restores the clock that was there before. */
  set(clock: Clock): () => void {
    const previous = current;
    current = clock;
    return () => {
      current = previous;
    };
  },
};
