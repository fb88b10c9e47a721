import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { LoginResponse } from '../../../../shared/auth/authProtocol';
import { uuidv7 } from '../../../../shared/ids/uuidv7';
import type { Json, Mutation, MutationOp } from '../../../../shared/sync/mutation';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../../shared/sync/protocol';
import type { PullResponse, PushResponse } from '../../../../shared/sync/protocol';
import { TEST_PASSWORD } from './seedCourt';

/** An HTTP answer from `inject`: status and parsed JSON body. */
export type Answer<T = Record<string, unknown>> = {
  status: number;
  body: T;
  headers: Record<string, unknown>;
};

/** Sends a JSON request through Fastify's inject (no network): the full HTTP stack, parsers included. */
export async function call<T = Record<string, unknown>>(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  token?: string,
  rawPayload?: string,
): Promise<Answer<T>> {
  const response = await app.inject({
    method,
    url,
    headers: {
      ...(body !== undefined || rawPayload !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    payload: rawPayload ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  return { status: response.statusCode, body: response.json() as T, headers: response.headers };
}

export const newId = () => uuidv7(Date.now(), randomBytes(10));

/** One signed-in device with its own outbox sequence: builds mutations and pushes/pulls them. */
export class TestDevice {
  nextSeq: number;

  private constructor(
    readonly app: FastifyInstance,
    readonly session: LoginResponse,
  ) {
    this.nextSeq = session.lastProcessedClientSeq + 1;
  }

  static async login(
    app: FastifyInstance,
    username: string,
    options: { deviceId?: string; password?: string } = {},
  ): Promise<TestDevice> {
    const answer = await call<LoginResponse>(app, 'POST', '/auth/v1/login', {
      username,
      password: options.password ?? TEST_PASSWORD,
      deviceName: `test device of ${username}`,
      ...(options.deviceId ? { deviceId: options.deviceId } : {}),
    });
    if (answer.status !== 200)
      throw new Error(`login ${username} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return new TestDevice(app, answer.body);
  }

  get userId(): string {
    return this.session.user.id;
  }

  get deviceId(): string {
    return this.session.deviceId;
  }

  get token(): string {
    return this.session.accessToken;
  }

  /** A mutation with the next clientSeq of this device. */
  mutation(input: {
    op: MutationOp;
    entityId: string;
    changes: Record<string, { from: Json; to: Json }>;
    baseSeq: number | null;
    reason?: string;
    txId?: string;
  }): Mutation {
    const { txId, ...rest } = input;
    return {
      mutationId: newId(),
      clientSeq: this.nextSeq++,
      txId: txId ?? newId(),
      deviceId: this.deviceId,
      authorUserId: this.userId,
      deviceTime: new Date().toISOString(),
      entity: 'case',
      caseId: input.entityId,
      ...rest,
    };
  }

  /** A field patch: `changes` maps field → [from, to]. */
  patch(caseId: string, changes: Record<string, [Json, Json]>, baseSeq: number | null): Mutation {
    return this.mutation({
      op: 'patch',
      entityId: caseId,
      baseSeq,
      changes: Object.fromEntries(Object.entries(changes).map(([f, [from, to]]) => [f, { from, to }])),
    });
  }

  push(mutations: unknown[], overrides: Record<string, unknown> = {}): Promise<Answer<PushResponse>> {
    return call<PushResponse>(
      this.app,
      'POST',
      '/sync/v1/push',
      {
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: SCHEMA_VERSION,
        appVersion: '0.1.0',
        deviceId: this.deviceId,
        mutations,
        ...overrides,
      },
      this.token,
    );
  }

  pull(cursor: number, limit?: number): Promise<Answer<PullResponse>> {
    return call<PullResponse>(
      this.app,
      'POST',
      '/sync/v1/pull',
      { deviceId: this.deviceId, cursor, ...(limit ? { limit } : {}) },
      this.token,
    );
  }

  /** Pulls page after page from `cursor` until the feed is exhausted. */
  async pullAll(cursor = 0, limit?: number): Promise<PullResponse[]> {
    const pages: PullResponse[] = [];
    for (;;) {
      const answer = await this.pull(cursor, limit);
      if (answer.status !== 200)
        throw new Error(`pull failed: ${answer.status} ${JSON.stringify(answer.body)}`);
      pages.push(answer.body);
      cursor = answer.body.cursor;
      if (!answer.body.hasMore) return pages;
    }
  }
}
