/**
 * Offers bytes as a file download (the browser saves it; the desktop shell asks where). The object URL is
 * revoked after the click has been handled.
 */
export function downloadFile(fileName: string, bytes: Uint8Array, mediaType: string): void {
  // A copy into a fresh ArrayBuffer: the Blob constructor's typing refuses views over SharedArrayBuffer.
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
