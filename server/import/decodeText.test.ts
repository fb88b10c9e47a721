import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

describe('decodeText', () => {
  it('strips a UTF-8 byte-order mark (Excel "CSV UTF-8")', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('案号,备注')]);
    expect(decodeText(bytes)).toEqual({ text: '案号,备注', encoding: 'utf-8' });
  });

  it('reads plain UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('案号'))).toEqual({ text: '案号', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for bytes that are not UTF-8 (GBK exports of Chinese Windows)', () => {
    // "案号,备注" in GBK.
    const gbk = new Uint8Array([0xb0, 0xb8, 0xba, 0xc5, 0x2c, 0xb1, 0xb8, 0xd7, 0xa2]);
    expect(decodeText(gbk)).toEqual({ text: '案号,备注', encoding: 'gb18030' });
  });

  it('honours UTF-16 byte-order marks', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x48, 0x68, 0xf7, 0x53]))).toEqual({
      text: '案号',
      encoding: 'utf-16le',
    });
  });
});
