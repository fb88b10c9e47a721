-- 0002-blob-content: blob bytes live in the database itself, in pieces of at most one upload chunk (1 MiB),
-- so embedded PGlite and PostgreSQL run the same SQL and one database backup holds records and photos alike.

-- Chunks of an unfinished upload, one row per accepted PATCH. Removed with their upload (completed: the bytes
-- moved to blob_content; refused: discarded).
CREATE TABLE blob_upload_chunk (
  upload_id text NOT NULL REFERENCES blob_upload (id) ON DELETE CASCADE,
  byte_offset bigint NOT NULL CHECK (byte_offset >= 0),
  bytes bytea NOT NULL CHECK (octet_length(bytes) > 0),
  PRIMARY KEY (upload_id, byte_offset)
);

-- The bytes of each stored blob, in order. A ranged download reads only the pieces it needs.
CREATE TABLE blob_content (
  sha256 text NOT NULL REFERENCES blob (sha256),
  byte_offset bigint NOT NULL CHECK (byte_offset >= 0),
  bytes bytea NOT NULL CHECK (octet_length(bytes) > 0),
  PRIMARY KEY (sha256, byte_offset)
);

-- Photos and recordings are already compressed: storing them out of line without another compression pass
-- saves CPU on every chunk and lets a range read fetch a slice without inflating the whole piece.
ALTER TABLE blob_upload_chunk ALTER COLUMN bytes SET STORAGE EXTERNAL;
ALTER TABLE blob_content ALTER COLUMN bytes SET STORAGE EXTERNAL;

-- At most one unfinished upload per user and blob: announcing the same blob again resumes it (two requests
-- racing to create it meet on this index instead of starting two uploads).
CREATE UNIQUE INDEX blob_upload_open_idx ON blob_upload (user_id, sha256, size) WHERE completed_at IS NULL;

-- A stored blob is evidence: written once under its hash, never changed or removed by any code path.
CREATE TRIGGER blob_write_once BEFORE UPDATE OR DELETE ON blob
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER blob_no_truncate BEFORE TRUNCATE ON blob
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER blob_content_write_once BEFORE UPDATE OR DELETE ON blob_content
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER blob_content_no_truncate BEFORE TRUNCATE ON blob_content
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
