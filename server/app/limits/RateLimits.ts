/** How many requests one key may make per window: `max` per `windowMs`. */
export type RateLimit = { max: number; windowMs: number };

/** The limited requests: per device where the caller is signed in, per source address where not. */
export type RateLimits = {
  push: RateLimit;
  pull: RateLimit;
  refresh: RateLimit;
  uploadReservation: RateLimit;
};

const MINUTE = 60_000;

/**
 * Far above what a working device sends (the app pushes and pulls a few times a minute, a first sync of a
 * large court pulls a page every few hundred milliseconds), far below what a flood needs. A device over
 * its limit gets 429 with Retry-After and retries then; nothing it holds is lost.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  push: { max: 120, windowMs: MINUTE },
  pull: { max: 240, windowMs: MINUTE },
  refresh: { max: 60, windowMs: MINUTE },
  uploadReservation: { max: 120, windowMs: MINUTE },
};
