import type { TokenService } from '../auth/tokenService';
import type { Sql } from '../db/Sql';
import type { Logger } from '../log/logger';
import type { Clock } from '../util/Clock';

/** What the route modules share. */
export type ServerDeps = { sql: Sql; tokens: TokenService; clock: Clock; logger: Logger };
