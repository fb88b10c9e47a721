import { open, rename, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { PdfSaved } from '../../shared/ipc/schemas';

/** What the printer needs from Electron; index.ts passes the main window's printToPDF and a save dialog. */
export type PdfPrinterDependencies = {
  /** The page now shown, as PDF bytes (webContents.printToPDF with the print style sheet). */
  render: () => Promise<Uint8Array>;
  /** Asks where to save, suggesting `fileName`; null when the person cancels. */
  chooseFile: (fileName: string) => Promise<string | null>;
};

export type PdfPrinter = { print(fileName: string): Promise<PdfSaved> };

/**
 * A file name the save dialog can suggest: no folders, no characters Windows refuses, ending in .pdf.
 * The renderer proposes the name; it never chooses where the file goes (the person does, in the dialog).
 */
export function safePdfFileName(fileName: string): string {
  const base = path.basename(fileName.replace(/\\/g, '/'));
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
    .trim()
    .slice(0, 150);
  const stem = cleaned.replace(/\.pdf$/i, '') || 'record';
  return `${stem}.pdf`;
}

/**
 * Prints the on-site record to PDF in the desktop shell: renders, asks where to save, then writes the file
 * through a temporary file that is fsync'd and renamed, so a crash never leaves half a PDF under the name.
 */
export function createPdfPrinter({ render, chooseFile }: PdfPrinterDependencies): PdfPrinter {
  return {
    async print(fileName) {
      const bytes = await render();
      const target = await chooseFile(safePdfFileName(fileName));
      if (target === null) return { savedTo: null };
      const temp = `${target}.${process.pid}.tmp`;
      let handle: FileHandle | undefined;
      try {
        handle = await open(temp, 'w');
        await handle.writeFile(bytes);
        await handle.sync();
        await handle.close();
        handle = undefined;
        await rename(temp, target);
      } catch (error) {
        await handle?.close().catch(() => undefined);
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      return { savedTo: target };
    },
  };
}
