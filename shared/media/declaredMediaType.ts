import { isAttachmentMediaType, type AttachmentMediaType } from './attachmentMediaTypes';

/** Office and OFD by extension: the only types whose bytes (a zip, an OLE file) cannot name them. */
const BY_EXTENSION: Readonly<Record<string, AttachmentMediaType>> = {
  ofd: 'application/ofd',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The type a captured file claims: the browser's (from the OS, by extension) when it is on the list, else
 * the one its extension names (Chromium knows no type for `.ofd`), else the browser's as it is. Only a
 * claim: `checkAttachmentBytes` decides from the bytes and believes it for zip/OLE containers alone.
 */
export function declaredMediaType(fileName: string, browserType: string): string {
  if (isAttachmentMediaType(browserType)) return browserType;
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension]! : browserType;
}
