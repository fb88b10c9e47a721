import type { TokenService } from '../auth/tokenService';
import type { Sql } from '../db/Sql';
import type { Clock } from '../util/Clock';
import type { SigningKeyRing } from '../history/signing/SigningKeyRing';

/** What the route modules share. Logging goes through `request.log` (pino, with the request's id). */
export type ServerDeps = {
  sql: Sql;
  tokens: TokenService;
  clock: Clock;
  /** The court's Ed25519 keys: chain heads in pulls and checkpoints are signed with them. */
  signingKeys: SigningKeyRing;
};
