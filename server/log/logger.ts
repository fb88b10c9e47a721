/** Severity of a log line. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type LogFields = Record<string, unknown>;

/** The server's only way to write diagnostics (style.md: no console.* outside one logger module). */
export type Logger = {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** Plain text for people (start-up banner, CLI output), not a structured event. */
  say(text: string): void;
  /** Plain text for people about a failure (stderr). */
  sayError(text: string): void;
};

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * JSON lines on stderr for events (machine-readable, one per line); plain text on stdout for people.
 * `level: 'silent'` drops events (tests) but still prints `say` text only when `isQuiet` is false.
 */
export function createLogger(options: { level?: LogLevel | 'silent'; isQuiet?: boolean } = {}): Logger {
  const level = options.level ?? 'info';
  const write = (lineLevel: LogLevel, event: string, fields?: LogFields): void => {
    if (level === 'silent' || ORDER[lineLevel] < ORDER[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: lineLevel, event, ...fields });
    process.stderr.write(`${line}\n`);
  };
  return {
    debug: (event, fields) => write('debug', event, fields),
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
    say: (text) => {
      if (!options.isQuiet) process.stdout.write(`${text}\n`);
    },
    sayError: (text) => {
      if (!options.isQuiet) process.stderr.write(`${text}\n`);
    },
  };
}

/** A logger that writes nothing: for tests that assert behaviour, not output. */
export const silentLogger: Logger = createLogger({ level: 'silent', isQuiet: true });
