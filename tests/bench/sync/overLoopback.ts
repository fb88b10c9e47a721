import type { FastifyInstance } from 'fastify';

type InjectOptions = {
  method: string;
  url: string;
  headers?: Record<string, string>;
  payload?: string;
};

/**
 * The slice of Fastify's `inject` that the integration tests' TestDevice uses, answered by the court
 * server process over loopback HTTP (fetch, keep-alive) instead of in-process: the benchmarks reuse
 * TestDevice (login, outbox sequence, push, pull) against a server that really listens.
 */
export function overLoopback(baseUrl: string): FastifyInstance {
  const inject = async (options: InjectOptions) => {
    const response = await fetch(new URL(options.url, baseUrl), {
      method: options.method,
      headers: options.headers,
      body: options.payload,
    });
    const text = await response.text();
    return {
      statusCode: response.status,
      headers: Object.fromEntries(response.headers),
      body: text,
      json: () => JSON.parse(text) as unknown,
    };
  };
  // Only `inject` is ever called on it (TestDevice and `call` in TestDevice.ts).
  return { inject } as unknown as FastifyInstance;
}
