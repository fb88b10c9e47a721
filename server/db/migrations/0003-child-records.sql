-- 0003-child-records: the site-visit records (visits, amendments, obstruction incidents, the asset ledger,
-- possible-transfer flags, attachment metadata, review decisions) stored like cases. Every one belongs to a
-- case, and access is always decided on that case, so one table keyed by (entity, id) serves them all; the
-- record itself stays in `data`, validated by the shared schema of its entity before any write.
CREATE TABLE child_record (
  entity text NOT NULL,
  id text NOT NULL,
  case_id text NOT NULL REFERENCES case_record (id),
  data jsonb NOT NULL,
  version integer NOT NULL,
  commit_seq bigint NOT NULL,
  field_seq jsonb NOT NULL,
  field_writer jsonb NOT NULL,
  last_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (entity, id)
);
CREATE INDEX child_record_case_idx ON child_record (case_id);
-- Blob downloads are authorised through the attachment records that name the blob.
CREATE INDEX child_record_attachment_sha_idx ON child_record ((data ->> 'sha256')) WHERE entity = 'attachment';
-- The review queue: a team's visits by state.
CREATE INDEX child_record_visit_state_idx ON child_record ((data ->> 'state')) WHERE entity = 'visit';
-- A case gained by a user arrives whole: every record inside it, read from history as of the page's end.
CREATE INDEX entity_version_case_idx ON entity_version (case_id, commit_seq);
