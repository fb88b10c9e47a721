import { describe, expect, it } from 'vitest';
import { hardenWebContents } from './hardenWebContents';
import type { WebContentsToHarden } from './hardenWebContents';

type Listener = (event: { preventDefault(): void }, url: string) => void;

/** A stand-in for Electron's WebContents: records the listeners the module installs. */
function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      windowOpenHandler = handler;
    },
  } satisfies WebContentsToHarden;
  const emit = (event: string, url = ''): boolean => {
    let isPrevented = false;
    listeners.get(event)?.({ preventDefault: () => (isPrevented = true) }, url);
    return isPrevented;
  };
  return { contents, emit, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

function harden() {
  const fake = fakeWebContents();
  const opened: string[] = [];
  hardenWebContents(fake.contents, {
    openExternal: (url) => opened.push(url),
    isAllowed: (url) => url.startsWith('https://help.fieldwrit.cn/'),
  });
  return { ...fake, opened };
}

describe('hardenWebContents', () => {
  it('cancels every navigation, including to the app itself', () => {
    const { emit, opened } = harden();
    for (const url of [
      'https://evil.example/',
      'app://fieldwrit/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(emit('will-navigate', url)).toBe(true);
    }
    expect(opened).toEqual([]);
  });

  it('sends a navigation to an allowlisted site to the system browser', () => {
    const { emit, opened } = harden();
    expect(emit('will-navigate', 'https://help.fieldwrit.cn/guide')).toBe(true);
    expect(opened).toEqual(['https://help.fieldwrit.cn/guide']);
  });

  it('denies every window.open and routes only allowlisted links outside', () => {
    const { openWindow, opened } = harden();
    expect(openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(openWindow('https://help.fieldwrit.cn/faq')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://help.fieldwrit.cn/faq']);
  });

  it('refuses to attach a webview', () => {
    const { emit } = harden();
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('uses the shell allowlist when none is given', () => {
    const fake = fakeWebContents();
    const opened: string[] = [];
    hardenWebContents(fake.contents, { openExternal: (url) => opened.push(url) });
    fake.openWindow('https://zxgk.court.gov.cn/');
    fake.openWindow('https://zxgk.court.gov.cn@evil.example/');
    expect(opened).toEqual(['https://zxgk.court.gov.cn/']);
  });
});
