import type { Sql } from '../db/Sql';
import type { Terminal } from '../log/terminal';

/** Parsed `--name value` options of one command (flags without a value are `true`). */
export type CliOptions = Record<string, string | boolean | undefined>;

/** One `npm run server:cli -- <name>` command. */
export type CliCommand = {
  name: string;
  usage: string;
  /** Option names taking a value; others are flags. */
  valueOptions: readonly string[];
  flagOptions?: readonly string[];
  /** `out` carries the answer the administrator reads (stdout, failures on stderr). */
  run(sql: Sql, options: CliOptions, out: Terminal): Promise<void>;
};

/** A required string option, or a usage error. */
export function requireOption(options: CliOptions, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new CliUsageError(`--${name} 必填 / --${name} is required`);
  return value.trim();
}

export function optionalOption(options: CliOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Wrong command line: print the usage. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}
