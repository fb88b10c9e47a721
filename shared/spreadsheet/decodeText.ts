import { isValidUtf8 } from './isValidUtf8';

/** The encodings lists and case exports arrive in: UTF-8 ("CSV UTF-8"), "Unicode text", and GBK/GB18030. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes bytes in a named encoding. shared/ sees no platform, so the caller injects it; in the browser and
 * in Node: `(bytes, encoding) => new TextDecoder(encoding).decode(bytes)` (both support 'gb18030').
 */
export type Decode = (bytes: Uint8Array, encoding: TextEncodingName) => string;

export type DecodedText = {
  text: string;
  encoding: TextEncodingName;
  /** True when the file started with a byte order mark, which decided the encoding. */
  hasBom: boolean;
  /** Characters the decoder could not map (U+FFFD), counted only for the non-UTF-8 paths. */
  replacementCount: number;
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

const BOMS: readonly { bytes: readonly number[]; encoding: TextEncodingName }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
];

/**
 * The one text decoder of the app and the court server. Finds the encoding of a text file and decodes it:
 * a byte order mark decides first (and is removed); without one, NUL bytes mean UTF-16 (their position
 * gives the byte order: ASCII in UTF-16LE has its zero in the odd byte); otherwise strictly valid UTF-8 is
 * UTF-8, and anything else is read as GB18030, the superset of GBK that Chinese Excel, WPS and Windows
 * case systems write CSV in. Whether the bytes are text at all is decided before (`readSpreadsheet`).
 */
export function decodeText(bytes: Uint8Array, decode: Decode): DecodedText {
  for (const bom of BOMS) {
    if (startsWith(bytes, bom.bytes)) {
      return finish(bytes.subarray(bom.bytes.length), bom.encoding, true, decode);
    }
  }
  const zeros = countZeros(bytes);
  if (zeros.odd + zeros.even > 0) {
    return finish(bytes, zeros.odd >= zeros.even ? 'utf-16le' : 'utf-16be', false, decode);
  }
  return finish(bytes, isValidUtf8(bytes) ? 'utf-8' : 'gb18030', false, decode);
}

function finish(body: Uint8Array, encoding: TextEncodingName, hasBom: boolean, decode: Decode): DecodedText {
  const text = decode(body, encoding);
  // Validated UTF-8 cannot produce U+FFFD by decoding; one found there was written by the author.
  const replacementCount = encoding === 'utf-8' && !hasBom ? 0 : countReplacements(text);
  return { text, encoding, hasBom, replacementCount };
}

function countZeros(bytes: Uint8Array): { odd: number; even: number } {
  let odd = 0;
  let even = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return { odd, even };
}

function countReplacements(text: string): number {
  let count = 0;
  for (const ch of text) if (ch === '\uFFFD') count++;
  return count;
}
