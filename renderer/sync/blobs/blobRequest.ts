import { errorBodySchema } from '../../../shared/sync/protocol';
import { SyncHttpError } from '../SyncHttpError';
import type { BlobHttpContext } from './BlobHttpContext';

export type BlobRequestInit = {
  method: 'GET' | 'HEAD' | 'POST' | 'PATCH';
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  signal?: AbortSignal;
};

/**
 * One call to a blob endpoint with the Bearer token; a 401 refreshes the token once and sends the same
 * request again. Resolves with the response when it is 2xx or one of `acceptedStatuses`; otherwise throws a
 * SyncHttpError carrying the server's problem and body (status 0: the server was not reached or the
 * connection dropped, always safe to retry since every blob step is idempotent or offset-checked).
 */
export async function blobRequest(
  ctx: BlobHttpContext,
  path: string,
  init: BlobRequestInit,
  acceptedStatuses: readonly number[] = [],
): Promise<Response> {
  const fetchImpl = ctx.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const url = `${ctx.baseUrl.replace(/\/+$/, '')}${path}`;
  const send = async (isRefreshForced: boolean): Promise<Response> => {
    const token = await ctx.getToken(isRefreshForced);
    try {
      return await fetchImpl(url, {
        method: init.method,
        headers: { ...init.headers, authorization: `Bearer ${token}` },
        body: init.body as BodyInit | undefined,
        signal: init.signal,
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new SyncHttpError(0, null);
    }
  };
  let response = await send(false);
  if (response.status === 401) {
    await response.body?.cancel();
    response = await send(true);
  }
  if (response.ok || acceptedStatuses.includes(response.status)) return response;
  const json: unknown = init.method === 'HEAD' ? null : await response.json().catch(() => null);
  const problem = errorBodySchema.safeParse(json);
  const retryAfter = Number(response.headers.get('retry-after'));
  throw new SyncHttpError(
    response.status,
    problem.success ? problem.data.error : null,
    retryAfter > 0 ? retryAfter * 1000 : null,
    json,
  );
}
