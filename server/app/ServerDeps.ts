import type { TokenService } from '../auth/tokenService';
import type { Sql } from '../db/Sql';
import type { Clock } from '../util/Clock';

/** What the route modules share. Logging goes through `request.log` (pino, with the request's id). */
export type ServerDeps = { sql: Sql; tokens: TokenService; clock: Clock };
