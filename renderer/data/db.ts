import { Dexie, type Table } from 'dexie';
import type { DataKey } from './crypto/DataKey';
import { sealingMiddleware } from './crypto/sealingMiddleware';
import { migrations } from './migrations/migrations';
import type {
  AssetRow,
  AttachmentRow,
  BlobRow,
  CaseBaseRow,
  CaseRow,
  CaseSummaryRow,
  ConflictRow,
  IncidentRow,
  MetaRow,
  OutboxRow,
  RecordBaseRow,
  ReviewRow,
  AmendmentRow,
  TransferFlagRow,
  VisitRow,
} from './rows';

export type DbOptions = {
  /** An IDBFactory (tests pass a fresh fake-indexeddb one). Defaults to the platform's. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** The officer's data key: every row is sealed on disk (crypto/sealingMiddleware.ts). None: the demo court. */
  dataKey?: DataKey;
};

/** FieldWrit's one local database. Only renderer/data/ may touch it. */
export class FieldWritDb extends Dexie {
  cases!: Table<CaseRow, string>;
  caseSummaries!: Table<CaseSummaryRow, string>;
  outbox!: Table<OutboxRow, [string, number]>;
  meta!: Table<MetaRow, string>;
  caseBase!: Table<CaseBaseRow, string>;
  conflicts!: Table<ConflictRow, string>;
  visits!: Table<VisitRow, string>;
  incidents!: Table<IncidentRow, string>;
  assets!: Table<AssetRow, string>;
  attachments!: Table<AttachmentRow, string>;
  blobs!: Table<BlobRow, string>;
  transferFlags!: Table<TransferFlagRow, string>;
  reviews!: Table<ReviewRow, string>;
  amendments!: Table<AmendmentRow, string>;
  recordBase!: Table<RecordBaseRow, string>;
  /** The key the rows are sealed with (null: the demo court): the desktop journal is sealed with it too. */
  readonly dataKey: DataKey | null;

  constructor(name: string, options: DbOptions = {}) {
    super(name, {
      // Chrome's default is "relaxed": a transaction may report success before it reaches disk, and
      // an officer's saved entry could vanish in a power cut. Records with legal weight need "strict".
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const m of migrations) {
      const v = this.version(m.version).stores(m.stores);
      if (m.upgrade) v.upgrade(m.upgrade);
    }
    this.dataKey = options.dataKey ?? null;
    if (options.dataKey) this.use(sealingMiddleware(options.dataKey));
  }
}

/** Opens (creating or upgrading) the database. */
export async function openDb(name = 'fieldwrit', options: DbOptions = {}): Promise<FieldWritDb> {
  const db = new FieldWritDb(name, options);
  await db.open();
  return db;
}
