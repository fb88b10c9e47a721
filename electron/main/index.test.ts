import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/schemas';

// index.ts only wires modules together, against the real `electron` module, which cannot load outside
// Electron. This replaces `electron` with a double that records the wiring; every module of ours is real.
const electron = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const ipcChannels: string[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const windows: Array<{ options: Record<string, unknown>; url?: string }> = [];
  const powerListeners = new Map<string, () => void>();
  let userData = '';
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  let resolveLoaded: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (resolveLoaded = resolve));

  class BrowserWindow {
    private readonly record: { options: Record<string, unknown>; url?: string };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      windows.push(this.record);
    }
    once() {}
    on() {}
    show() {}
    async loadURL(url: string) {
      this.record.url = url;
      resolveLoaded();
    }
  }

  return {
    calls,
    appListeners,
    ipcChannels,
    protocolHandlers,
    windows,
    powerListeners,
    ready: resolveReady,
    loaded,
    module: {
      app: {
        setPath: (name: string, value: string) => {
          calls.push(`setPath ${name}`);
          userData = value;
        },
        getPath: () => userData,
        enableSandbox: () => calls.push('enableSandbox'),
        requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
        on: (event: string, listener: (...args: unknown[]) => void) => appListeners.set(event, listener),
        whenReady: () => ready,
        quit: () => calls.push('quit'),
        exit: (code: number) => calls.push(`exit ${code}`),
        getName: () => 'FieldWrit',
        getVersion: () => '0.1.0',
        isPackaged: false,
      },
      protocol: {
        registerSchemesAsPrivileged: (
          schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>,
        ) => calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
          protocolHandlers.set(scheme, handler),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: () => calls.push('setPermissionRequestHandler'),
          setPermissionCheckHandler: () => calls.push('setPermissionCheckHandler'),
        },
      },
      ipcMain: { handle: (channel: string) => ipcChannels.push(channel) },
      shell: { openExternal: async () => undefined },
      safeStorage: {
        isEncryptionAvailable: () => false,
        encryptString: () => Buffer.alloc(0),
        decryptString: () => '',
      },
      powerMonitor: { on: (event: string, listener: () => void) => powerListeners.set(event, listener) },
      Menu: {
        buildFromTemplate: (template: Array<{ role?: string }>) => template,
        setApplicationMenu: (menu: Array<{ role?: string }>) =>
          calls.push(`setApplicationMenu ${menu.map((item) => item.role).join(',')}`),
      },
      BrowserWindow,
    },
  };
});
vi.mock('electron', () => electron.module);

let userData: string;

beforeAll(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'fieldwrit-main-'));
  vi.stubEnv('FIELDWRIT_USER_DATA_DIR', userData);
  vi.stubEnv('FIELDWRIT_COURT_SERVER_URL', 'https://court.example.cn/api');
  await import('./index');
  electron.ready();
  await electron.loaded;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(userData, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('prepares the privileged scheme, the sandbox and the instance lock before the app is ready', () => {
    expect(electron.calls.slice(0, 4)).toEqual([
      'setPath userData',
      'registerSchemesAsPrivileged [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true,"codeCache":true}}]',
      'enableSandbox',
      'requestSingleInstanceLock',
    ]);
    expect(electron.calls).not.toContain('quit');
  });

  it('hardens every web contents and the session', () => {
    expect(electron.appListeners.has('web-contents-created')).toBe(true);
    expect(electron.appListeners.has('second-instance')).toBe(true);
    expect(electron.calls).toContain('setPermissionRequestHandler');
    expect(electron.calls).toContain('setPermissionCheckHandler');
  });

  it("replaces Electron's default menu with the app's own (this test runs unpackaged: DevTools kept)", () => {
    const menu = electron.calls.find((c) => c.startsWith('setApplicationMenu'));
    expect(menu).toMatch(/editMenu/);
    expect(menu).toMatch(/viewMenu/);
  });

  it('registers every IPC channel once', () => {
    expect([...electron.ipcChannels].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('asks the app to lock when the machine sleeps or the OS session locks', () => {
    expect([...electron.powerListeners.keys()].sort()).toEqual(['lock-screen', 'suspend']);
  });

  it('opens one sandboxed window on the app protocol', () => {
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    expect(window?.url).toBe('app://fieldwrit/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });

  it('serves the app protocol with a CSP that allows the configured court server', async () => {
    const handler = electron.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!(new Request('app://fieldwrit/..%2f..%2fetc/passwd'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://court.example.cn http://127.0.0.1:*",
    );
  });

  it('keeps the outbox journal in the user data folder', async () => {
    expect((await stat(path.join(userData, 'outbox-journal.jsonl'))).isFile()).toBe(true);
  });
});
