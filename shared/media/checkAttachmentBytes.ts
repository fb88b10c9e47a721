import { isAttachmentMediaType, type AttachmentMediaType } from './attachmentMediaTypes';
import { sniffMediaType } from './sniffMediaType';

const ZIP_TYPES: readonly AttachmentMediaType[] = [
  'application/ofd',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
const OLE_TYPES: readonly AttachmentMediaType[] = ['application/msword', 'application/vnd.ms-excel'];

export type AttachmentBytesCheck =
  | { ok: true; mediaType: AttachmentMediaType }
  | { ok: false; code: 'attachment.typeNotAllowed' | 'attachment.typeMismatch' };

/**
 * Decides an attachment's media type from its leading bytes, at capture and again after download: the
 * declared type (from the file picker, the file name, or another device) is only believed for containers
 * whose bytes cannot tell which format they hold. A file whose bytes are no allowed format is refused —
 * an HTML page named `查封清单.pdf` is not a PDF, whatever its type says.
 */
export function checkAttachmentBytes(declared: string, leadingBytes: Uint8Array): AttachmentBytesCheck {
  const sniffed = sniffMediaType(leadingBytes);
  if (sniffed === null) return { ok: false, code: 'attachment.typeNotAllowed' };
  if (sniffed === 'zip' || sniffed === 'ole') {
    const family = sniffed === 'zip' ? ZIP_TYPES : OLE_TYPES;
    if (isAttachmentMediaType(declared) && family.includes(declared))
      return { ok: true, mediaType: declared };
    return {
      ok: false,
      code: isAttachmentMediaType(declared) ? 'attachment.typeMismatch' : 'attachment.typeNotAllowed',
    };
  }
  return { ok: true, mediaType: sniffed };
}
