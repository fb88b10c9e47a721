-- 0008-signed-checkpoints: the court server's signed statements of every record's chain head.
-- At intervals the server takes the head (latest version and its hash) of every record as of one commit,
-- hashes the sorted list and signs that with its Ed25519 key, whose private half lives in a file outside
-- the database (docs/security.md "Evidence that cannot be rewritten unseen"). Anyone who rewrites history
-- in the database, even recomputing every hash, cannot make a checkpoint say the new heads: recomputing
-- the heads of a checkpoint's commit no longer gives the digest its signature covers.
--
-- Only the digest is kept, not the heads: entity_version is append-only, so the heads as of commit_seq are
-- the same whenever they are read again. A checkpoint exported to a file (`export-checkpoint`) carries
-- the heads themselves, to name the records that changed.
CREATE TABLE history_checkpoint (
  id bigint PRIMARY KEY CHECK (id > 0),
  commit_seq bigint NOT NULL CHECK (commit_seq >= 0),
  created_at timestamptz NOT NULL,
  head_count integer NOT NULL CHECK (head_count >= 0),
  heads_sha256 text NOT NULL CHECK (heads_sha256 ~ '^[0-9a-f]{64}$'),
  key_id text NOT NULL,
  signature text NOT NULL
);
CREATE UNIQUE INDEX history_checkpoint_commit_idx ON history_checkpoint (commit_seq);

CREATE TRIGGER history_checkpoint_append_only BEFORE UPDATE OR DELETE ON history_checkpoint
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER history_checkpoint_no_truncate BEFORE TRUNCATE ON history_checkpoint
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
