/** The part of Electron's `App` this module uses (tests pass a double of it). */
export type SingleInstanceApp = {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
};

/** The part of a `BrowserWindow` needed to bring it forward. */
export type FocusableWindow = {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
};

/**
 * Claims the single-instance lock. Returns false when another instance already holds it: the caller must
 * quit. Two instances would write the same IndexedDB and the same journal file and race on `clientSeq`.
 * When a second launch happens, the running instance brings its window forward instead.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  getWindow: () => FocusableWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = getWindow();
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
