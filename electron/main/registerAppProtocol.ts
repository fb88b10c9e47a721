import type { Protocol } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { createAppRequestHandler } from './createAppRequestHandler';
import type { AppRequestHandlerOptions } from './createAppRequestHandler';

/**
 * Declares `app:` a standard, secure scheme. Must run before the app is ready. Standard gives the page a
 * real origin (IndexedDB, relative URLs, `'self'` in the CSP); secure makes it a secure context like https.
 * No `bypassCSP`: the app's own pages obey their CSP.
 */
export function registerAppSchemeAsPrivileged(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves dist/renderer on `app://fieldwrit/…` (see createAppRequestHandler). Call after the app is ready. */
export function registerAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  options: AppRequestHandlerOptions,
): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(options));
}
