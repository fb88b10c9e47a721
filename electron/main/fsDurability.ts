import { open, type FileHandle } from 'node:fs/promises';

/**
 * fsyncs a directory so a file just created or renamed in it survives a power cut. Windows cannot open or
 * fsync a directory; NTFS journals directory entries itself, so the failure is ignored there.
 */
export async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // See above: not supported on every platform, and not needed where it is not.
  } finally {
    await handle?.close();
  }
}

export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
