/** Turns anything thrown into a message fit for a log line or an IPC error value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
