import type { XlsxPlatform } from '../../../../shared/xlsx/readXlsxSheet';

/** The XLSX reader's platform in the browser: DecompressionStream for zip entries, TextDecoder for XML. */
export const browserXlsxPlatform: XlsxPlatform = {
  async inflateRaw(data) {
    // A copy into a fresh ArrayBuffer: the Blob constructor's typing refuses views over SharedArrayBuffer.
    const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  },
  decodeUtf8: (bytes) => new TextDecoder('utf-8').decode(bytes),
};
