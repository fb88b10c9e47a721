/**
 * Offers bytes as a file download (the browser saves it; the desktop shell asks where). The object URL is
 * revoked after the click has been handled. `bytes` may be a Blob (a recording built from its stored
 * chunks is never copied into the page's memory). The Blob handed to the link is always
 * `application/octet-stream` whatever `mediaType` says: a download link is never a page, but should a
 * browser ever navigate to it instead of saving, nothing in it is rendered or run in the app's origin.
 * The third argument names what the caller saves and decides nothing.
 */
export function downloadFile(fileName: string, bytes: Uint8Array | Blob, _mediaType: string): void {
  // A copy into a fresh ArrayBuffer: the Blob constructor's typing refuses views over SharedArrayBuffer.
  const part = bytes instanceof Blob ? bytes : bytes.slice();
  const url = URL.createObjectURL(new Blob([part], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // A large file is read from the Blob while it is saved: give the save time before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
