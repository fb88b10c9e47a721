import type { FieldWritDb } from './db';
import { createAssetRepository } from './repositories/assetRepository';
import { createAttachmentRepository } from './repositories/attachmentRepository';
import { createBlobRepository } from './repositories/blobRepository';
import { createCaseRepository } from './repositories/caseRepository';
import { createConflictRepository } from './repositories/conflictRepository';
import { createDashboardRepository } from './repositories/dashboardRepository';
import { createIncidentRepository } from './repositories/incidentRepository';
import { createMetaRepository } from './repositories/metaRepository';
import { createOutboxRepository } from './repositories/outboxRepository';
import { createPendingWorkRepository } from './repositories/pendingWorkRepository';
import { createReviewRepository } from './repositories/reviewRepository';
import { createSessionRepository } from './repositories/sessionRepository';
import { createSignedHeadRepository } from './repositories/signedHeadRepository';
import { createSyncRepository } from './repositories/syncRepository';
import { createBlobUploadRepository } from './repositories/blobUploadRepository';
import { createVisitRepository } from './repositories/visitRepository';

/** Every repository over one database. */
export function createRepositories(db: FieldWritDb) {
  return {
    cases: createCaseRepository(db),
    outbox: createOutboxRepository(db),
    pendingWork: createPendingWorkRepository(db),
    meta: createMetaRepository(db),
    session: createSessionRepository(db),
    sync: createSyncRepository(db),
    blobUploads: createBlobUploadRepository(db),
    visits: createVisitRepository(db),
    incidents: createIncidentRepository(db),
    assets: createAssetRepository(db),
    attachments: createAttachmentRepository(db),
    reviews: createReviewRepository(db),
    blobs: createBlobRepository(db),
    dashboard: createDashboardRepository(db),
    conflicts: createConflictRepository(db),
    signedHeads: createSignedHeadRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
