import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { appMenuTemplate } from './appMenuTemplate';
import { ipcEventSchemas, type AppInfo } from '../../shared/ipc/schemas';
import { createAttachmentStore } from './attachmentStore';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import { createIpcRegistry } from './createIpcRegistry';
import { createLogger } from './logger';
import { createMainWindow } from './createMainWindow';
import { describeError } from './describeError';
import { hardenSession } from './hardenSession';
import { hardenWebContents } from './hardenWebContents';
import { registerIpcHandlers } from './ipcHandlers';
import { loadShellConfig } from './loadShellConfig';
import { openOutboxJournal } from './outboxJournal';
import { createPdfPrinter } from './pdfPrinter';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './registerAppProtocol';
import { createSafeStorageKeyStore } from './safeStorageKeyStore';
import { claimSingleInstance } from './singleInstance';
import { watchPowerLock } from './watchPowerLock';

/** Overrides the user data folder, so tests and trainings run against a throw-away profile. */
const USER_DATA_ENV = 'FIELDWRIT_USER_DATA_DIR';
const JOURNAL_FILE = 'outbox-journal.jsonl';
const ATTACHMENTS_DIR = 'attachments';

// Bundled as dist/electron/main.cjs, next to preload.cjs and beside dist/renderer.
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');

const logger = createLogger('main');

/** Composes the shell. Everything here is wiring; the behaviour lives in the modules it imports. */
function main(): void {
  const userDataOverride = process.env[USER_DATA_ENV];
  if (userDataOverride !== undefined && userDataOverride !== '')
    app.setPath('userData', path.resolve(userDataOverride));

  // Both must happen before 'ready'.
  registerAppSchemeAsPrivileged(protocol);
  app.enableSandbox();

  let mainWindow: BrowserWindow | null = null;
  if (!claimSingleInstance(app, () => mainWindow)) {
    app.quit();
    return;
  }

  const openExternal = (url: string): Promise<void> => shell.openExternal(url);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      openExternal: (url) => {
        openExternal(url).catch((error: unknown) =>
          logger.warn('Could not open link', { error: describeError(error) }),
        );
      },
    });
  });
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(async () => {
      const userData = app.getPath('userData');
      const config = await loadShellConfig(userData, process.env, logger);
      hardenSession(session.defaultSession);
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(appMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform })),
      );
      registerAppProtocol(protocol, {
        rootDir: RENDERER_DIR,
        getContentSecurityPolicy: () =>
          contentSecurityPolicy({ courtServerOrigin: config.courtServerOrigin }),
      });

      const journal = await openOutboxJournal(path.join(userData, JOURNAL_FILE), {
        onDamagedLine: (lineNumber, reason) =>
          logger.error('Damaged journal line skipped', { lineNumber, reason }),
      });
      const getAppInfo = (): AppInfo => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        electronVersion: process.versions.electron,
        chromeVersion: process.versions.chrome,
        isPackaged: app.isPackaged,
        courtServerOrigin: config.courtServerOrigin,
      });
      const attachments = createAttachmentStore(path.join(userData, ATTACHMENTS_DIR));
      const printer = createPdfPrinter({
        render: async () => {
          if (mainWindow === null) throw new Error('no window to print');
          return mainWindow.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
        },
        chooseFile: async (fileName) => {
          const options = {
            defaultPath: path.join(app.getPath('documents'), fileName),
            filters: [{ name: 'PDF', extensions: ['pdf'] }],
          };
          const result = mainWindow
            ? await dialog.showSaveDialog(mainWindow, options)
            : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
      });
      registerIpcHandlers(createIpcRegistry(ipcMain, { logger }), {
        getAppInfo,
        openExternal,
        journal,
        attachments,
        printer,
        keyStore: createSafeStorageKeyStore(safeStorage, process.platform),
      });
      watchPowerLock(powerMonitor, (event) =>
        mainWindow?.webContents.send('power:lock', ipcEventSchemas['power:lock'].parse(event)),
      );

      const { window, loaded } = createMainWindow(BrowserWindow, PRELOAD_PATH, {
        isPackaged: app.isPackaged,
      });
      mainWindow = window;
      window.on('closed', () => {
        mainWindow = null;
      });
      app.on('before-quit', () => {
        journal
          .close()
          .catch((error: unknown) =>
            logger.warn('Closing the journal failed', { error: describeError(error) }),
          );
      });
      await loaded;
    })
    .catch((error: unknown) => {
      logger.error('FieldWrit could not start', { error: describeError(error) });
      app.exit(1);
    });
}

main();
