import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';

/** The part of a `BrowserWindow` this module uses (tests pass a double of it). */
export type MainWindow = {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
};

export type MainWindowConstructor<W extends MainWindow> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Creates the app's window and loads the renderer from the app protocol (never from file://).
 *
 * The security settings are spelled out even where they are Electron's defaults, so that a change of
 * default or a careless edit shows up in review and in the unit test. They stay an object literal inside
 * `new BrowserWindow(…)` so that Electronegativity can read them (it does not follow function calls).
 */
export function createMainWindow<W extends MainWindow>(
  BrowserWindow: MainWindowConstructor<W>,
  preloadPath: string,
  { isPackaged }: { isPackaged: boolean } = { isPackaged: true },
): { window: W; loaded: Promise<void> } {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'FieldWrit 现场执行',
    backgroundColor: '#ffffff',
    // Shown on 'ready-to-show', so the officer never sees a blank white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      // The page and the preload live in separate JavaScript worlds: the page cannot reach ipcRenderer.
      contextIsolation: true,
      // The renderer runs in Chromium's OS sandbox; the preload gets only the sandboxed electron modules.
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would open links in new windows, a path around the window-open handler.
      disableBlinkFeatures: 'Auxclick',
      // An officer's laptop is not a developer's: in a packaged build no shortcut or menu opens DevTools,
      // which would read every case and token in the page. Development builds keep them.
      devTools: !isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  return { window, loaded: window.loadURL(APP_ENTRY_URL) };
}
