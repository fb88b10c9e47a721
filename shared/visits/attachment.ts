import { z } from 'zod';
import {
  ATTACHMENT_MEDIA_TYPE_LIST,
  INERT_MEDIA_TYPE,
  isAttachmentMediaType,
} from '../media/attachmentMediaTypes';
import { MAX_BLOB_BYTES } from '../sync/blobProtocol';

/** What an attachment can be linked to: the visit itself, one obstruction incident, or one ledger item. */
export const ATTACHMENT_TARGETS = ['visit', 'incident', 'asset'] as const;
export const attachmentTargetSchema = z.enum(ATTACHMENT_TARGETS);
export type AttachmentTarget = z.infer<typeof attachmentTargetSchema>;

/** A thumbnail is a small JPEG data URL (about 160 px); anything larger is not a thumbnail. */
export const MAX_THUMBNAIL_CHARS = 200_000;

/**
 * Where `capturedAt` came from: the photo's EXIF DateTimeOriginal, the recording's own `mvhd` creation
 * time, the file's last-modified time, or (none of those) the moment it was attached. The UI says which,
 * because only the first three are the file's own time. Records of older builds have none.
 */
export const CAPTURE_TIME_SOURCES = ['exif', 'media', 'file', 'attached'] as const;
export const captureTimeSourceSchema = z.enum(CAPTURE_TIME_SOURCES);
export type CaptureTimeSource = z.infer<typeof captureTimeSourceSchema>;

/** A new attachment's type: one of the allowlist, decided from the file's bytes at capture. */
export const attachmentMediaTypeSchema = z.enum(ATTACHMENT_MEDIA_TYPE_LIST, {
  error: 'attachment.typeNotAllowed',
});

const fields = {
  id: z.string().min(1),
  caseId: z.string().min(1),
  visitId: z.string().min(1),
  entity: attachmentTargetSchema,
  /** The visit, incident or asset id named by `entity`. */
  entityId: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative().max(MAX_BLOB_BYTES, { error: 'attachment.tooLarge' }),
  mediaType: attachmentMediaTypeSchema,
  fileName: z.string().max(255),
  capturedAt: z.iso.datetime({ offset: true }),
  capturedAtSource: captureTimeSourceSchema.optional(),
  thumbnail: z.string().startsWith('data:image/').max(MAX_THUMBNAIL_CHARS).nullable(),
};

/**
 * The record of a photo or file taken on a visit (sync-protocol.md, "Blobs"): its SHA-256 computed at
 * capture, size, media type (sniffed from the bytes, from the allowlist) and capture time, plus a
 * thumbnail so lists never need the bytes. The bytes themselves are stored content-addressed by the hash
 * (never in this record), so the record can sync before its blob and the same photo attached twice is
 * stored once. The court server checks every pushed record with this schema: a type off the list is refused.
 */
export const attachmentSchema = z.object(fields);

/**
 * The same record as read back (pulled from the court server, or kept by an older build): a media type off
 * the list — a row stored before the list existed — becomes the inert `application/octet-stream`, so the
 * record still shows (name, size, hash) and its bytes are only ever offered as a file to save.
 */
export const storedAttachmentSchema = z.object({
  ...fields,
  mediaType: z
    .string()
    .max(200)
    .transform((type) => (isAttachmentMediaType(type) ? type : INERT_MEDIA_TYPE)),
});

/** An attachment as the app holds it: its type is an allowed one, or inert. */
export type Attachment = z.infer<typeof storedAttachmentSchema>;
/** A record that may be pushed: its type is an allowed one. */
export type NewAttachment = z.infer<typeof attachmentSchema>;
