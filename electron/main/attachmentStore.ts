import { createHash, randomBytes, type Hash } from 'node:crypto';
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
  /**
   * Starts writing a large file (a recording of several GB) that arrives in chunks: each `append` goes
   * straight to a temporary file and into a running SHA-256, so the whole file is never in memory;
   * `finish` checks the size and hash, fsyncs and renames it into place as `write` does, or removes the
   * temporary file and throws AttachmentHashMismatchError. Already stored: `append` and `finish` do nothing.
   */
  beginWrite(sha256: string, size: number): Promise<AttachmentChunkWriter>;
  /**
   * `length` bytes from `offset` (fewer at the end) without reading the rest, for uploads and playback of
   * large files; null when none are stored. Not checked against the hash: a part cannot be (`read` checks).
   */
  readRange(sha256: string, offset: number, length: number): Promise<Uint8Array | null>;
};

/** One large file being written: chunks appended in order, then finished or aborted. */
export type AttachmentChunkWriter = {
  append(bytes: Uint8Array): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
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

  const tempOf = (dir: string, sha256: string) =>
    path.join(dir, `${sha256}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

  const sizeOf = async (file: string) =>
    (await stat(file).catch((error: unknown) => (isNotFound(error) ? null : Promise.reject(error))))?.size ??
    null;

  return {
    async beginWrite(sha256, size) {
      const { dir, file } = fileOf(sha256);
      if ((await sizeOf(file)) === size)
        return { append: async () => undefined, finish: async () => undefined, abort: async () => undefined };
      await mkdir(dir, { recursive: true });
      const temp = tempOf(dir, sha256);
      const handle = await open(temp, 'wx');
      const hash: Hash = createHash('sha256');
      let written = 0;
      let isOpen = true;
      const discard = async () => {
        if (!isOpen) return;
        isOpen = false;
        await handle.close().catch(() => undefined);
        await unlink(temp).catch(() => undefined);
      };
      return {
        async append(bytes) {
          if (!isOpen) throw new Error('attachment write already finished');
          if (written + bytes.byteLength > size) {
            await discard();
            throw new AttachmentHashMismatchError('More bytes than announced; nothing was stored.');
          }
          await handle.write(bytes, 0, bytes.byteLength, written);
          hash.update(bytes);
          written += bytes.byteLength;
        },
        async finish() {
          if (!isOpen) throw new Error('attachment write already finished');
          if (written !== size || hash.digest('hex') !== sha256) {
            await discard();
            throw new AttachmentHashMismatchError(
              'The bytes do not match their SHA-256; nothing was stored.',
            );
          }
          try {
            await handle.sync();
            await handle.close();
            isOpen = false;
            await rename(temp, file);
          } catch (error) {
            await discard();
            throw error;
          }
          await syncDirectory(dir);
          await syncDirectory(rootDir);
        },
        abort: discard,
      };
    },

    async readRange(sha256, offset, length) {
      const { file } = fileOf(sha256);
      let handle: FileHandle;
      try {
        handle = await open(file, 'r');
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
      try {
        const size = (await handle.stat()).size;
        const out = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        let at = 0;
        while (at < out.length) {
          const { bytesRead } = await handle.read(out, at, out.length - at, offset + at);
          if (bytesRead === 0) break;
          at += bytesRead;
        }
        return out.subarray(0, at);
      } finally {
        await handle.close();
      }
    },

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
