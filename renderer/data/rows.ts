import type { Case } from '../../shared/domain/case';
import type { CaseStatus } from '../../shared/domain/caseStatus';
import type { CaseType } from '../../shared/domain/caseType';
import type { Json, Mutation } from '../../shared/sync/mutation';
import type { Problem, SyncConflict } from '../../shared/sync/protocol';

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
export type CaseSummaryRow = {
  id: string;
  caseNumber: string;
  type: CaseType;
  status: CaseStatus;
  acceptedOn: string;
  respondentName: string;
  applicantName: string;
  outstandingFen: number;
  isDemo: boolean;
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
};

/** An open conflict kept by the server (base / mine / theirs), mirrored for the screens. */
export type ConflictRow = SyncConflict;

export type MetaRow = { key: string; value: unknown };
