import { isAllowedExternalUrl } from './isAllowedExternalUrl';

type PreventableEvent = { preventDefault(): void };

/** The part of Electron's `WebContents` this module uses (tests pass a double of it). */
export type WebContentsToHarden = {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

export type HardenWebContentsOptions = {
  /** Opens a URL that passed the allowlist in the system browser (Electron's `shell.openExternal`). */
  openExternal: (url: string) => void;
  /** Defaults to the shell's allowlist; tests pass their own host list. */
  isAllowed?: (url: string) => boolean;
};

/**
 * Applied to every web contents the app creates. The page can never navigate itself or open windows:
 * links to the allowlisted hosts go to the system browser, everything else goes nowhere.
 */
export function hardenWebContents(
  contents: WebContentsToHarden,
  { openExternal, isAllowed = isAllowedExternalUrl }: HardenWebContentsOptions,
): void {
  const routeOutside = (url: string): void => {
    if (isAllowed(url)) openExternal(new URL(url).href);
  };

  // The app is a single page served from app://; it never needs a real navigation. Any navigation is
  // either a plain link that should open in the browser, or a page trying to replace the app (and with it
  // the preload bridge) with foreign content. So every one is cancelled, as in Element Desktop.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    routeOutside(url);
  });

  // <webview> would embed a guest page with its own preferences; the app has none and the tag is off.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });

  // window.open and target="_blank": never a new Electron window, which would run with default settings.
  contents.setWindowOpenHandler(({ url }) => {
    routeOutside(url);
    return { action: 'deny' };
  });
}
