import type { SignedHead } from '../../shared/sync/signedHead';
import type { Asset } from '../../shared/assets/asset';
import type { PossibleTransferFlag } from '../../shared/assets/possibleTransferFlag';
import type { Case } from '../../shared/domain/case';
import type { CaseSummary } from '../../shared/domain/caseSummary';
import type { Json, Mutation } from '../../shared/sync/mutation';
import type { Problem, SyncConflict } from '../../shared/sync/protocol';
import type { Incident } from '../../shared/visits/incident';
import type { Visit } from '../../shared/visits/visit';
import type { VisitAmendment } from '../../shared/visits/visitAmendment';
import type { VisitReview } from '../../shared/visits/visitReview';
import type { Attachment } from '../../shared/visits/attachment';

/** A case as stored: the domain case plus sync bookkeeping and index keys. Never leaves renderer/data. */
export type CaseRow = Case & {
  /** Server commit sequence of the version this device last received (null: never synced). */
  baseSeq: number | null;
  /** Credit codes / ID numbers of respondents: finds the other cases against the same debtor. */
  respondentKeys: string[];
  /** Credit codes / ID numbers of every party. */
  partyKeys: string[];
};

/** Slim list row, rewritten with its case in the same transaction. */
export type CaseSummaryRow = CaseSummary & {
  /** Lower-cased case number, party names and codes, for substring search. */
  haystack: string;
};

/**
 * An outbox entry: the mutation as it will be pushed, plus its local delivery state. A mutation the
 * server refused for good stays here as `rejected` with the server's reason, for the officer to see.
 */
export type OutboxRow = Mutation & { state: 'pending' | 'rejected'; rejection?: Problem };

/** A case exactly as the court server last sent it. */
export type CaseBaseRow = {
  id: string;
  commitSeq: number;
  version: number;
  fieldSeq: Record<string, number>;
  data: Record<string, Json>;
  deletedAt: string | null;
  /** The court's signed chain head of this version, when the server sent one (not indexed: no new version). */
  head?: SignedHead;
};

/** An open conflict kept by the server (base / mine / theirs), mirrored for the screens. */
export type ConflictRow = SyncConflict;

export type MetaRow = { key: string; value: unknown };

/** Sync bookkeeping every locally edited record carries: the server commit this device's view is based on. */
type Synced = {
  /** Server commit sequence of the version this device last received (null: never synced). */
  baseSeq: number | null;
};

/** A site visit as stored. */
export type VisitRow = Visit & Synced;

/** An obstruction incident as stored. */
export type IncidentRow = Incident & Synced;

/** One entry of a case's asset ledger as stored (machinery now; the five checks' classes later). */
export type AssetRow = Asset & Synced;

/** The metadata of a photo or file; its bytes are in `blobs` (browser) or the shell's attachment folder. */
export type AttachmentRow = Attachment & Synced;

/** Attachment bytes in the browser build, content-addressed: written once, never changed. */
export type BlobRow = { sha256: string; bytes: ArrayBuffer; size: number };

/** A possible asset transfer found by carry-forward (domain rule 8), with its own id and time. */
export type TransferFlagRow = PossibleTransferFlag & Synced & { id: string; flaggedAt: string };

/** A team lead's review decision as stored (written once, synced). */
export type ReviewRow = VisitReview & Synced;

/** An amendment to an approved visit as stored. */
export type AmendmentRow = VisitAmendment & Synced;

/** A record inside a case exactly as the court server last sent it (key `entity:id`). */
export type RecordBaseRow = {
  key: string;
  entity: string;
  entityId: string;
  caseId: string;
  commitSeq: number;
  data: Record<string, Json>;
  /** As for CaseBaseRow: the signed head of the version last received. */
  head?: SignedHead;
};
