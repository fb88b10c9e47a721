import type { z } from 'zod';
import {
  loginResponseSchema,
  refreshResponseSchema,
  type LoginRequest,
  type LoginResponse,
  type RefreshRequest,
  type RefreshResponse,
} from '../../shared/auth/authProtocol';
import {
  errorBodySchema,
  pullResponseSchema,
  pushResponseSchema,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync/protocol';
import { SyncHttpError } from './SyncHttpError';

/** Court server HTTP API. Every response body is parsed with the shared schema before anyone uses it. */
export function createSyncHttp(baseUrl: string, fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  const root = baseUrl.replace(/\/+$/, '');

  async function post<S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    token?: string,
  ): Promise<z.infer<S>> {
    let response: Response;
    let json: unknown;
    try {
      response = await fetchImpl(`${root}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      json = await response.json().catch(() => null);
    } catch {
      // Not reached, or the connection dropped before the whole answer arrived.
      throw new SyncHttpError(0, null);
    }
    if (!response.ok) {
      const problem = errorBodySchema.safeParse(json);
      const retryAfter = Number(response.headers.get('retry-after'));
      throw new SyncHttpError(
        response.status,
        problem.success ? problem.data.error : null,
        retryAfter > 0 ? retryAfter * 1000 : null,
        json,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new SyncHttpError(502, null);
    return parsed.data;
  }

  return {
    login: (req: LoginRequest): Promise<LoginResponse> => post('/auth/v1/login', req, loginResponseSchema),
    refresh: (req: RefreshRequest): Promise<RefreshResponse> =>
      post('/auth/v1/refresh', req, refreshResponseSchema),
    push: (req: PushRequest, token: string): Promise<PushResponse> =>
      post('/sync/v1/push', req, pushResponseSchema, token),
    pull: (req: PullRequest, token: string): Promise<PullResponse> =>
      post('/sync/v1/pull', req, pullResponseSchema, token),
  };
}

export type SyncHttp = ReturnType<typeof createSyncHttp>;
