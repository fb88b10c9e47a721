/**
 * A blob the device holds and the court server does not have yet for `caseId`, the case of an attachment
 * naming it: the server keeps bytes per case (readable through the cases they were uploaded to), so the
 * same bytes attached in two cases are offered once for each.
 */
export type PendingBlob = { sha256: string; size: number; mediaType: string; caseId: string };

/**
 * What the sync engine needs from the device's attachment store to upload blobs. Implemented over the
 * attachment records and the bytes store (IndexedDB in the browser, the attachment folder in the desktop
 * shell).
 */
export type BlobSource = {
  /** Blobs named by a local attachment record and not yet marked uploaded, oldest first, each hash once per case. */
  pendingUploads(): Promise<PendingBlob[]>;
  /** Exactly `length` bytes of the blob from `offset`. Rejects if the bytes are not on this device. */
  read(sha256: string, offset: number, length: number): Promise<Uint8Array>;
  /** Records durably that the server holds this blob for this case, so it is never offered again. */
  markUploaded(sha256: string, caseId: string): Promise<void>;
};
