import { describe, expect, it } from 'vitest';
import { blobCreateRequestSchema } from '../sync/blobProtocol';
import { attachmentSchema, storedAttachmentSchema } from './attachment';

const record = {
  id: 'a1',
  caseId: 'case-1',
  visitId: 'v1',
  entity: 'visit',
  entityId: 'v1',
  sha256: 'a'.repeat(64),
  size: 1234,
  mediaType: 'application/pdf',
  fileName: '查封清单.pdf',
  capturedAt: '2025-06-03T10:00:00+08:00',
  capturedAtSource: 'file',
  thumbnail: null,
};

describe('attachment media types', () => {
  it('takes a new record only with a type from the allowlist (what the court server checks pushes with)', () => {
    expect(attachmentSchema.safeParse(record).success).toBe(true);
    for (const mediaType of ['text/html', 'image/svg+xml', 'application/octet-stream', '', 'toString']) {
      const parsed = attachmentSchema.safeParse({ ...record, mediaType });
      expect(parsed.error?.issues.map((i) => i.message)).toEqual(['attachment.typeNotAllowed']);
    }
  });

  it('reads an old row of another type as inert octet-stream, and keeps allowed types as they are', () => {
    expect(storedAttachmentSchema.parse({ ...record, mediaType: 'text/html' }).mediaType).toBe(
      'application/octet-stream',
    );
    expect(storedAttachmentSchema.parse(record).mediaType).toBe('application/pdf');
    // Records of older builds have no capture-time source.
    const { capturedAtSource: _dropped, ...old } = record;
    expect(storedAttachmentSchema.parse(old).capturedAtSource).toBeUndefined();
    expect(storedAttachmentSchema.safeParse({ ...record, capturedAtSource: 'guessed' }).success).toBe(false);
  });

  it('announces blobs only with an allowed or the inert type', () => {
    const announce = { sha256: 'b'.repeat(64), size: 10, mediaType: 'image/jpeg', caseId: 'case-1' };
    expect(blobCreateRequestSchema.safeParse(announce).success).toBe(true);
    expect(
      blobCreateRequestSchema.safeParse({ ...announce, mediaType: 'application/octet-stream' }).success,
    ).toBe(true);
    expect(blobCreateRequestSchema.safeParse({ ...announce, mediaType: 'text/html' }).success).toBe(false);
  });
});
