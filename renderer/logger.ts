/* eslint-disable no-console -- this module is the one place the renderer writes to the console. */

/** The renderer's logger. Everything else logs through here, so output can later go to a file. */
export const logger = {
  info: (message: string, ...details: unknown[]) => console.info(`[fieldwrit] ${message}`, ...details),
  warn: (message: string, ...details: unknown[]) => console.warn(`[fieldwrit] ${message}`, ...details),
  error: (message: string, ...details: unknown[]) => console.error(`[fieldwrit] ${message}`, ...details),
};
