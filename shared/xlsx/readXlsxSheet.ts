import { decodeOoxmlEscapes, excelSerialToText, isDateFormat, numberCellText } from './excelCellText';
import { readZip, readZipEntry, ZipFormatError, type ZipEntry } from './readZip';
import { scanXml } from './scanXml';

/** Why a workbook could not be read; each code has a text in the inventory catalogs. */
/** What the reader needs from the platform: raw-deflate (zip entries) and UTF-8 decoding. */
export type XlsxPlatform = {
  inflateRaw: (data: Uint8Array) => Promise<Uint8Array>;
  decodeUtf8: (bytes: Uint8Array) => string;
};

export type XlsxErrorCode =
  | 'inventory.xlsx.notXlsx'
  | 'inventory.xlsx.legacyOrEncrypted'
  | 'inventory.xlsx.damaged'
  | 'inventory.xlsx.noSheet'
  | 'inventory.xlsx.tooLarge';

export type XlsxSheet =
  { ok: true; rows: string[][]; sheetName: string; sheetCount: number } | { ok: false; code: XlsxErrorCode };

/** More rows than any asset list has; a sheet claiming more is formatting run wild or a different file. */
export const MAX_XLSX_ROWS = 200_000;
const MAX_COLUMNS = 16_384;
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

class XlsxError extends Error {
  constructor(readonly code: XlsxErrorCode) {
    super(code);
  }
}

/**
 * Reads the first visible worksheet of an .xlsx workbook into rows of cell text, the shape `applyMapping`
 * takes. Shared and inline strings, booleans, error values and cached formula results are read as shown;
 * numbers are rounded to Excel's 15 significant digits; cells formatted as dates become "YYYY-MM-DD" so a
 * year column reads as a year, not a serial number. Row and column positions follow the cell references,
 * so empty cells and rows keep their place and row n of the result is row n + 1 in Excel.
 */
export async function readXlsxSheet(bytes: Uint8Array, platform: XlsxPlatform): Promise<XlsxSheet> {
  if (OLE.every((b, i) => bytes[i] === b)) return { ok: false, code: 'inventory.xlsx.legacyOrEncrypted' };
  try {
    return await read(bytes, platform);
  } catch (error) {
    if (error instanceof XlsxError) return { ok: false, code: error.code };
    if (error instanceof ZipFormatError) {
      return {
        ok: false,
        code: error.reason === 'notZip' ? 'inventory.xlsx.notXlsx' : 'inventory.xlsx.damaged',
      };
    }
    throw error;
  }
}

