import { describe, expect, it } from 'vitest';
import { hardenSession } from './hardenSession';
import type { SessionToHarden } from './hardenSession';

type RequestHandler = Parameters<SessionToHarden['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<SessionToHarden['setPermissionCheckHandler']>[0];

function hardenedSession() {
  let onRequest: RequestHandler | undefined;
  let onCheck: CheckHandler | undefined;
  hardenSession({
    setPermissionRequestHandler: (handler) => (onRequest = handler),
    setPermissionCheckHandler: (handler) => (onCheck = handler),
  });
  return {
    request(permission: string, requestingUrl: string): boolean {
      let answer: boolean | undefined;
      onRequest?.(null, permission, (isGranted) => (answer = isGranted), { requestingUrl });
      if (answer === undefined) throw new Error('the request handler never answered');
      return answer;
    },
    check: (permission: string, origin: string): boolean | undefined => onCheck?.(null, permission, origin),
  };
}

describe('hardenSession', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'usb',
    'hid',
    'serial',
    'display-capture',
    'unknown',
    'made-up',
  ])('denies %s even to the app', (permission) => {
    const session = hardenedSession();
    expect(session.request(permission, 'app://fieldwrit/index.html')).toBe(false);
    expect(session.check(permission, 'app://fieldwrit')).toBe(false);
  });

  it('grants the listed permissions to the app and to nobody else', () => {
    const session = hardenedSession();
    expect(session.request('clipboard-sanitized-write', 'app://fieldwrit/index.html')).toBe(true);
    expect(session.check('persistent-storage', 'app://fieldwrit')).toBe(true);
    for (const origin of [
      'https://evil.example',
      'app://evil',
      'file:///',
      'http://127.0.0.1:5173',
      '',
      'app://user@fieldwrit',
    ]) {
      expect(session.request('clipboard-sanitized-write', origin)).toBe(false);
      expect(session.check('persistent-storage', origin)).toBe(false);
    }
  });
});
