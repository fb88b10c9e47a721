import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, registerCors } from './registerCors';

describe('CORS for the app', () => {
  it('allows the desktop shell and loopback browser origins only', () => {
    expect(isAllowedOrigin('app://fieldwrit', [])).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4173', [])).toBe(true);
    expect(isAllowedOrigin('http://localhost', [])).toBe(true);
    expect(isAllowedOrigin('https://evil.example', [])).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1.evil.example', [])).toBe(false);
    expect(isAllowedOrigin('https://court.example', ['https://court.example'])).toBe(true);
  });

  it('answers a preflight from the app and gives no CORS headers to other origins', async () => {
    const app = Fastify();
    registerCors(app);
    app.post('/sync/v1/push', async () => ({ ok: true }));
    const pre = await app.inject({
      method: 'OPTIONS',
      url: '/sync/v1/push',
      headers: { origin: 'http://127.0.0.1:4173', 'access-control-request-method': 'POST' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('http://127.0.0.1:4173');
    expect(String(pre.headers['access-control-allow-headers'])).toContain('authorization');
    const evil = await app.inject({
      method: 'POST',
      url: '/sync/v1/push',
      headers: { origin: 'https://evil.example' },
      payload: {},
    });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
  });
});
