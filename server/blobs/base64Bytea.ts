/**
 * Blob bytes are read as base64 text, `encode(col, 'base64')`. Both drivers return a bytea column as hex
 * text (twice the bytes), which PGlite then converts byte by byte in JavaScript; base64 is a third larger
 * than the bytes and Node and PostgreSQL each convert it natively (measured 6× faster than PGlite's bytea
 * for a 256 KiB piece, 2× on node-postgres). Bytes go in as binary parameters instead (see wrapPglite).
 */
export const base64Bytea = {
  /** The bytes of an `encode(col, 'base64')` column (PostgreSQL breaks its lines; Node skips the breaks). */
  fromColumn(text: string): Buffer {
    return Buffer.from(text, 'base64');
  },
};
