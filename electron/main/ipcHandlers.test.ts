import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/schemas';
import { createAttachmentStore } from './attachmentStore';
import { createIpcRegistry } from './createIpcRegistry';
import { registerIpcHandlers } from './ipcHandlers';
import { openOutboxJournal } from './outboxJournal';
import { createPdfPrinter } from './pdfPrinter';
import { createSafeStorageKeyStore } from './safeStorageKeyStore';
import type { OutboxJournal } from './outboxJournal';
import { fakeIpcMain } from './testing/fakeIpcMain';
import { memoryLogger } from './testing/memoryLogger';
import { sampleSealedEntry } from './testing/sampleSealedEntry';

const APP_INFO = {
  name: 'FieldWrit',
  version: '0.1.0',
  platform: 'linux',
  electronVersion: '45.4.1',
  chromeVersion: '140.0.0.0',
  isPackaged: true,
  courtServerOrigin: 'https://court.example.cn',
};

let dir: string;
let journal: OutboxJournal;
let opened: string[];
let ipcMain: ReturnType<typeof fakeIpcMain>;
let isKeystoreAvailable: boolean;

/** A double of Electron safeStorage (reversible, and switchable off as on Linux without a keyring). */
const safeStorage = {
  isEncryptionAvailable: () => isKeystoreAvailable,
  encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
  decryptString: (bytes: Buffer) => {
    const text = bytes.toString();
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext');
    return Buffer.from(text.slice(7), 'hex').toString();
  },
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldwrit-ipc-'));
  journal = await openOutboxJournal(path.join(dir, 'outbox-journal.jsonl'));
  opened = [];
  ipcMain = fakeIpcMain();
  isKeystoreAvailable = true;
  registerIpcHandlers(createIpcRegistry(ipcMain, { logger: memoryLogger() }), {
    getAppInfo: () => APP_INFO,
    openExternal: async (url) => void opened.push(url),
    journal,
    attachments: createAttachmentStore(path.join(dir, 'attachments')),
    printer: createPdfPrinter({
      render: async () => new TextEncoder().encode('%PDF'),
      chooseFile: async (name) => (name.startsWith('cancel') ? null : path.join(dir, name)),
    }),
    keyStore: createSafeStorageKeyStore(safeStorage, 'win32'),
  });
});

afterEach(async () => {
  await journal.close();
  await rm(dir, { recursive: true, force: true });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler for every key of the contract, and nothing else', () => {
    expect(new Set(ipcMain.handledChannels).size).toBe(ipcMain.handledChannels.length);
    expect([...ipcMain.handledChannels].sort()).toEqual([...IPC_CHANNELS].sort());
    expect(IPC_CHANNELS.length).toBeGreaterThan(0);
  });

  it('answers app:getInfo', async () => {
    expect(await ipcMain.invoke('app:getInfo', [])).toEqual({ ok: true, value: APP_INFO });
  });

  it('opens allowlisted links and refuses the rest as a value', async () => {
    expect(await ipcMain.invoke('shell:openExternal', ['https://zxgk.court.gov.cn/zhzxgk/'])).toEqual({
      ok: true,
      value: undefined,
    });
    expect(
      await ipcMain.invoke('shell:openExternal', ['https://zxgk.court.gov.cn@evil.example/']),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    expect(await ipcMain.invoke('shell:openExternal', ['file:///etc/passwd'])).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    expect(opened).toEqual(['https://zxgk.court.gov.cn/zhzxgk/']);
  });

  it('appends sealed entries to the journal, reads them back in order and drops the acknowledged', async () => {
    const [first, second, third] = [sampleSealedEntry(1), sampleSealedEntry(2), sampleSealedEntry(3)];
    for (const entry of [first, second, third])
      expect(await ipcMain.invoke('journal:append', [entry])).toEqual({ ok: true, value: undefined });
    expect(await ipcMain.invoke('journal:readAll', [])).toEqual({ ok: true, value: [first, second, third] });
    expect(
      await ipcMain.invoke('journal:acknowledge', [{ deviceId: first.deviceId, throughClientSeq: 2 }]),
    ).toEqual({ ok: true, value: 2 });
    expect(await ipcMain.invoke('journal:readAll', [])).toEqual({ ok: true, value: [third] });
    expect(
      await ipcMain.invoke('journal:acknowledge', [{ deviceId: first.deviceId, throughClientSeq: -1 }]),
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('reports a journal that cannot be written as io-failed', async () => {
    await journal.close();
    expect(await ipcMain.invoke('journal:append', [sampleSealedEntry(1)])).toMatchObject({
      ok: false,
      error: { code: 'io-failed' },
    });
  });

  it('stores attachment bytes under their hash, refuses a wrong hash as invalid-payload, and reads back', async () => {
    const bytes = new TextEncoder().encode('photo');
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(await ipcMain.invoke('attachments:write', [sha, bytes])).toEqual({ ok: true, value: undefined });
    expect(await ipcMain.invoke('attachments:read', [sha])).toEqual({ ok: true, value: bytes });
    expect(await ipcMain.invoke('attachments:write', ['0'.repeat(64), bytes])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await ipcMain.invoke('attachments:read', ['0'.repeat(64)])).toEqual({ ok: true, value: null });
    expect(await ipcMain.invoke('attachments:write', ['../x', bytes])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('prints to PDF where the person chose, and answers null when they cancel', async () => {
    expect(await ipcMain.invoke('print:toPdf', ['现场调查笔录'])).toEqual({
      ok: true,
      value: { savedTo: path.join(dir, '现场调查笔录.pdf') },
    });
    expect(await ipcMain.invoke('print:toPdf', ['cancel'])).toEqual({ ok: true, value: { savedTo: null } });
    expect(await ipcMain.invoke('print:toPdf', [''])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });
  it('wraps a data key with the keystore and unwraps it; refuses other sizes and foreign bytes as values', async () => {
    const key = new Uint8Array(32).fill(7);
    const wrapped = (await ipcMain.invoke('keys:wrap', [key])) as { ok: true; value: Uint8Array };
    expect(wrapped.ok).toBe(true);
    expect(Buffer.from(wrapped.value).includes(Buffer.from(key))).toBe(false);
    expect(await ipcMain.invoke('keys:unwrap', [wrapped.value])).toEqual({ ok: true, value: key });
    expect(await ipcMain.invoke('keys:wrap', [new Uint8Array(16)])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await ipcMain.invoke('keys:unwrap', [new Uint8Array([1, 2, 3])])).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    // A frame that is not the app gets no key, even with the right bytes.
    expect(await ipcMain.invoke('keys:unwrap', [wrapped.value], 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('answers unavailable when the OS has no keystore, so the renderer wraps with the password', async () => {
    isKeystoreAvailable = false;
    expect(await ipcMain.invoke('keys:wrap', [new Uint8Array(32)])).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(await ipcMain.invoke('keys:unwrap', [new Uint8Array([1])])).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});
