import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow } from './createMainWindow';
import type { MainWindow } from './createMainWindow';

/** A stand-in for Electron's BrowserWindow that records its options and what happens to it. */
function fakeBrowserWindowClass() {
  const created: Array<{ options: BrowserWindowConstructorOptions; log: string[]; emitReady: () => void }> =
    [];
  class FakeBrowserWindow implements MainWindow {
    private readonly record: (typeof created)[number];
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, log: [], emitReady: () => undefined };
      created.push(this.record);
    }
    once(_event: 'ready-to-show', listener: () => void) {
      this.record.emitReady = listener;
    }
    show() {
      this.record.log.push('show');
    }
    async loadURL(url: string) {
      this.record.log.push(`load ${url}`);
    }
  }
  return { FakeBrowserWindow, created };
}

describe('createMainWindow', () => {
  it('isolates and sandboxes the renderer with the preload as its only bridge', () => {
    const { FakeBrowserWindow, created } = fakeBrowserWindowClass();
    createMainWindow(FakeBrowserWindow, '/app/dist/electron/preload.cjs');
    const [{ options }] = created as [(typeof created)[number]];
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
    expect(options.show).toBe(false);
  });

  it('turns DevTools off in packaged builds and keeps them for development', () => {
    const { FakeBrowserWindow, created } = fakeBrowserWindowClass();
    createMainWindow(FakeBrowserWindow, '/p/preload.cjs', { isPackaged: true });
    createMainWindow(FakeBrowserWindow, '/p/preload.cjs', { isPackaged: false });
    expect(created.map((c) => c.options.webPreferences?.devTools)).toEqual([false, true]);
  });

  it('loads the app protocol and shows the window only once it is ready', async () => {
    const { FakeBrowserWindow, created } = fakeBrowserWindowClass();
    const { loaded } = createMainWindow(FakeBrowserWindow, '/p/preload.cjs');
    await loaded;
    const [record] = created as [(typeof created)[number]];
    expect(record.log).toEqual(['load app://fieldwrit/index.html']);
    record.emitReady();
    expect(record.log).toEqual(['load app://fieldwrit/index.html', 'show']);
  });
});
