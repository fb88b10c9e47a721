import { describe, expect, it } from 'vitest';
import { decodeText, type Decode } from './decodeText';

const decode: Decode = (bytes, encoding) => new TextDecoder(encoding).decode(bytes);
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

// "设备名称,数量" in GBK, written out byte by byte (设 C9E8 备 B1B8 名 C3FB 称 B3C6 数 CAFD 量 C1BF).
const GBK_HEADER = [0xc9, 0xe8, 0xb1, 0xb8, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xca, 0xfd, 0xc1, 0xbf];

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8('设备名称,数量'), decode)).toEqual({
      text: '设备名称,数量',
      encoding: 'utf-8',
      hasBom: false,
      replacementCount: 0,
    });
  });

  it('reads UTF-8 with a BOM and removes it', () => {
    const r = decodeText(concat([0xef, 0xbb, 0xbf], utf8('名称')), decode);
    expect(r).toMatchObject({ text: '名称', encoding: 'utf-8', hasBom: true });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const r = decodeText(concat([0xff, 0xfe], utf16le('设备名称\t数量\r\n车床\t2')), decode);
    expect(r).toMatchObject({
      text: '设备名称\t数量\r\n车床\t2',
      encoding: 'utf-16le',
      hasBom: true,
    });
  });

  it('reads UTF-16BE with a BOM', () => {
    const le = utf16le('型号');
    const be = le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!);
    expect(decodeText(concat([0xfe, 0xff], be), decode)).toMatchObject({
      text: '型号',
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16LE without a BOM by its zero bytes', () => {
    expect(decodeText(utf16le('name,qty'), decode)).toMatchObject({
      text: 'name,qty',
      encoding: 'utf-16le',
    });
  });

  it('falls back to GB18030 when the bytes are not valid UTF-8 (GBK CSV from Chinese Excel)', () => {
    expect(decodeText(new Uint8Array([0xc9, 0xe8, 0xb1, 0xb8]), decode)).toMatchObject({
      text: '设备',
      encoding: 'gb18030',
    });
    expect(decodeText(new Uint8Array(GBK_HEADER), decode)).toMatchObject({
      text: '设备名称,数量',
      encoding: 'gb18030',
      replacementCount: 0,
    });
  });

  it('reads the GB18030 four-byte range that plain GBK lacks', () => {
    // U+20000 𠀀 is 95 32 82 36 in GB18030.
    expect(decodeText(new Uint8Array([0x95, 0x32, 0x82, 0x36]), decode)).toMatchObject({
      text: '𠀀',
      encoding: 'gb18030',
    });
  });

  it('counts characters that could not be decoded', () => {
    // 0xFF is not a GB18030 lead byte.
    const r = decodeText(concat(GBK_HEADER, [0xff, 0x0a]), decode);
    expect(r).toMatchObject({ encoding: 'gb18030' });
    expect(r.replacementCount).toBeGreaterThan(0);
  });

  it('reads the case system’s GBK export ("案号,备注") and plain UTF-8 the same way', () => {
    const gbk = new Uint8Array([0xb0, 0xb8, 0xba, 0xc5, 0x2c, 0xb1, 0xb8, 0xd7, 0xa2]);
    expect(decodeText(gbk, decode)).toMatchObject({ text: '案号,备注', encoding: 'gb18030' });
    expect(decodeText(utf8('案号,备注'), decode)).toMatchObject({ text: '案号,备注', encoding: 'utf-8' });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array(), decode)).toMatchObject({ text: '', encoding: 'utf-8' });
  });
});
