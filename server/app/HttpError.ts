/**
 * An answer other than 2xx, carrying a protocol code (shared/sync/protocolMessages.ts). The error handler
 * turns it into `{ error: { code, message: { zh-CN, en }, path? } }`.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly options: {
      path?: string;
      headers?: Record<string, string>;
      body?: Record<string, unknown>;
    } = {},
  ) {
    super(code);
    this.name = 'HttpError';
  }
}
