import { z } from 'zod';
import { MAX_BLOB_BYTES } from '../sync/blobProtocol';

/** What an attachment can be linked to: the visit itself, one obstruction incident, or one ledger item. */
export const ATTACHMENT_TARGETS = ['visit', 'incident', 'asset'] as const;
export const attachmentTargetSchema = z.enum(ATTACHMENT_TARGETS);
export type AttachmentTarget = z.infer<typeof attachmentTargetSchema>;

/** A thumbnail is a small JPEG data URL (about 160 px); anything larger is not a thumbnail. */
export const MAX_THUMBNAIL_CHARS = 200_000;

/**
 * The record of a photo or file taken on a visit (sync-protocol.md, "Blobs"): its SHA-256 computed at
 * capture, size, media type and capture time, plus a thumbnail so lists never need the bytes. The bytes
 * themselves are stored content-addressed by the hash (never in this record), so the record can sync
 * before its blob and the same photo attached twice is stored once.
 */
export const attachmentSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  visitId: z.string().min(1),
  entity: attachmentTargetSchema,
  /** The visit, incident or asset id named by `entity`. */
  entityId: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative().max(MAX_BLOB_BYTES, { error: 'attachment.tooLarge' }),
  mediaType: z.string().max(200),
  fileName: z.string().max(255),
  capturedAt: z.iso.datetime({ offset: true }),
  thumbnail: z.string().startsWith('data:image/').max(MAX_THUMBNAIL_CHARS).nullable(),
});
export type Attachment = z.infer<typeof attachmentSchema>;
