import { errorBodySchema } from '../../../shared/sync/protocol';
import { CourtDeviceRevoked, DEVICE_REVOKED_CODE } from './CourtDeviceRevoked';
import { CourtHttpError } from './CourtHttpError';

/** One request to a court server endpoint (the path and base URL are given beside it). */
export type CourtRequestInit = {
  method: 'GET' | 'HEAD' | 'POST' | 'PATCH';
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  signal?: AbortSignal;
};

export type CourtFetchOptions = {
  /**
   * The access token, when the endpoint needs one: asked with `false` before the request and, after a
   * 401, once more with `true` — it must then return a refreshed token, and the same request is sent again.
   */
  token?: (isRefreshForced: boolean) => Promise<string>;
  /** Statuses besides 2xx that the caller handles itself (e.g. 404: a blob not uploaded yet). */
  acceptedStatuses?: readonly number[];
  fetchImpl?: typeof fetch;
};

/**
 * The one HTTP entry to the court server, and the one place its answers are decoded. Resolves with the
 * response when it is 2xx or accepted; otherwise throws a CourtHttpError with the server's problem
 * (`{ error: { code, message, path? } }`), its `Retry-After` and body — a CourtDeviceRevoked when the
 * server says this device is revoked. A request that never got an answer (offline, refused, cut) is
 * status 0, unless the caller aborted it (then the abort is rethrown).
 */
export async function courtFetch(
  baseUrl: string,
  path: string,
  init: CourtRequestInit,
  options: CourtFetchOptions = {},
): Promise<Response> {
  const fetchImpl = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const url = `${baseUrl.replace(/\/+$/, '')}${path}`;
  const send = async (isRefreshForced: boolean): Promise<Response> => {
    const token = options.token ? await options.token(isRefreshForced) : null;
    try {
      return await fetchImpl(url, {
        method: init.method,
        headers: { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: init.body as BodyInit | undefined,
        signal: init.signal,
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new CourtHttpError(0, null);
    }
  };
  let response = await send(false);
  if (response.status === 401 && options.token) {
    await response.body?.cancel();
    response = await send(true);
  }
  if (response.ok || options.acceptedStatuses?.includes(response.status)) return response;
  const json: unknown = init.method === 'HEAD' ? null : await response.json().catch(() => null);
  const problem = errorBodySchema.safeParse(json);
  if (response.status === 401 && problem.success && problem.data.error.code === DEVICE_REVOKED_CODE)
    throw new CourtDeviceRevoked(problem.data.error, json);
  const retryAfter = Number(response.headers.get('retry-after'));
  throw new CourtHttpError(
    response.status,
    problem.success ? problem.data.error : null,
    retryAfter > 0 ? retryAfter * 1000 : null,
    json,
  );
}
