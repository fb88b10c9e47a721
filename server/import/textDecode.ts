import type { Decode } from '../../shared/spreadsheet/decodeText';

/** The shared text decoder's platform part on the court server: Node's TextDecoder (full ICU: 'gb18030'). */
export const textDecode: Decode = (bytes, encoding) => new TextDecoder(encoding).decode(bytes);
