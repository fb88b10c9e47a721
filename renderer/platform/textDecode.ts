import type { Decode } from '../../shared/spreadsheet/decodeText';

/** The shared text decoder's platform part in the browser: TextDecoder, which knows 'gb18030'. */
export const textDecode: Decode = (bytes, encoding) => new TextDecoder(encoding).decode(bytes);
