import { logger } from '../logger';

/**
 * In the browser build, installs the service worker that keeps the app loadable without a network.
 * Not in development (Vite serves modules live) and not in the desktop shell (it serves app:// itself).
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol))
    return;
  navigator.serviceWorker
    .register('./sw.js')
    .catch((error: unknown) => logger.warn('offline shell not installed', error));
}
