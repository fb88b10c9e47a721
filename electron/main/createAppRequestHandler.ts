import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveAppPath } from './resolveAppPath';

export type AppRequestHandlerOptions = {
  /** The built renderer (dist/renderer). */
  rootDir: string;
  /** Read per response, so a court server configured while the app runs is reflected at the next load. */
  getContentSecurityPolicy: () => string;
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built renderer for the `app://` protocol. Every response — including errors — carries the
 * CSP, and `nosniff` so a file is never run as a type it was not served as. A path without an extension
 * that matches no file is a client-side route (after a reload on `/cases/…`) and gets index.html.
 */
export function createAppRequestHandler({ rootDir, getContentSecurityPolicy }: AppRequestHandlerOptions) {
  const respond = (status: number, body: Uint8Array | string | null, contentType: string): Response =>
    new Response(body === null ? null : typeof body === 'string' ? body : new Uint8Array(body), {
      status,
      headers: {
        'Content-Type': contentType,
        'Content-Security-Policy': getContentSecurityPolicy(),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });

  return async function handleAppRequest(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return respond(405, 'Method not allowed', 'text/plain');
    const resolution = resolveAppPath(rootDir, request.url);
    if (!resolution.ok) return respond(404, 'Not found', 'text/plain');

    let filePath = resolution.filePath;
    if (!(await isFile(filePath))) {
      if (path.extname(filePath) !== '') return respond(404, 'Not found', 'text/plain');
      filePath = path.join(rootDir, 'index.html');
    }
    const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    try {
      const body = await readFile(filePath);
      return respond(200, request.method === 'HEAD' ? null : body, contentType);
    } catch {
      return respond(404, 'Not found', 'text/plain');
    }
  };
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}
