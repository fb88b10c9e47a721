import type { OfficerRef } from '../../../shared/domain/case';

/**
 * Who writes on this device, read from its one home (meta AUTH_KEY, see sessionRepository): the officer
 * (null before anyone signed in or opened the demo court) and the device id their outbox sequence runs on.
 */
export type Writer = {
  officer: OfficerRef | null;
  deviceId: string;
  /** Whether a court session (with tokens) is signed in now. */
  isSignedIn: boolean;
};
