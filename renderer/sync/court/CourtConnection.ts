import type { z } from 'zod';
import type { LoginRequest, LoginResponse, SessionUser } from '../../../shared/auth/authProtocol';
import type { CourtRequestInit } from './courtFetch';

/**
 * The court server as the signed-in officer: one session's server, device id and user, and every request
 * made as them. Tokens are its business alone: it adds the Bearer token, refreshes it when it has under a
 * minute left and once after a 401 (then sends the same request again), and keeps the refreshed tokens —
 * the rotated refresh token with them, as the old one is used up — in the session's home. Failures are
 * CourtHttpError, decoded in one place (`courtFetch`); a revoked device is CourtDeviceRevoked.
 */
export type CourtSession = {
  readonly serverUrl: string;
  /** The device id this session's outbox sequence runs on (registered by the server at sign-in). */
  readonly deviceId: string;
  /** The signed-in user, as of the last sign-in or token refresh. */
  readonly user: SessionUser;
  /** One request to `path`; resolves on 2xx or one of `acceptedStatuses`. */
  request(path: string, init: CourtRequestInit, acceptedStatuses?: readonly number[]): Promise<Response>;
  /** POSTs `body` as JSON and parses the answer with `schema`. */
  postJson<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>>;
};

/**
 * The app's one connection to the court server (in the app's services). Like PowerSync's connector, it
 * is asked — by the sync engine at the start of each run, by photo and history screens before a request —
 * and never asks them anything back: it knows nothing of the outbox or the screens.
 */
export type CourtConnection = {
  /** The signed-in session to make requests as, or null when nobody is signed in (demo court, signed out). */
  session(): Promise<CourtSession | null>;
  /** Signs in at `serverUrl`. Stores nothing: `signIn` keeps the answer in the session's home. */
  login(serverUrl: string, request: LoginRequest): Promise<LoginResponse>;
  /**
   * Ends the signed-in session on the court server (`POST /auth/v1/logout`): its refresh token and the
   * access token in hand stop working there, so a copy left behind is worthless. True when the server
   * ended it or had already ended it (refused the tokens), false when nobody is signed in or the server
   * could not be reached. Never throws and stores nothing: sign-out (`signIn.ts`) goes on locally either
   * way and clears the tokens itself.
   */
  logoutFromCourt(): Promise<boolean>;
};
