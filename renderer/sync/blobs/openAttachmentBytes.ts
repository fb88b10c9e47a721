import { INERT_MEDIA_TYPE, type AttachmentMediaType } from '../../../shared/media/attachmentMediaTypes';
import { checkAttachmentBytes } from '../../../shared/media/checkAttachmentBytes';
import type { ReadAt } from '../../../shared/media/readMvhdCreationTime';
import { SNIFF_BYTES } from '../../../shared/media/sniffMediaType';
import { WHOLE_BLOB_MAX_BYTES } from '../../../shared/sync/blobProtocol';
import type { Attachment } from '../../../shared/visits/attachment';
import type { CourtSession } from '../court/CourtConnection';
import { CourtHttpError } from '../court/CourtHttpError';
import { downloadBlob } from './downloadBlob';

/**
 * An attachment's bytes, ready for the one viewer. `ready`: the bytes are an allowed format, as a Blob
 * typed with the type sniffed from them (never the declared one). `refused`: they are not (an HTML page
 * named `.pdf`), kept as an inert `application/octet-stream` Blob that can only be saved. `notUploaded`:
 * the court server does not have them yet; `unavailable`: offline or not signed in.
 */
export type OpenedAttachment =
  | { status: 'ready'; blob: Blob; mediaType: AttachmentMediaType }
  | { status: 'refused'; blob: Blob; code: 'attachment.typeNotAllowed' | 'attachment.typeMismatch' }
  | { status: 'notUploaded' }
  | { status: 'unavailable' };

/** Where the bytes may be: this device (whole or chunked), the court server, and the chunk store. */
export type AttachmentBytesSources = {
  /** The bytes on this device, whole or chunked, as an untyped Blob; null when they are not here. */
  readLocal(sha256: string): Promise<Blob | null>;
  /** The signed-in court session, or null. */
  session(): Promise<CourtSession | null>;
  /** Stores a large download chunk by chunk, checking its hash (blobRepository.putChunked). */
  storeChunked(sha256: string, size: number, readAt: ReadAt): Promise<void>;
};

/** Checks a Blob's leading bytes against the allowlist and types it with what they show. */
export async function typedByContent(blob: Blob, declared: string): Promise<OpenedAttachment> {
  const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
  const check = checkAttachmentBytes(declared, head);
  if (!check.ok)
    return { status: 'refused', code: check.code, blob: new Blob([blob], { type: INERT_MEDIA_TYPE }) };
  return { status: 'ready', mediaType: check.mediaType, blob: new Blob([blob], { type: check.mediaType }) };
}

/** A download that the server does not have (404) reads as null; anything else is the server's answer. */
class NotOnServer extends Error {}

/**
 * The bytes of `attachment` from this device, else from the court server (checked against their hash;
 * a large recording is fetched by ranges into the chunk store, never held whole), and in every case
 * checked by their leading bytes after they arrive: what a colleague's device or an older build stored
 * is as hostile as a file picked from disk.
 */
export async function openAttachmentBytes(
  attachment: Pick<Attachment, 'sha256' | 'size' | 'mediaType'>,
  sources: AttachmentBytesSources,
): Promise<OpenedAttachment> {
  const { sha256, size, mediaType } = attachment;
  const local = await sources.readLocal(sha256);
  if (local) return typedByContent(local, mediaType);
  const session = await sources.session();
  if (!session) return { status: 'unavailable' };
  try {
    if (size <= WHOLE_BLOB_MAX_BYTES) {
      const remote = await downloadBlob(session, sha256);
      if (!remote) return { status: 'notUploaded' };
      return await typedByContent(new Blob([remote.bytes as Uint8Array<ArrayBuffer>]), mediaType);
    }
    await sources.storeChunked(sha256, size, async (offset, length) => {
      const part = await downloadBlob(session, sha256, { offset, length });
      if (!part) throw new NotOnServer();
      if (part.offset !== offset) throw new CourtHttpError(502, null);
      return part.bytes;
    });
    const stored = await sources.readLocal(sha256);
    return stored ? await typedByContent(stored, mediaType) : { status: 'unavailable' };
  } catch (error) {
    if (error instanceof NotOnServer) return { status: 'notUploaded' };
    throw error;
  }
}