async function read(bytes: Uint8Array, platform: XlsxPlatform): Promise<XlsxSheet & { ok: true }> {
  const entries = readZip(bytes, platform.decodeUtf8);
  const text = async (path: string): Promise<string | null> => {
    const entry: ZipEntry | undefined = entries.get(path);
    if (entry === undefined) return null;
    return platform.decodeUtf8(await readZipEntry(bytes, entry, platform.inflateRaw));
  };

  const rootRels = parseRels((await text('_rels/.rels')) ?? '', '');
  const workbookPath = rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookXml = await text(workbookPath);
  if (workbookXml === null) throw new XlsxError('inventory.xlsx.notXlsx');
  const workbook = parseWorkbook(workbookXml);
  const baseDir = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${baseDir}_rels/${workbookPath.slice(baseDir.length)}.rels`;
  const rels = parseRels((await text(relsPath)) ?? '', baseDir);

  const sheet = workbook.sheets.find((s) => s.isVisible) ?? workbook.sheets[0];
  if (sheet === undefined) throw new XlsxError('inventory.xlsx.noSheet');
  const sheetPath = rels.find((r) => r.id === sheet.relId)?.target ?? `${baseDir}worksheets/sheet1.xml`;
  const sheetXml = await text(sheetPath);
  if (sheetXml === null) throw new XlsxError('inventory.xlsx.noSheet');

  const sharedPath =
    rels.find((r) => r.type.endsWith('/sharedStrings'))?.target ?? `${baseDir}sharedStrings.xml`;
  const stylesPath = rels.find((r) => r.type.endsWith('/styles'))?.target ?? `${baseDir}styles.xml`;
  const shared = parseSharedStrings((await text(sharedPath)) ?? '');
  const dateStyles = parseDateStyles((await text(stylesPath)) ?? '');
  const rows = parseSheet(sheetXml, shared, dateStyles, workbook.is1904);
  return { ok: true, rows, sheetName: sheet.name, sheetCount: workbook.sheets.length };
}

type Rel = { id: string; type: string; target: string };

function parseRels(xml: string, baseDir: string): Rel[] {
  const rels: Rel[] = [];
  scanXml(xml, {
    open(name, attrs) {
      if (name !== 'Relationship' || attrs.TargetMode === 'External') return;
      const target = attrs.Target ?? '';
      rels.push({
        id: attrs.Id ?? '',
        type: attrs.Type ?? '',
        target: target.startsWith('/') ? target.slice(1) : resolvePath(baseDir, target),
      });
    },
    close() {},
    text() {},
  });
  return rels;
}

function resolvePath(baseDir: string, target: string): string {
  const parts = (baseDir + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

type WorkbookInfo = { sheets: { name: string; relId: string; isVisible: boolean }[]; is1904: boolean };

function parseWorkbook(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], is1904: false };
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'workbookPr') info.is1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      if (name === 'sheet') {
        const relKey = Object.keys(attrs).find((k) => k === 'id' || k.endsWith(':id'));
        info.sheets.push({
          name: attrs.name ?? '',
          relId: relKey === undefined ? '' : attrs[relKey]!,
          isVisible: attrs.state === undefined || attrs.state === 'visible',
        });
      }
    },
    close() {},
    text() {},
  });
  return info;
}

/**
 * The visible text of a string item: every `<t>` run, except those of phonetic guides (`<rPh>`), which
 * hold the reading of the text, not the text.
 */
function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current = '';
  let inT = false;
  let phoneticDepth = 0;
  scanXml(xml, {
    open(name, _attrs, isSelfClosing) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && !isSelfClosing) inT = true;
    },
    close(name) {
      if (name === 'si') strings.push(decodeOoxmlEscapes(current));
      else if (name === 'rPh') phoneticDepth--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT && phoneticDepth === 0) current += t;
    },
  });
  return strings;
}

/** For each cell style index (`s` attribute), whether its number format shows a date. */
function parseDateStyles(xml: string): boolean[] {
  const customFormats = new Map<number, string>();
  const dateByXf: boolean[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'numFmt') customFormats.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs.numFmtId ?? 0);
        dateByXf.push(isDateFormat(id, customFormats.get(id)));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return dateByXf;
}

function parseSheet(xml: string, shared: readonly string[], dateStyles: readonly boolean[], is1904: boolean) {
  const rows: string[][] = [];
  let rowIndex = -1;
  let colIndex = -1;
  let type = 'n';
  let style = 0;
  let value = '';
  let inline = '';
  let inValue = false;
  let inInlineText = false;
  let phoneticDepth = 0;

  scanXml(xml, {
    open(name, attrs) {
      switch (name) {
        case 'row': {
          const r = attrs.r === undefined ? rowIndex + 2 : Number(attrs.r);
          rowIndex = (Number.isInteger(r) && r >= 1 ? r : rowIndex + 2) - 1;
          if (rowIndex >= MAX_XLSX_ROWS) throw new XlsxError('inventory.xlsx.tooLarge');
          colIndex = -1;
          break;
        }
        case 'c':
          colIndex = attrs.r === undefined ? colIndex + 1 : columnOf(attrs.r, colIndex + 1);
          type = attrs.t ?? 'n';
          style = Number(attrs.s ?? 0);
          value = '';
          inline = '';
          break;
        case 'v':
          inValue = true;
          break;
        case 'rPh':
          phoneticDepth++;
          break;
        case 't':
          inInlineText = true;
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'v':
          inValue = false;
          break;
        case 't':
          inInlineText = false;
          break;
        case 'rPh':
          phoneticDepth--;
          break;
        case 'c': {
          const cell = cellText(type, value, inline, style);
          if (cell !== '' && rowIndex >= 0) {
            while (rows.length <= rowIndex) rows.push([]);
            const row = rows[rowIndex]!;
            while (row.length < colIndex) row.push('');
            row[colIndex] = cell;
          }
          break;
        }
      }
    },
    text(t) {
      if (inValue) value += t;
      else if (inInlineText && phoneticDepth === 0) inline += t;
    },
  });
  return rows.map((row) => Array.from(row, (c) => c ?? ''));

  function cellText(t: string, v: string, is: string, s: number): string {
    switch (t) {
      case 's':
        return shared[Number(v)] ?? '';
      case 'inlineStr':
        return decodeOoxmlEscapes(is);
      case 'str':
        return decodeOoxmlEscapes(v);
      case 'b':
        return v.trim() === '1' ? 'TRUE' : v.trim() === '' ? '' : 'FALSE';
      case 'e':
        return v;
      case 'd':
        return v.endsWith('T00:00:00') || v.endsWith('T00:00:00Z') ? v.slice(0, 10) : v;
      default: {
        if (v.trim() === '') return '';
        const serial = Number(v);
        if (dateStyles[s] === true && Number.isFinite(serial)) return excelSerialToText(serial, is1904);
        return numberCellText(v);
      }
    }
  }
}

/** "AB12" → 27 (0-based column); falls back to `next` for a malformed reference. */
function columnOf(ref: string, next: number): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  if (i === 0 || col > MAX_COLUMNS) return next;
  return col - 1;
}
