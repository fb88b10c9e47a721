import { describe, expect, it } from 'vitest';
import type { Decode } from './decodeText';
import { parseCsv } from './parseCsv';

const decode: Decode = (bytes, encoding) => new TextDecoder(encoding).decode(bytes);

/** A GBK encoder for the few characters the fixture needs, from the GBK code table. */
const GBK: Record<string, [number, number]> = {
  设: [0xc9, 0xe8],
  备: [0xb1, 0xb8],
  名: [0xc3, 0xfb],
  称: [0xb3, 0xc6],
  数: [0xca, 0xfd],
  量: [0xc1, 0xbf],
  车: [0xb3, 0xb5],
  床: [0xb4, 0xb2],
  台: [0xcc, 0xa8],
};
const gbk = (s: string) =>
  Uint8Array.from(
    [...s].flatMap((ch) => {
      if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
      const pair = GBK[ch];
      if (!pair) throw new Error(`no GBK bytes for ${ch} in this fixture`);
      return pair;
    }),
  );

describe('parseCsv', () => {
  it('reads a GBK file written by Chinese Excel', () => {
    const r = parseCsv(gbk('设备名称,数量\r\n车床,"2台"\r\n'), decode);
    expect(r).toEqual({
      ok: true,
      rows: [
        ['设备名称', '数量'],
        ['车床', '2台'],
      ],
      encoding: 'gb18030',
      delimiter: ',',
      problems: [],
    });
  });

  it('reads a UTF-8 file with a BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('name,qty\nlathe,1\n')]);
    expect(parseCsv(bytes, decode)).toMatchObject({
      ok: true,
      rows: [
        ['name', 'qty'],
        ['lathe', '1'],
      ],
      encoding: 'utf-8',
    });
  });

  it('reads a tab-separated UTF-16LE file (Excel "Unicode text")', () => {
    const text = '设备名称\t数量\r\n车床\t2\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(parseCsv(bytes, decode)).toMatchObject({
      ok: true,
      rows: [
        ['设备名称', '数量'],
        ['车床', '2'],
      ],
      encoding: 'utf-16le',
      delimiter: '\t',
    });
  });

  it('keeps the rows and reports problems in the file as a whole', () => {
    const bytes = Uint8Array.from([...gbk('设备名称\n'), 0xff, ...gbk('\n"车床')]);
    const r = parseCsv(bytes, decode);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.length).toBe(3);
    expect(r.problems.map((p) => p.code)).toEqual([
      'import.unterminatedQuote',
      'import.undecodableCharacters',
    ]);
  });

  it('refuses an .xlsx passed as CSV', () => {
    expect(parseCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), decode)).toEqual({
      ok: false,
      code: 'import.looksLikeXlsx',
    });
  });
});
