import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex } from './bytesToHex';

describe('bytesToHex', () => {
  it('writes two lower-case digits a byte, leading zeros kept', () => {
    expect(bytesToHex(new Uint8Array([0, 1, 15, 16, 171, 255]))).toBe('00010f10abff');
    expect(bytesToHex(new Uint8Array())).toBe('');
  });

  it('agrees with the platform encoder for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(bytesToHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
      }),
    );
  });
});
