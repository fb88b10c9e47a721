import type { Problem } from '../../../shared/sync/protocol';

/**
 * A failed call to the court server (sync, photos, history, sign-in), decoded by `courtFetch`. `status` 0
 * means the server was not reached at all (offline, DNS, refused, cut mid-response): always safe to retry,
 * because the server de-duplicates pushes by device and seq and every blob step is idempotent or
 * offset-checked.
 */
export class CourtHttpError extends Error {
  override readonly name: string = 'CourtHttpError';
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    readonly retryAfterMs: number | null = null,
    readonly body: unknown = null,
  ) {
    super(problem ? `${status} ${problem.code}` : `HTTP ${status}`);
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
  get isTransient(): boolean {
    return (
      this.status === 0 ||
      this.status === 503 ||
      this.status === 502 ||
      this.status === 504 ||
      this.status === 429
    );
  }
}
