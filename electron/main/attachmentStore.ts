import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { isNotFound, syncDirectory } from './fsDurability';

/** The bytes do not hash to the name they were sent under: refused, nothing written. */
export class AttachmentHashMismatchError extends Error {
  override readonly name = 'AttachmentHashMismatchError';
}

/** A stored file no longer hashes to its name (disk damage, a hand-edited folder). */
export class AttachmentDamagedError extends Error {
  override readonly name = 'AttachmentDamagedError';
}

/**
 * Photos and files of the desktop shell, content-addressed under `<root>/<sha256[0..2]>/<sha256>`
 * (sync-protocol.md, "Blobs"). Files are written once and never changed.
 */
export type AttachmentStore = {
  /**
   * Stores `bytes` under `sha256` and resolves once they are durable: the bytes are re-hashed, written to a
   * temporary file beside the target, fsync'd, renamed into place, and the folder is fsync'd — so a crash
   * leaves either no file or the whole file, never a torn one under the real name.
   */
  write(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under `sha256`, or null when none are stored; throws AttachmentDamagedError on a bad file. */
  read(sha256: string): Promise<Uint8Array | null>;
};

const SHA256_HEX = /^[0-9a-f]{64}$/;

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Opens the attachment folder at `rootDir` (created on first write). */
export function createAttachmentStore(rootDir: string): AttachmentStore {
  const fileOf = (sha256: string) => {
    // The IPC schema already checks this; the store checks again because a path is built from it.
    if (!SHA256_HEX.test(sha256)) throw new AttachmentHashMismatchError(`not a SHA-256: ${sha256}`);
    const dir = path.join(rootDir, sha256.slice(0, 2));
    return { dir, file: path.join(dir, sha256) };
  };

  return {
    async write(sha256, bytes) {
      const { dir, file } = fileOf(sha256);
      if (sha256Of(bytes) !== sha256)
        throw new AttachmentHashMismatchError('The bytes do not match their SHA-256; nothing was stored.');
      const existing = await stat(file).catch((error: unknown) =>
        isNotFound(error) ? null : Promise.reject(error),
      );
      // Same name means same content; a file of another size is damaged and is replaced below.
      if (existing !== null && existing.size === bytes.byteLength) return;
      await mkdir(dir, { recursive: true });
      const temp = path.join(dir, `${sha256}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
      let handle: FileHandle | undefined;
      try {
        handle = await open(temp, 'wx');
        await handle.writeFile(bytes);
        await handle.sync();
        await handle.close();
        handle = undefined;
        await rename(temp, file);
      } catch (error) {
        await handle?.close().catch(() => undefined);
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      await syncDirectory(dir);
      await syncDirectory(rootDir);
    },

    async read(sha256) {
      const { file } = fileOf(sha256);
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
      if (sha256Of(bytes) !== sha256)
        throw new AttachmentDamagedError(`The stored file ${sha256} is damaged (its content changed).`);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  };
}
