import type { Table } from 'dexie';
import type { z } from 'zod';
import { assetSchema } from '../../../shared/assets/asset';
import { storedTransferFlagSchema } from '../../../shared/assets/possibleTransferFlag';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import { storedAttachmentSchema } from '../../../shared/visits/attachment';
import { incidentSchema } from '../../../shared/visits/incident';
import { visitSchema } from '../../../shared/visits/visit';
import { visitAmendmentSchema } from '../../../shared/visits/visitAmendment';
import { visitReviewSchema } from '../../../shared/visits/visitReview';
import type { FieldWritDb } from '../db';

/** Where a synced record inside a case lives on the device, and the schema its rows satisfy. */
export type ChildTable = {
  table: (db: FieldWritDb) => Table<{ id: string; caseId: string; baseSeq: number | null }, string>;
  schema: z.ZodType;
};

type ChildEntity = Exclude<SyncedEntity, 'case'>;

// Dexie's Table is invariant in its row type; every table here stores `{ id, caseId, baseSeq, … }` rows.
const as = (t: Table<never, string>) => t as unknown as ReturnType<ChildTable['table']>;

/** Every synced entity but the case, mapped to its table: the pull writes them all the same way. */
export const CHILD_TABLES: Record<ChildEntity, ChildTable> = {
  visit: { table: (db) => as(db.visits as never), schema: visitSchema },
  visitAmendment: { table: (db) => as(db.amendments as never), schema: visitAmendmentSchema },
  incident: { table: (db) => as(db.incidents as never), schema: incidentSchema },
  asset: { table: (db) => as(db.assets as never), schema: assetSchema },
  possibleTransferFlag: { table: (db) => as(db.transferFlags as never), schema: storedTransferFlagSchema },
  attachment: { table: (db) => as(db.attachments as never), schema: storedAttachmentSchema },
  visitReview: { table: (db) => as(db.reviews as never), schema: visitReviewSchema },
};

export const recordKey = (entity: string, id: string) => `${entity}:${id}`;
