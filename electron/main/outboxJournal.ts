import { mkdir, open, rename } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { sealedJournalEntrySchema } from '../../shared/ipc/schemas';
import type { SealedJournalEntry } from '../../shared/ipc/schemas';
import { isNotFound, syncDirectory } from './fsDurability';

const NEWLINE = 0x0a;

/**
 * One line of the file: the entry with its sealed bytes in base64. A line of a build before issue 11 (a
 * plain mutation) does not match and is skipped as damaged, and gone at the next compaction.
 */
const journalLineSchema = z.object({
  deviceId: sealedJournalEntrySchema.shape.deviceId,
  clientSeq: sealedJournalEntrySchema.shape.clientSeq,
  sealed: z.base64().min(1),
});

/**
 * The desktop copy of the outbox (sync-protocol.md, "Client durability"): one JSON line per mutation,
 * appended and fsync'd before the append resolves, so that a wiped or damaged IndexedDB can be rebuilt.
 * Each mutation arrives sealed by the renderer with its officer's data key (docs/security.md, "Data at
 * rest"): this file, and the main process, hold only device ids, sequence numbers and ciphertext.
 * Entries the court server has acknowledged are dropped by `acknowledge`, so the file holds only what the
 * server does not have yet and never grows without bound.
 */
export type OutboxJournal = {
  /** Appends `entry` and resolves once it is on disk. Appends are written in call order. */
  append(entry: SealedJournalEntry): Promise<void>;
  /**
   * Drops every entry of `deviceId` up to and including `throughClientSeq` (the server has them). The file
   * is rewritten beside the old one and renamed over it, so a crash leaves either file whole. Resolves
   * with the number of entries dropped.
   */
  acknowledge(deviceId: string, throughClientSeq: number): Promise<number>;
  /** Every intact entry, oldest first. Waits for appends already started. */
  readAll(): Promise<SealedJournalEntry[]>;
  close(): Promise<void>;
};

export type OutboxJournalOptions = {
  /** Told about a line that is neither intact nor a torn tail: corruption, not a crash mid-write. */
  onDamagedLine?: (lineNumber: number, reason: string) => void;
};

/**
 * Opens (creating if needed) the journal at `filePath`. A torn last line — the process died while writing
 * it, so it was never acknowledged — is cut off first, so the next append starts on a line of its own.
 */
export async function openOutboxJournal(
  filePath: string,
  options: OutboxJournalOptions = {},
): Promise<OutboxJournal> {
  await mkdir(path.dirname(filePath), { recursive: true });
  await cutTornTail(filePath);
  // 'a+': O_APPEND, so every write lands at the end whatever a reader did, and readable for readAll.
  let handle = await open(filePath, 'a+');
  // The file's directory entry must be durable too, or a crash right after creation can lose the file.
  await syncDirectory(path.dirname(filePath));

  let queue: Promise<unknown> = Promise.resolve();
  let hasTornTail = false;
  const enqueue = <T>(operation: () => Promise<T>): Promise<T> => {
    const run = queue.then(operation);
    // A failed operation must not block the ones after it; its caller still sees the failure.
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    append: (entry) =>
      enqueue(async () => {
        const line = lineOf(sealedJournalEntrySchema.parse(entry));
        // A previous append failed part-way (disk full): its bytes would glue onto this line.
        if (hasTornTail) {
          await cutTornTail(filePath);
          hasTornTail = false;
        }
        try {
          await handle.appendFile(line, 'utf8');
          await handle.sync();
        } catch (error) {
          hasTornTail = true;
          throw error;
        }
      }),
    readAll: () => enqueue(() => readJournal(handle, options)),
    acknowledge: (deviceId, throughClientSeq) =>
      enqueue(async () => {
        const entries = await readJournal(handle, options);
        const kept = entries.filter((m) => m.deviceId !== deviceId || m.clientSeq > throughClientSeq);
        const dropped = entries.length - kept.length;
        if (dropped === 0) return 0;
        const temporary = `${filePath}.compacting`;
        const out = await open(temporary, 'w');
        try {
          await out.writeFile(kept.map(lineOf).join(''), 'utf8');
          await out.sync();
        } finally {
          await out.close();
        }
        await handle.close();
        await rename(temporary, filePath);
        await syncDirectory(path.dirname(filePath));
        handle = await open(filePath, 'a+');
        hasTornTail = false;
        return dropped;
      }),
    close: () => enqueue(() => handle.close()),
  };
}

function lineOf({ deviceId, clientSeq, sealed }: SealedJournalEntry): string {
  return `${JSON.stringify({ deviceId, clientSeq, sealed: Buffer.from(sealed).toString('base64') })}\n`;
}

async function readJournal(
  handle: FileHandle,
  { onDamagedLine }: OutboxJournalOptions,
): Promise<SealedJournalEntry[]> {
  const { size } = await handle.stat();
  const buffer = Buffer.alloc(size);
  await readFully(handle, buffer, 0);
  const lines = buffer.toString('utf8').split('\n');
  const entries: SealedJournalEntry[] = [];
  lines.forEach((line, index) => {
    if (line === '') return;
    const parsed = parseLine(line);
    if (parsed.ok) {
      entries.push(parsed.value);
      return;
    }
    // Only the final piece, without its newline, can be a torn write; it was never acknowledged.
    const isTornTail = index === lines.length - 1;
    if (!isTornTail) onDamagedLine?.(index + 1, parsed.reason);
  });
  return entries;
}

function parseLine(line: string): { ok: true; value: SealedJournalEntry } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const result = journalLineSchema.safeParse(json);
  if (!result.success) return { ok: false, reason: 'not a sealed entry' };
  const sealed = new Uint8Array(Buffer.from(result.data.sealed, 'base64'));
  return { ok: true, value: { ...result.data, sealed } };
}

/** Truncates the file after its last newline when what follows it is not an intact entry. */
async function cutTornTail(filePath: string): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(filePath, 'r+');
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return;
    const buffer = Buffer.alloc(size);
    await readFully(handle, buffer, 0);
    if (buffer[size - 1] === NEWLINE) return;
    const lastNewline = buffer.lastIndexOf(NEWLINE);
    const tail = buffer.subarray(lastNewline + 1).toString('utf8');
    if (parseLine(tail).ok) {
      // The whole entry reached the disk and only its newline did not: keep it, finish the line.
      await handle.write('\n', size);
    } else {
      await handle.truncate(lastNewline + 1);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readFully(handle: FileHandle, buffer: Buffer, position: number): Promise<void> {
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesRead } = await handle.read(buffer, offset, buffer.length - offset, position + offset);
    if (bytesRead === 0) break;
    offset += bytesRead;
  }
}
