import { z } from 'zod';
import { assetSchema } from '../../../shared/assets/asset';
import { storedTransferFlagSchema } from '../../../shared/assets/possibleTransferFlag';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import { attachmentSchema } from '../../../shared/visits/attachment';
import { incidentSchema } from '../../../shared/visits/incident';
import { visitSchema } from '../../../shared/visits/visit';
import { visitAmendmentSchema } from '../../../shared/visits/visitAmendment';
import { visitReviewSchema } from '../../../shared/visits/visitReview';
import type { ChildEntity } from '../store/ChildState';

/** How the server stores one kind of record inside a case. */
export type ChildPolicy = {
  /** The shared schema every stored version must satisfy (the same one the device validates with). */
  schema: z.ZodType;
  /** Fields a patch may name; identity fields are among them but may never change. */
  fields: ReadonlySet<string>;
  /** Fields fixed at creation: a patch changing one is refused. */
  immutable: readonly string[];
  /** The field naming the visit this record belongs to (it must exist in the same case), if any. */
  visitField: string | null;
  /** Records that are facts once written (a photo's hash, a review decision): never patched. */
  isWriteOnce: boolean;
};

function keysOf(schema: z.ZodType): Set<string> {
  if (schema instanceof z.ZodObject) return new Set(Object.keys(schema.shape));
  if (schema instanceof z.ZodDiscriminatedUnion) {
    return new Set(schema.options.flatMap((o) => [...keysOf(o as z.ZodType)]));
  }
  if (schema instanceof z.ZodPipe) return keysOf(schema.in as z.ZodType);
  throw new Error('childPolicies: schema shape not recognised');
}

function policy(
  schema: z.ZodType,
  options: { visitField: string | null; isWriteOnce?: boolean; immutable?: string[] },
): ChildPolicy {
  const fields = keysOf(schema);
  return {
    schema,
    fields,
    immutable: ['id', 'caseId', ...(options.immutable ?? [])],
    visitField: options.visitField,
    isWriteOnce: options.isWriteOnce ?? false,
  };
}

export const CHILD_POLICIES: Record<ChildEntity, ChildPolicy> = {
  visit: policy(visitSchema, { visitField: null }),
  visitAmendment: policy(visitAmendmentSchema, {
    visitField: 'visitId',
    immutable: ['visitId', 'openedBy', 'openedAt', 'reason', 'changes'],
  }),
  incident: policy(incidentSchema, { visitField: 'visitId', immutable: ['visitId'] }),
  asset: policy(assetSchema, { visitField: 'visitId', immutable: ['class'] }),
  possibleTransferFlag: policy(storedTransferFlagSchema, {
    visitField: 'detectedOnVisitId',
    isWriteOnce: true,
  }),
  attachment: policy(attachmentSchema, { visitField: 'visitId', isWriteOnce: true }),
  visitReview: policy(visitReviewSchema, { visitField: 'visitId', isWriteOnce: true }),
};

export function isChildEntity(entity: SyncedEntity): entity is ChildEntity {
  return entity !== 'case';
}
