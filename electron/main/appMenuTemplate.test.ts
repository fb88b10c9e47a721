import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from './appMenuTemplate';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role.toLowerCase()] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('appMenuTemplate', () => {
  it.each(['win32', 'linux', 'darwin'] as const)(
    'a packaged build on %s has no developer items',
    (platform) => {
      const all = roles(appMenuTemplate({ isPackaged: true, platform }));
      expect(all).not.toContain('toggledevtools');
      expect(all).not.toContain('forcereload');
      expect(all).not.toContain('reload');
      // Officers copy case numbers and paste credit codes: the edit shortcuts must stay.
      expect(all).toEqual(expect.arrayContaining(['copy', 'paste', 'selectall', 'undo', 'zoomin']));
    },
  );

  it('a development build keeps DevTools', () => {
    expect(roles(appMenuTemplate({ isPackaged: false, platform: 'linux' }))).toContain('toggledevtools');
  });

  it('macOS gets its app menu, others a file menu with quit', () => {
    expect(appMenuTemplate({ isPackaged: true, platform: 'darwin' })[0]?.role).toBe('appMenu');
    expect(appMenuTemplate({ isPackaged: true, platform: 'win32' })[0]?.role).toBe('fileMenu');
  });
});
