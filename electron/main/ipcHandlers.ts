import { err, ok } from '../../shared/ipc/result';
import type { AppInfo } from '../../shared/ipc/schemas';
import { AttachmentHashMismatchError, type AttachmentStore } from './attachmentStore';
import type { IpcRegistry } from './createIpcRegistry';
import { describeError } from './describeError';
import { isAllowedExternalUrl } from './isAllowedExternalUrl';
import type { OutboxJournal } from './outboxJournal';
import type { PdfPrinter } from './pdfPrinter';
import { KeyStoreUnavailableError, type KeyStore } from './safeStorageKeyStore';

/** What the handlers need from the operating system; index.ts passes the real Electron pieces. */
export type IpcHandlerDependencies = {
  getAppInfo: () => AppInfo;
  /** Electron's `shell.openExternal`. Only called with URLs that passed the allowlist. */
  openExternal: (url: string) => Promise<void>;
  journal: OutboxJournal;
  attachments: AttachmentStore;
  printer: PdfPrinter;
  /** Wraps officers' data keys (Electron safeStorage). */
  keyStore: KeyStore;
};

/**
 * Registers the handler of every channel of shared/ipc/contract.ts. Handlers do OS integration only:
 * no business rules live in the main process.
 */
export function registerIpcHandlers(
  registry: IpcRegistry,
  { getAppInfo, openExternal, journal, attachments, printer, keyStore }: IpcHandlerDependencies,
): void {
  registry.handle('app:getInfo', async () => ok(getAppInfo()));

  registry.handle('shell:openExternal', async (url) => {
    if (!isAllowedExternalUrl(url))
      return err('not-allowed', 'This link is not on the list of sites FieldWrit opens.');
    // Open the parsed, normalised form: exactly what the allowlist looked at.
    await openExternal(new URL(url).href);
    return ok(undefined);
  });

  registry.handle('journal:append', async (entry) => {
    try {
      await journal.append(entry);
      return ok(undefined);
    } catch (error) {
      return err('io-failed', `The change could not be written to the journal: ${describeError(error)}`);
    }
  });

  registry.handle('journal:readAll', async () => {
    try {
      return ok(await journal.readAll());
    } catch (error) {
      return err('io-failed', `The journal could not be read: ${describeError(error)}`);
    }
  });

  registry.handle('journal:acknowledge', async ({ deviceId, throughClientSeq }) => {
    try {
      return ok(await journal.acknowledge(deviceId, throughClientSeq));
    } catch (error) {
      return err('io-failed', `The journal could not be compacted: ${describeError(error)}`);
    }
  });

  registry.handle('attachments:write', async (sha256, bytes) => {
    try {
      await attachments.write(sha256, bytes);
      return ok(undefined);
    } catch (error) {
      if (error instanceof AttachmentHashMismatchError) return err('invalid-payload', error.message);
      return err('io-failed', `The file could not be stored: ${describeError(error)}`);
    }
  });

  registry.handle('attachments:read', async (sha256) => {
    try {
      return ok(await attachments.read(sha256));
    } catch (error) {
      return err('io-failed', `The file could not be read: ${describeError(error)}`);
    }
  });

  registry.handle('print:toPdf', async (fileName) => {
    try {
      return ok(await printer.print(fileName));
    } catch (error) {
      return err('io-failed', `The PDF could not be saved: ${describeError(error)}`);
    }
  });

  registry.handle('keys:wrap', async (raw) => {
    try {
      return ok(keyStore.wrap(raw));
    } catch (error) {
      if (error instanceof KeyStoreUnavailableError) return err('unavailable', error.message);
      throw error;
    }
  });

  registry.handle('keys:unwrap', async (wrapped) => {
    try {
      const raw = keyStore.unwrap(wrapped);
      if (raw.byteLength !== 32) return err('not-allowed', 'The keystore did not give back a data key.');
      return ok(raw);
    } catch (error) {
      if (error instanceof KeyStoreUnavailableError) return err('unavailable', error.message);
      // Bytes wrapped on another machine or for another OS account, or altered: not a key.
      return err('not-allowed', `The keystore refused this key: ${describeError(error)}`);
    }
  });
}
