/** The main process's one way to write diagnostics (style.md: no console.* elsewhere). */
export type Logger = {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
};

/** A logger whose lines start with `[scope]`. Writes to the process's stdout/stderr. */
export function createLogger(scope: string): Logger {
  const line = (message: string, details?: Record<string, unknown>): string =>
    details === undefined ? `[${scope}] ${message}` : `[${scope}] ${message} ${JSON.stringify(details)}`;
  /* eslint-disable no-console -- this module is the single sink for the main process's diagnostics */
  return {
    info: (message, details) => console.info(line(message, details)),
    warn: (message, details) => console.warn(line(message, details)),
    error: (message, details) => console.error(line(message, details)),
  };
  /* eslint-enable no-console */
}
