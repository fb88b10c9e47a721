import { pino } from 'pino';
import type { BaseLogger, Level } from 'pino';

/**
 * What server code logs through: pino, Fastify's own logger. Inside a request it is `request.log`, a child
 * carrying the request id (`reqId`), so every line of one push or pull can be found together. Events are
 * named by their message (`push.mutationFailed`, `db.migrated`, …) with their fields beside it; an error
 * goes in `err` (type, message, stack).
 */
export type Logger = Pick<BaseLogger, 'debug' | 'info' | 'warn' | 'error'>;

/** The logger the server and the CLI are built with; `silent` drops everything. */
export type ServerLogger = ReturnType<typeof pino>;

/**
 * JSON lines on stderr, one per event (stdout stays for the text people read, see terminal.ts), written
 * synchronously so the last lines before a crash are not lost. Level names rather than numbers and ISO
 * times, as the court's operators have read them so far; `LOG_LEVEL` (loadServerConfig) picks the level.
 */
export function createLogger(options: { level?: Level | 'silent' } = {}): ServerLogger {
  return pino(
    {
      level: options.level ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    pino.destination({ dest: 2, sync: true }),
  );
}

/** A logger that writes nothing: for tests that assert behaviour, not output. */
export const silentLogger: ServerLogger = pino({ level: 'silent' });
