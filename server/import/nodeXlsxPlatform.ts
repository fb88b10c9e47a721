import { inflateRawSync } from 'node:zlib';
import type { XlsxPlatform } from '../../shared/xlsx/readXlsxSheet';

/** The shared XLSX reader's platform on the court server: Node's zlib and TextDecoder. */
export const nodeXlsxPlatform: XlsxPlatform = {
  inflateRaw: async (data) => new Uint8Array(inflateRawSync(data)),
  decodeUtf8: (bytes) => new TextDecoder('utf-8').decode(bytes),
};
