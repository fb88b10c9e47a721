import type { Problem } from '../../../shared/sync/protocol';
import { CourtHttpError } from './CourtHttpError';

/** The code the court server answers a revoked device with, at any request or refresh. */
export const DEVICE_REVOKED_CODE = 'auth.deviceRevoked';

/**
 * The court server has revoked this device (the administrator's `revoke-device` / `revoke-user`, or a
 * replayed refresh token): no request of it will be served until its officer signs in again. A
 * CourtHttpError like any refusal (401, never transient), of its own type so the app can act on it.
 */
export class CourtDeviceRevoked extends CourtHttpError {
  override readonly name = 'CourtDeviceRevoked';

  constructor(problem: Problem, body: unknown) {
    super(401, problem, null, body);
  }
}
