import type { MenuItemConstructorOptions } from 'electron';

export type AppMenuOptions = {
  isPackaged: boolean;
  platform: NodeJS.Platform;
};

/**
 * The application menu. Electron's default menu ships "Toggle Developer Tools" and "Force Reload" to every
 * user; an officer's laptop needs neither (DevTools read every case and token in the page, a reload in the
 * middle of typing is surprising). What stays: editing shortcuts (copy a case number, paste a credit code),
 * zoom for small screens in a plant's office, full screen, window handling. Development builds add the
 * developer items back. Items use Electron roles, so the OS gives their labels in its own language.
 */
export function appMenuTemplate({ isPackaged, platform }: AppMenuOptions): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];
  const template: MenuItemConstructorOptions[] = [
    {
      role: 'editMenu',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      role: 'viewMenu',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...developer,
      ],
    },
    { role: 'windowMenu', submenu: [{ role: 'minimize' }, { role: 'close' }] },
  ];
  if (platform === 'darwin') {
    template.unshift({
      role: 'appMenu',
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'quit' }],
    });
  } else {
    template.unshift({ role: 'fileMenu', submenu: [{ role: 'quit' }] });
  }
  return template;
}
