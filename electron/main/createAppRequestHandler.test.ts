import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from './createAppRequestHandler';

const CSP = "default-src 'self'";
let base: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'fieldwrit-protocol-'));
  const root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>FieldWrit</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  // A secret beside the root: what a traversal would be after.
  await writeFile(path.join(base, 'secret.txt'), 'do not serve');
  handle = createAppRequestHandler({ rootDir: root, getContentSecurityPolicy: () => CSP });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET'): Promise<Response> => handle(new Request(url, { method }));

describe('createAppRequestHandler', () => {
  it('serves files with their type, the CSP and nosniff', async () => {
    const response = await get('app://fieldwrit/assets/app.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://fieldwrit/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('serves index.html for the root and for client-side routes', async () => {
    for (const url of ['app://fieldwrit/', 'app://fieldwrit/index.html', 'app://fieldwrit/cases/case-0001']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>FieldWrit</title>');
    }
  });

  it('answers 404 for a missing asset instead of the page', async () => {
    const response = await get('app://fieldwrit/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it.each([
    'app://fieldwrit/..%2fsecret.txt',
    'app://fieldwrit/assets/..%2f..%2fsecret.txt',
    'app://fieldwrit/..%5csecret.txt',
    'app://fieldwrit/%2e%2e%2fsecret.txt',
  ])('does not serve files outside the root: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://fieldwrit/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://fieldwrit/index.html', 'POST')).status).toBe(405);
  });
});
