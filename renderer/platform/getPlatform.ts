import type { BlobStore, Platform } from './Platform';
import { browserPlatform } from './browserPlatform';
import { desktopPlatform } from './desktopPlatform';

/**
 * The desktop bridge when the preload exposed it, else the plain-browser implementation, which keeps
 * attachment bytes in `browserBlobs` (the desktop shell keeps them as files and ignores it).
 */
export function getPlatform(browserBlobs: BlobStore): Platform {
  const bridge = (window as { fieldwrit?: unknown }).fieldwrit;
  return bridge ? desktopPlatform(bridge) : browserPlatform(browserBlobs);
}
