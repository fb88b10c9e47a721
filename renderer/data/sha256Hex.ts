import { bytesToHex } from '../../shared/util/bytesToHex';

/**
 * Lower-case hex SHA-256 of `bytes`: the app's one SHA-256, for naming attachments by their content,
 * checking stored and downloaded blobs and checksumming upload chunks. Web Crypto, which Chromium, Electron
 * and Node 20 all have; hex through the shared encoder, as on the court server.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return bytesToHex(new Uint8Array(digest));
}
