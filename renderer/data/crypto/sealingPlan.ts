/**
 * What of each table stays readable on disk. Everything not named here is sealed. `plain`: key and index
 * fields that say nothing about a case (random ids, a workflow state, a date used for ordering); `blind`:
 * index fields whose value identifies someone (case number, credit code, ID number), stored as keyed
 * tokens that support exact-match lookups only. A table without a plan cannot be opened sealed: a new
 * table must be placed here deliberately (a test checks every table of the schema has a plan).
 */
export type TablePlan = { plain: readonly string[]; blind: readonly string[] };

export const SEALING_PLAN: Record<string, TablePlan> = {
  cases: { plain: ['id'], blind: ['caseNumber', 'respondentKeys', 'partyKeys'] },
  // acceptedOn orders the case list; a date alone names no party.
  caseSummaries: { plain: ['id', 'acceptedOn'], blind: [] },
  outbox: { plain: ['deviceId', 'clientSeq', 'caseId', 'entityId', 'state'], blind: [] },
  meta: { plain: ['key'], blind: [] },
  caseBase: { plain: ['id'], blind: [] },
  conflicts: { plain: ['id', 'entityId', 'caseId'], blind: [] },
  visits: { plain: ['id', 'caseId', 'state'], blind: [] },
  incidents: { plain: ['id', 'caseId', 'visitId'], blind: [] },
  assets: { plain: ['id', 'caseId', 'visitId'], blind: [] },
  // The SHA-256 of a photo stays: blobs are content-addressed by it, and it reveals nothing of the photo
  // to someone who does not already hold the same bytes.
  attachments: { plain: ['id', 'caseId', 'visitId', 'sha256', 'entityId'], blind: [] },
  blobs: { plain: ['sha256'], blind: [] },
  // Pieces of large recordings: the key is the hash and the piece's place, the bytes are sealed apiece.
  blobChunks: { plain: ['key', 'sha256'], blind: [] },
  transferFlags: { plain: ['id', 'caseId', 'assetId'], blind: [] },
  reviews: { plain: ['id', 'visitId', 'caseId'], blind: [] },
  amendments: { plain: ['id', 'visitId', 'caseId'], blind: [] },
  recordBase: { plain: ['key', 'caseId'], blind: [] },
};

/** The property of a stored row that holds the sealed JSON of the whole row. */
export const SEALED_FIELD = '$sealed';
/** The property that holds sealed binary fields (photo bytes), each sealed on its own. */
export const SEALED_BINARY_FIELD = '$sealedBinary';
