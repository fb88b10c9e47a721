import type { FieldWritDb } from './db';
import { createCaseRepository } from './repositories/caseRepository';
import { createMetaRepository } from './repositories/metaRepository';
import { createOutboxRepository } from './repositories/outboxRepository';
import { createSyncRepository } from './repositories/syncRepository';

/** Every repository over one database. */
export function createRepositories(db: FieldWritDb) {
  return {
    cases: createCaseRepository(db),
    outbox: createOutboxRepository(db),
    meta: createMetaRepository(db),
    sync: createSyncRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
