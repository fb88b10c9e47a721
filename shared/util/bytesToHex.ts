const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * Lower-case hex of `bytes`, two digits a byte: how every SHA-256 in the system is written (blob names,
 * chunk checksums, the version hash chain, refresh-token hashes) and how ids are spelt. The one hex
 * encoder; each platform's SHA-256 helper (server/util/sha256.ts, renderer/data/sha256Hex.ts) ends here.
 */
export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += BYTE_HEX[byte]!;
  return hex;
}
