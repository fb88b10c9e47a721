import type { FieldWritDb } from '../db';
import { InvalidDataError } from '../errors';
import { mutate } from '../outbox/mutate';
import type { MutationContext } from '../outbox/MutationContext';
import { attachmentSchema, type Attachment } from '../../../shared/visits/attachment';
import { requireEditableVisit } from './visitRepository';
import { createChanges, parseOrThrow, withoutBaseSeq } from './visitRecordChanges';

/**
 * Attachment records (photos, scans, recordings). The caller stores the bytes first (Platform.storeBlob),
 * then adds the record here, so a record never names bytes that are not on the device.
 */
export function createAttachmentRepository(db: FieldWritDb) {
  return {
    async get(id: string): Promise<Attachment | undefined> {
      const row = await db.attachments.get(id);
      return row ? withoutBaseSeq(row) : undefined;
    },

    /** Every attachment of a visit — on the visit itself, its incidents and its inventory — oldest first. */
    async listForVisit(visitId: string): Promise<Attachment[]> {
      const rows = await db.attachments.where('visitId').equals(visitId).toArray();
      return rows.map(withoutBaseSeq).sort((a, b) => (a.id < b.id ? -1 : 1));
    },

    /** Adds the record of a captured file with one `create` mutation. */
    async add(ctx: MutationContext, attachment: Attachment): Promise<Attachment> {
      const parsed = parseOrThrow(attachmentSchema, attachment);
      const { result } = await mutate(db, ctx, async () => {
        const visit = await requireEditableVisit(db, parsed.visitId);
        if (visit.caseId !== parsed.caseId) throw new InvalidDataError(['attachment.caseMismatch']);
        const target =
          parsed.entity === 'visit'
            ? parsed.entityId === parsed.visitId
            : parsed.entity === 'incident'
              ? (await db.incidents.get(parsed.entityId))?.visitId === parsed.visitId
              : (await db.assets.get(parsed.entityId))?.caseId === parsed.caseId;
        if (!target) throw new InvalidDataError(['attachment.targetNotFound']);
        await db.attachments.add({ ...parsed, baseSeq: null });
        return {
          result: parsed,
          changes: [
            {
              op: 'create',
              entity: 'attachment',
              entityId: parsed.id,
              caseId: parsed.caseId,
              baseSeq: null,
              changes: createChanges(parsed),
            },
          ],
        };
      });
      return result;
    },
  };
}

export type AttachmentRepository = ReturnType<typeof createAttachmentRepository>;
