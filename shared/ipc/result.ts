/**
 * Why a call across the desktop bridge failed. Errors cross IPC as values, never as thrown exceptions:
 * Electron flattens a thrown Error into a string with a channel prefix, and the renderer could not tell
 * "bad input" from "disk full" from "bug".
 */
export const IPC_ERROR_CODES = [
  /** The payload did not match the contract's schema (a bug in the caller, or a hostile page). */
  'invalid-payload',
  /** The call came from a frame that is not the app itself. */
  'forbidden-sender',
  /** A well-formed request the shell refuses by policy (e.g. a link outside the allowlist). */
  'not-allowed',
  /** The operating system lacks what the call needs (no keystore to wrap a key with). */
  'unavailable',
  /** The operating system refused a file operation (disk full, permissions, ...). */
  'io-failed',
  /** Anything unexpected: a bug in the shell. */
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export type IpcError = { code: IpcErrorCode; message: string };

/** The outcome of every IPC call: the value, or an error as a value (Signal Desktop's `wrapResult`). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: IpcErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
