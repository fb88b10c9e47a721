/** Plain text for people (the start-up banner, CLI answers): not log events, so not JSON and not pino. */
export type Terminal = {
  /** A line on stdout. */
  say(text: string): void;
  /** A line about a failure, on stderr. */
  sayError(text: string): void;
};

/**
 * The server's and the CLI's only writer of text for people (style.md: no console.* outside one module);
 * log events go through the logger (logger.ts). `isQuiet` prints nothing (tests).
 */
export function createTerminal(options: { isQuiet?: boolean } = {}): Terminal {
  return {
    say: (text) => {
      if (!options.isQuiet) process.stdout.write(`${text}\n`);
    },
    sayError: (text) => {
      if (!options.isQuiet) process.stderr.write(`${text}\n`);
    },
  };
}
