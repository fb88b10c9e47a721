import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxSheet, type XlsxPlatform } from './readXlsxSheet';
import { readZip } from './readZip';

/** The platform functions through the web APIs Node shares with the browser (DecompressionStream, TextDecoder). */
const node: XlsxPlatform = {
  inflateRaw: async (data) =>
    new Uint8Array(
      await new Response(
        new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
      ).arrayBuffer(),
    ),
  decodeUtf8: (bytes) => new TextDecoder('utf-8').decode(bytes),
};

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function rowsOf(bytes: Uint8Array): Promise<string[][]> {
  const sheet = await readXlsxSheet(bytes, node);
  if (!sheet.ok) throw new Error(sheet.code);
  return sheet.rows;
}

describe('readXlsxSheet (workbooks written by exceljs)', () => {
  it('reads strings, numbers, dates, booleans, formulas and rich text as Excel shows them', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('设备清单');
      ws.addRow(['某某机械制造有限公司固定资产清单']);
      ws.addRow(['设备名称', '规格型号', '购置日期', '数量', '原值（元）', '在用', '合计']);
      ws.addRow([
        '数控车床',
        'CK6150',
        new Date(Date.UTC(2015, 5, 1)),
        3,
        12345.67,
        true,
        { formula: 'D3*2', result: 6 },
      ]);
      ws.addRow([
        { richText: [{ text: '龙门' }, { text: '铣床', font: { bold: true } }] },
        '',
        null,
        1,
        0.1 + 0.2,
        false,
      ]);
      ws.getCell('C3').numFmt = 'yyyy"年"m"月"';
      ws.getCell('A6').value = '隔两行\n换行';
      ws.getCell('D6').value = 2;
    });
    expect(await rowsOf(bytes)).toEqual([
      ['某某机械制造有限公司固定资产清单'],
      ['设备名称', '规格型号', '购置日期', '数量', '原值（元）', '在用', '合计'],
      ['数控车床', 'CK6150', '2015-06-01', '3', '12345.67', 'TRUE', '6'],
      ['龙门铣床', '', '', '1', '0.3', 'FALSE'],
      [],
      ['隔两行\n换行', '', '', '2'],
    ]);
  });

  it('reads the first visible sheet and reports its name', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('说明', { state: 'hidden' }).addRow(['隐藏的说明页']);
      wb.addWorksheet('清单').addRow(['设备名称', '数量']);
      wb.addWorksheet('其他').addRow(['不读']);
    });
    const sheet = await readXlsxSheet(bytes, node);
    expect(sheet).toEqual({ ok: true, rows: [['设备名称', '数量']], sheetName: '清单', sheetCount: 3 });
  });

  it('keeps cells in their columns when the row starts after column A', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('s');
      ws.getCell('C2').value = '名称';
      ws.getCell('E2').value = 'x';
    });
    expect(await rowsOf(bytes)).toEqual([[], ['', '', '名称', '', 'x']]);
  });
});

describe('readXlsxSheet (hand-written packages)', () => {
  it('reads inline strings, prefixed elements, phonetic guides and stored (uncompressed) entries', async () => {
    const bytes = storedZip({
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml':
        '<workbook xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="/xl/worksheets/data.xml"/>' +
        '<Relationship Id="rId2" Type="x/sharedStrings" Target="strings.xml"/>' +
        '<Relationship Id="rId3" Type="x/styles" Target="styles.xml"/></Relationships>',
      'xl/strings.xml':
        '<sst><si><t>设备</t><rPh><t>shebei</t></rPh></si><si><t xml:space="preserve"> a_x000D_b </t></si></sst>',
      'xl/styles.xml':
        '<styleSheet><numFmts><numFmt numFmtId="170" formatCode="yyyy/m/d"/></numFmts>' +
        '<cellStyleXfs><xf numFmtId="170"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="170"/></cellXfs></styleSheet>',
      'xl/worksheets/data.xml':
        '<x:worksheet xmlns:x="main"><x:sheetData>' +
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>行内&amp;文本</x:t></x:is></x:c></x:row>' +
        '<x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3" s="1"><x:v>0</x:v></x:c><x:c r="C3" t="e"><x:v>#N/A</x:v></x:c>' +
        '<x:c r="D3" t="str"><x:f>A1</x:f><x:v>设备</x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>',
    });
    expect(await rowsOf(bytes)).toEqual([
      ['设备', '行内&文本'],
      [],
      [' a\rb ', '1904-01-01', '#N/A', '设备'],
    ]);
  });

  it('refuses what is not a workbook with a code the person can act on', async () => {
    expect(await readXlsxSheet(new TextEncoder().encode('名称,数量\n车床,1\n'), node)).toEqual({
      ok: false,
      code: 'inventory.xlsx.notXlsx',
    });
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readXlsxSheet(ole, node)).toEqual({ ok: false, code: 'inventory.xlsx.legacyOrEncrypted' });
    expect(await readXlsxSheet(storedZip({ 'word/document.xml': '<w/>' }), node)).toEqual({
      ok: false,
      code: 'inventory.xlsx.notXlsx',
    });
  });

  it('reports a damaged package instead of throwing', async () => {
    const good = await workbookBytes((wb) => wb.addWorksheet('s').addRow(['名称']));
    // Keep the central directory intact but overwrite the worksheet's compressed data.
    const sheet = readZip(good, node.decodeUtf8).get('xl/worksheets/sheet1.xml')!;
    const damaged = good.slice();
    const dataStart = sheet.localHeaderOffset + 30 + 'xl/worksheets/sheet1.xml'.length;
    damaged.fill(0xff, dataStart, dataStart + sheet.compressedSize);
    expect(await readXlsxSheet(damaged, node)).toEqual({ ok: false, code: 'inventory.xlsx.damaged' });
  });
});

/** A ZIP with every entry stored (method 0), written by hand so the test controls every byte of the XML. */
function storedZip(files: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = encoder.encode(name);
    const data = encoder.encode(content);
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const dirSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + dirSize + 22);
  let p = 0;
  for (const part of [...locals, ...centrals, eocd]) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
