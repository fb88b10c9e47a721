import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Clock } from '../../util/Clock';

type Window = { count: number; startedAt: number };
type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Keys kept per limited route before the oldest windows are dropped (bounds memory under a flood). */
const MAX_KEYS = 10_000;

/**
 * A @fastify/rate-limit store counting fixed windows on the server's injectable clock (the plugin's own
 * store reads the wall clock, which tests cannot move). In memory, per server process: behind a load
 * balancer each process limits on its own, which still bounds every device. One store per limited route.
 */
export function clockedRateStore(clock: Clock): FastifyRateLimitStoreCtor {
  class ClockedRateStore {
    readonly #windows = new Map<string, Window>();

    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = clock();
      let window = this.#windows.get(key);
      if (!window || window.startedAt + timeWindow <= now) {
        this.#windows.delete(key);
        window = { count: 0, startedAt: now };
        if (this.#windows.size >= MAX_KEYS) this.#windows.delete(this.#windows.keys().next().value!);
        this.#windows.set(key, window);
      }
      window.count++;
      callback(null, { current: window.count, ttl: window.startedAt + timeWindow - now });
    }

    read(key: string, callback: Callback, timeWindow: number): void {
      const now = clock();
      const window = this.#windows.get(key);
      if (!window || window.startedAt + timeWindow <= now) callback(null, { current: 0, ttl: 0 });
      else callback(null, { current: window.count, ttl: window.startedAt + timeWindow - now });
    }

    child(): ClockedRateStore {
      return new ClockedRateStore();
    }
  }
  return ClockedRateStore;
}
