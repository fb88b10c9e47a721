import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/app/buildServer';
import { useServerSuite } from './support/serverSuite';
import { TestDevice } from './support/TestDevice';

const REQUEST_TIMEOUT_MS = 1_000;

/**
 * Opens a raw TCP connection, sends `head` and then one byte of `trickle` every `everyMs`, and resolves
 * with how long the server kept the connection open and what it answered (if anything).
 */
function trickle(port: number, head: string, rest: string, everyMs: number) {
  return new Promise<{ openMs: number; answer: string }>((resolve, reject) => {
    const started = performance.now();
    const socket = connect({ host: '127.0.0.1', port });
    let answer = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error('the server kept a trickling connection open for 20 s'));
    }, 20_000);
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (sent < rest.length && socket.writable) socket.write(rest[sent++]!);
      }, everyMs);
    });
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ openMs: performance.now() - started, answer });
    });
  });
}

describe('request timeouts on a listening server (pglite)', () => {
  const ctx = useServerSuite('pglite');
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    app = await buildServer({ sql: ctx.sql, timeouts: { requestMs: REQUEST_TIMEOUT_MS } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('cuts off a body sent one byte at a time once the request timeout has passed', async () => {
    const body = JSON.stringify({ username: 'a1', password: 'x'.repeat(200), deviceName: 'slow' });
    const head =
      'POST /auth/v1/login HTTP/1.1\r\nHost: court\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${body.length}\r\n\r\n`;
    const { openMs, answer } = await trickle(port, head, body, 200);
    expect(openMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS * 0.9);
    expect(openMs).toBeLessThan(REQUEST_TIMEOUT_MS * 5);
    // Node answers 408 when it can, and closes the connection either way.
    if (answer !== '') expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off headers sent one byte at a time', async () => {
    const head = 'GET /health HTTP/1.1\r\nHost: court\r\nX-Slow: ';
    const { openMs } = await trickle(port, head, 'a'.repeat(500), 200);
    expect(openMs).toBeLessThan(REQUEST_TIMEOUT_MS * 5);
  });

  it('still answers a request that arrives in time', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/health`);
    expect(response.status).toBe(200);
  });
});

describe('security headers on every answer (pglite)', () => {
  const ctx = useServerSuite('pglite');

  it('sends nosniff, no-referrer, no framing, no-store on success, refusal and unknown routes', async () => {
    const device = await TestDevice.login(ctx.app, 'a1');
    const answers = [
      await ctx.app.inject({ method: 'GET', url: '/health' }),
      await ctx.app.inject({ method: 'GET', url: '/nowhere' }),
      await ctx.app.inject({
        method: 'POST',
        url: '/auth/v1/login',
        payload: { username: 'a1', password: 'x' },
      }),
      await ctx.app.inject({
        method: 'POST',
        url: '/sync/v1/pull',
        headers: { authorization: `Bearer ${device.token}` },
        payload: { deviceId: device.deviceId, cursor: 0 },
      }),
      await ctx.app.inject({
        method: 'POST',
        url: '/auth/v1/login',
        payload: { username: 'a1', password: 'correct-horse-42', deviceName: 'headers' },
      }),
    ];
    for (const answer of answers) {
      expect({ url: answer.raw.req.url, status: answer.statusCode, headers: answer.headers }).toMatchObject({
        headers: {
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          'x-frame-options': 'DENY',
          'cache-control': 'no-store',
        },
      });
      expect(String(answer.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect(String(answer.headers['content-security-policy'])).toContain("default-src 'none'");
    }
  });
});
