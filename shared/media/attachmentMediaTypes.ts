/**
 * The only media types an attachment may have. Officers bring photos (phone, camera), recordings (phone,
 * recorder pens: AMR, MP3, M4A, WAV), body-cam video (MP4, MOV, AVI) and documents (PDF, Office, OFD — the
 * Chinese e-document format courts and tax offices issue). Nothing a browser would run or lay out as a page
 * (HTML, SVG, XML, JavaScript) is on the list: an attachment must never become script in the app's origin.
 */
export const ATTACHMENT_MEDIA_TYPES = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
  'image/heic': 'image',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/wav': 'audio',
  'audio/amr': 'audio',
  'audio/aac': 'audio',
  'audio/ogg': 'audio',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'video/x-msvideo': 'video',
  'video/webm': 'video',
  'application/pdf': 'document',
  'application/ofd': 'document',
  'application/msword': 'document',
  'application/vnd.ms-excel': 'document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'document',
} as const;

export type AttachmentMediaType = keyof typeof ATTACHMENT_MEDIA_TYPES;
/** How the one viewer shows a type: image/audio/video inline, documents sandboxed or saved to disk. */
export type AttachmentKind = (typeof ATTACHMENT_MEDIA_TYPES)[AttachmentMediaType];

export const ATTACHMENT_MEDIA_TYPE_LIST = Object.keys(ATTACHMENT_MEDIA_TYPES) as AttachmentMediaType[];

export function isAttachmentMediaType(value: unknown): value is AttachmentMediaType {
  return typeof value === 'string' && Object.hasOwn(ATTACHMENT_MEDIA_TYPES, value);
}

/**
 * The type a record read from the court server or an older build keeps when its declared type is not on
 * the list (an `text/html` row stored before the list existed): inert bytes, only ever offered as a file to
 * save, never shown in the app.
 */
export const INERT_MEDIA_TYPE = 'application/octet-stream';
export type InertMediaType = typeof INERT_MEDIA_TYPE;

/** The file-name extensions of the allowed types, for the file picker's `accept` list. */
export const ATTACHMENT_EXTENSIONS = [
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.gif',
  '.heic',
  '.heif',
  '.mp3',
  '.m4a',
  '.wav',
  '.amr',
  '.aac',
  '.ogg',
  '.oga',
  '.opus',
  '.mp4',
  '.m4v',
  '.mov',
  '.avi',
  '.webm',
  '.pdf',
  '.ofd',
  '.doc',
  '.xls',
  '.docx',
  '.xlsx',
] as const;

/** The kind of an allowed type; null for anything else (shown as nothing but a file name). */
export function attachmentKind(mediaType: string): AttachmentKind | null {
  return isAttachmentMediaType(mediaType) ? ATTACHMENT_MEDIA_TYPES[mediaType] : null;
}
