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
    request(permission: string, requestingUrl: string, mediaTypes?: string[]): boolean {
      let answer: boolean | undefined;
      onRequest?.(null, permission, (isGranted) => (answer = isGranted), {
        requestingUrl,
        ...(mediaTypes ? { mediaTypes } : {}),
      });
      if (answer === undefined) throw new Error('the request handler never answered');
      return answer;
    },
    check: (permission: string, origin: string, mediaType?: string): boolean | undefined =>
      onCheck?.(null, permission, origin, mediaType ? { mediaType } : {}),
  };
}

describe('hardenSession', () => {
  it.each([
    'media',
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

  it('grants location and the camera to the app only: Locate and photo capture work in the shell', () => {
    const session = hardenedSession();
    expect(session.request('geolocation', 'app://fieldwrit/visits/v1')).toBe(true);
    expect(session.check('geolocation', 'app://fieldwrit')).toBe(true);
    expect(session.request('media', 'app://fieldwrit/visits/v1', ['video'])).toBe(true);
    expect(session.check('media', 'app://fieldwrit', 'video')).toBe(true);
    expect(session.request('geolocation', 'https://evil.example/')).toBe(false);
    expect(session.request('media', 'https://evil.example/', ['video'])).toBe(false);
  });

  it('refuses the microphone, and a camera request that also asks for it', () => {
    const session = hardenedSession();
    expect(session.request('media', 'app://fieldwrit/', ['audio'])).toBe(false);
    expect(session.request('media', 'app://fieldwrit/', ['video', 'audio'])).toBe(false);
    expect(session.request('media', 'app://fieldwrit/', [])).toBe(false);
    expect(session.check('media', 'app://fieldwrit', 'audio')).toBe(false);
  });
});
