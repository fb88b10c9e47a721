import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { parseCourtServerOrigin } from '../../shared/security/courtServerOrigin';
import type { Logger } from './logger';

/** Name of the optional configuration file in the app's user data folder. */
export const SHELL_CONFIG_FILE = 'fieldwrit.config.json';

/** Environment variable that overrides the configured court server (training rooms, tests). */
export const COURT_SERVER_ENV = 'FIELDWRIT_COURT_SERVER_URL';

const shellConfigFileSchema = z.object({ courtServerUrl: z.string().max(2048).optional() });

export type ShellConfig = {
  /** Origin of the court server, used by the CSP's connect-src and reported to the renderer. */
  courtServerOrigin: string | null;
};

/**
 * Reads the shell's runtime configuration: `fieldwrit.config.json` in `userDataDir`
 * (`{ "courtServerUrl": "https://court.example" }`, written by the court's IT when installing), overridden
 * by the FIELDWRIT_COURT_SERVER_URL environment variable. A missing file is normal; a broken one is
 * logged and ignored so the officer can still work offline.
 */
export async function loadShellConfig(
  userDataDir: string,
  env: Record<string, string | undefined>,
  logger: Logger,
): Promise<ShellConfig> {
  const fromEnv = env[COURT_SERVER_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    const origin = parseCourtServerOrigin(fromEnv);
    if (origin === null) logger.warn(`${COURT_SERVER_ENV} is not an http(s) URL; ignored`);
    return { courtServerOrigin: origin };
  }

  const filePath = path.join(userDataDir, SHELL_CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    return { courtServerOrigin: null };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    logger.warn('Configuration file is not valid JSON; ignored', { filePath });
    return { courtServerOrigin: null };
  }
  const parsed = shellConfigFileSchema.safeParse(json);
  if (!parsed.success) {
    logger.warn('Configuration file has an unexpected shape; ignored', {
      filePath,
      error: z.prettifyError(parsed.error),
    });
    return { courtServerOrigin: null };
  }
  const origin = parseCourtServerOrigin(parsed.data.courtServerUrl);
  if (parsed.data.courtServerUrl !== undefined && origin === null) {
    logger.warn('courtServerUrl in the configuration file is not an http(s) URL; ignored', { filePath });
  }
  return { courtServerOrigin: origin };
}
