import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/ipc/result';
import { createIpcRegistry } from './createIpcRegistry';
import { sampleMutation } from './testing/sampleMutation';
import { sampleSealedEntry } from './testing/sampleSealedEntry';
import { fakeIpcMain } from './testing/fakeIpcMain';
import { memoryLogger } from './testing/memoryLogger';

const APP_INFO = {
  name: 'FieldWrit',
  version: '0.1.0',
  platform: 'linux',
  electronVersion: '45.4.1',
  chromeVersion: '140.0.0.0',
  isPackaged: false,
  courtServerOrigin: null,
};

describe('createIpcRegistry', () => {
  it('throws when a channel gets a second handler', () => {
    const registry = createIpcRegistry(fakeIpcMain(), { logger: memoryLogger() });
    registry.handle('app:getInfo', async () => ok(APP_INFO));
    expect(() => registry.handle('app:getInfo', async () => ok(APP_INFO))).toThrow(/already has a handler/);
    expect(registry.channels()).toEqual(['app:getInfo']);
  });

  it('passes arguments that match the schema to the handler', async () => {
    const ipcMain = fakeIpcMain();
    const registry = createIpcRegistry(ipcMain, { logger: memoryLogger() });
    const received: unknown[] = [];
    registry.handle('journal:append', async (entry) => {
      received.push(entry);
      return ok(undefined);
    });
    const entry = sampleSealedEntry(1);
    expect(await ipcMain.invoke('journal:append', [entry])).toEqual({ ok: true, value: undefined });
    expect(received).toEqual([entry]);
  });

  it.each([
    ['a wrong type', 'shell:openExternal', [42]],
    ['a missing argument', 'shell:openExternal', []],
    ['an extra argument', 'shell:openExternal', ['https://help.fieldwrit.cn/', 'second']],
    ['an argument where none is expected', 'app:getInfo', ['sneaky']],
    ['an invalid sequence number', 'journal:append', [{ ...sampleSealedEntry(1), clientSeq: -1 }]],
    ['sealed bytes as text', 'journal:append', [{ ...sampleSealedEntry(1), sealed: 'c2VjcmV0' }]],
    ['empty sealed bytes', 'journal:append', [{ ...sampleSealedEntry(1), sealed: new Uint8Array() }]],
    // Main must never be handed a mutation in the clear: without `sealed` it is not a journal entry.
    ['a plain mutation', 'journal:append', [sampleMutation(1)]],
    ['null', 'journal:append', [null]],
  ])('refuses %s as a value, without calling the handler', async (_label, channel, args) => {
    const ipcMain = fakeIpcMain();
    const registry = createIpcRegistry(ipcMain, { logger: memoryLogger() });
    let calls = 0;
    registry.handle('app:getInfo', async () => (calls++, ok(APP_INFO)));
    registry.handle('shell:openExternal', async () => (calls++, ok(undefined)));
    registry.handle('journal:append', async () => (calls++, ok(undefined)));
    const result = await ipcMain.invoke(channel, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(calls).toBe(0);
  });

  it('returns what a handler throws as an internal error value and logs it', async () => {
    const ipcMain = fakeIpcMain();
    const logger = memoryLogger();
    const registry = createIpcRegistry(ipcMain, { logger });
    registry.handle('journal:readAll', async () => {
      throw new Error('boom');
    });
    expect(await ipcMain.invoke('journal:readAll', [])).toEqual({
      ok: false,
      error: { code: 'internal', message: 'journal:readAll failed: boom' },
    });
    expect(logger.lines).toEqual(['error IPC handler failed']);
  });

  it.each([['https://evil.example/'], ['file:///tmp/page.html'], ['app://evil/index.html'], [null]])(
    'refuses calls from a frame that is not the app (%s)',
    async (frameUrl) => {
      const ipcMain = fakeIpcMain();
      const registry = createIpcRegistry(ipcMain, { logger: memoryLogger() });
      let calls = 0;
      registry.handle('journal:readAll', async () => (calls++, ok([])));
      expect(await ipcMain.invoke('journal:readAll', [], frameUrl)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
      expect(calls).toBe(0);
    },
  );
});
