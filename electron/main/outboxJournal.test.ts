import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SealedJournalEntry } from '../../shared/ipc/schemas';
import { openOutboxJournal } from './outboxJournal';
import { sampleMutation } from './testing/sampleMutation';
import { sampleSealedEntry } from './testing/sampleSealedEntry';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldwrit-journal-'));
  file = path.join(dir, 'profile', 'outbox-journal.jsonl');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lineOf = ({ deviceId, clientSeq, sealed }: SealedJournalEntry): string =>
  `${JSON.stringify({ deviceId, clientSeq, sealed: Buffer.from(sealed).toString('base64') })}\n`;

describe('openOutboxJournal', () => {
  it('starts empty, creating the folder, and keeps entries across reopening', async () => {
    const journal = await openOutboxJournal(file);
    expect(await journal.readAll()).toEqual([]);
    const entries = [sampleSealedEntry(1), sampleSealedEntry(2), sampleSealedEntry(3)];
    for (const entry of entries) await journal.append(entry);
    await journal.close();

    const reopened = await openOutboxJournal(file);
    expect(await reopened.readAll()).toEqual(entries);
    await reopened.close();
  });

  it('has the line on disk when append resolves, one JSON object per line', async () => {
    const journal = await openOutboxJournal(file);
    const entry = sampleSealedEntry(7);
    await journal.append(entry);
    expect(await readFile(file, 'utf8')).toBe(lineOf(entry));
    await journal.close();
  });

  it('writes concurrent appends whole and in call order', async () => {
    const journal = await openOutboxJournal(file);
    const entries = Array.from({ length: 60 }, (_, i) => sampleSealedEntry(i + 1));
    await Promise.all(entries.map((entry) => journal.append(entry)));
    expect((await journal.readAll()).map((m) => m.clientSeq)).toEqual(entries.map((m) => m.clientSeq));
    await journal.close();
  });

  it('refuses an entry that is not a sealed entry and leaves the file untouched', async () => {
    const journal = await openOutboxJournal(file);
    await journal.append(sampleSealedEntry(1));
    await expect(journal.append({ ...sampleSealedEntry(2), clientSeq: 0 })).rejects.toThrow();
    await journal.append(sampleSealedEntry(3));
    expect((await journal.readAll()).map((m) => m.clientSeq)).toEqual([1, 3]);
    await journal.close();
  });

  it('skips a torn last line and cuts it off before appending, so the next entry stands alone', async () => {
    const [first, second, third] = [sampleSealedEntry(1), sampleSealedEntry(2), sampleSealedEntry(3)];
    const tornLine = lineOf(second).slice(0, 57);
    await openOutboxJournal(file).then((j) => j.close());
    await writeFile(file, lineOf(first) + tornLine);

    const journal = await openOutboxJournal(file);
    expect(await journal.readAll()).toEqual([first]);
    await journal.append(third);
    expect(await journal.readAll()).toEqual([first, third]);
    expect(await readFile(file, 'utf8')).toBe(lineOf(first) + lineOf(third));
    await journal.close();
  });

  it('reading skips a torn tail without reporting it as damage', async () => {
    const damaged: number[] = [];
    const journal = await openOutboxJournal(file, { onDamagedLine: (line) => damaged.push(line) });
    const first = sampleSealedEntry(1);
    await journal.append(first);
    // Bytes of an entry whose write never completed, behind the journal's back.
    await appendFile(file, '{"mutationId":"0195');
    expect(await journal.readAll()).toEqual([first]);
    expect(damaged).toEqual([]);
    await journal.close();
  });

  it('keeps a complete last entry that only lost its newline', async () => {
    const [first, second, third] = [sampleSealedEntry(1), sampleSealedEntry(2), sampleSealedEntry(3)];
    await openOutboxJournal(file).then((j) => j.close());
    await writeFile(file, lineOf(first) + lineOf(second).slice(0, -1));

    const journal = await openOutboxJournal(file);
    await journal.append(third);
    expect(await journal.readAll()).toEqual([first, second, third]);
    await journal.close();
  });

  it('cuts a file that is nothing but a torn line', async () => {
    await openOutboxJournal(file).then((j) => j.close());
    await writeFile(file, '{"mutationId":');
    const journal = await openOutboxJournal(file);
    expect(await journal.readAll()).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe('');
    await journal.close();
  });

  it('reports and skips a damaged line in the middle, keeping the entries around it', async () => {
    const [first, second] = [sampleSealedEntry(1), sampleSealedEntry(2)];
    await openOutboxJournal(file).then((j) => j.close());
    await writeFile(
      file,
      `${lineOf(first)}not json at all\n{"valid":"json","but":"no mutation"}\n${lineOf(second)}`,
    );
    const damaged: Array<[number, string]> = [];
    const journal = await openOutboxJournal(file, {
      onDamagedLine: (line, reason) => damaged.push([line, reason]),
    });
    expect(await journal.readAll()).toEqual([first, second]);
    expect(damaged).toEqual([
      [2, 'not JSON'],
      [3, 'not a sealed entry'],
    ]);
    await journal.close();
  });

  it('skips the plain mutation lines of a build before sealing as damage, and drops them on compaction', async () => {
    const plain = sampleMutation(1, { changes: { name: { from: null, to: '内蒙古某某重工机械有限公司' } } });
    await openOutboxJournal(file).then((j) => j.close());
    await writeFile(file, `${JSON.stringify(plain)}\n`);
    const damaged: Array<[number, string]> = [];
    const journal = await openOutboxJournal(file, {
      onDamagedLine: (line, reason) => damaged.push([line, reason]),
    });
    const sealed = sampleSealedEntry(2);
    await journal.append(sealed);
    expect(await journal.readAll()).toEqual([sealed]);
    expect(damaged).toEqual([[1, 'not a sealed entry']]);
    expect(await journal.acknowledge(sealed.deviceId, 2)).toBe(1);
    await journal.close();
    expect(await readFile(file, 'utf8')).toBe('');
  });

  it('keeps sealed bytes exactly, and nothing but the device, sequence and base64 on disk', async () => {
    const journal = await openOutboxJournal(file);
    const entry = sampleSealedEntry(1, { sealed: new Uint8Array([0, 255, 10, 13, 34, 92]) });
    await journal.append(entry);
    expect(await journal.readAll()).toEqual([entry]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      deviceId: entry.deviceId,
      clientSeq: 1,
      sealed: 'AP8KDSJc',
    });
    await journal.close();
  });

  it('drops what the server acknowledged, keeps the rest and other devices, and appends after it', async () => {
    const journal = await openOutboxJournal(file);
    const mine = [1, 2, 3, 4].map((n) => sampleSealedEntry(n));
    const other = sampleSealedEntry(2, { deviceId: 'another-device' });
    for (const entry of [...mine.slice(0, 2), other, ...mine.slice(2)]) await journal.append(entry);
    expect(await journal.acknowledge(mine[0]!.deviceId, 3)).toBe(3);
    expect(await journal.readAll()).toEqual([other, mine[3]]);
    // Nothing to drop: the file is left as it is.
    expect(await journal.acknowledge(mine[0]!.deviceId, 3)).toBe(0);
    const fifth = sampleSealedEntry(5);
    await journal.append(fifth);
    await journal.close();

    const reopened = await openOutboxJournal(file);
    expect(await reopened.readAll()).toEqual([other, mine[3], fifth]);
    expect(await readFile(file, 'utf8')).toBe([other, mine[3], fifth].map(lineOf).join(''));
    await reopened.close();
  });
});
