import type { Platform } from './Platform';
import { browserPlatform } from './browserPlatform';
import { desktopPlatform } from './desktopPlatform';

/** The desktop bridge when the preload exposed it, else the plain-browser implementation. */
export function getPlatform(): Platform {
  const bridge = (window as { fieldwrit?: unknown }).fieldwrit;
  return bridge ? desktopPlatform(bridge) : browserPlatform;
}
