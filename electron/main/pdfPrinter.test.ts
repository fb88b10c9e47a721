import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPdfPrinter, safePdfFileName } from './pdfPrinter';

let dir: string;
const pdf = new TextEncoder().encode('%PDF-1.7 on-site record');

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldwrit-pdf-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('safePdfFileName', () => {
  it('keeps a Chinese name and adds .pdf once', () => {
    expect(safePdfFileName('现场调查笔录（2025）内0203执35号')).toBe('现场调查笔录（2025）内0203执35号.pdf');
    expect(safePdfFileName('record.PDF')).toBe('record.pdf');
  });

  it('drops folders and characters a file name cannot hold', () => {
    expect(safePdfFileName('../../etc/passwd')).toBe('passwd.pdf');
    expect(safePdfFileName('C:\\Users\\x\\a:b?.pdf')).toBe('a_b_.pdf');
    expect(safePdfFileName('...')).toBe('....pdf');
    expect(safePdfFileName('.pdf')).toBe('record.pdf');
  });
});

describe('createPdfPrinter', () => {
  it('writes the rendered PDF where the person chose, suggesting a safe name', async () => {
    const suggested: string[] = [];
    const printer = createPdfPrinter({
      render: async () => pdf,
      chooseFile: async (name) => {
        suggested.push(name);
        return path.join(dir, name);
      },
    });
    const saved = await printer.print('笔录/35号');
    expect(suggested).toEqual(['35号.pdf']);
    expect(saved).toEqual({ savedTo: path.join(dir, '35号.pdf') });
    expect(new Uint8Array(await readFile(saved.savedTo!))).toEqual(pdf);
    expect(await readdir(dir)).toEqual(['35号.pdf']);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const printer = createPdfPrinter({ render: async () => pdf, chooseFile: async () => null });
    expect(await printer.print('record')).toEqual({ savedTo: null });
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves no temporary file behind when writing fails', async () => {
    const printer = createPdfPrinter({
      render: async () => pdf,
      chooseFile: async () => path.join(dir, 'missing-folder', 'record.pdf'),
    });
    await expect(printer.print('record')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
