-- 0001-initial: the court server's tables (docs/sync-protocol.md). PostgreSQL dialect; PGlite runs it too.
-- Migrations are append-only: never edit this file once released, add 0002-… instead.

-- Tables with legal weight keep every row they ever received: the database itself refuses UPDATE, DELETE
-- and TRUNCATE on them, so no code path (and no hurried admin) can rewrite history.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'FW001';
END
$$;

CREATE TABLE server_setting (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE court (
  id text PRIMARY KEY,
  name text NOT NULL,
  code text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team (
  id text PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('officer', 'team_lead', 'admin')),
  team_id text REFERENCES team (id),
  password_hash text NOT NULL,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (role = 'admin' OR team_id IS NOT NULL)
);

-- Who could see what, when: one row per change of a user's role, team or disabled state, stamped with the
-- commit sequence. A pull compares access at its cursor with access now (snapshot on gain, revoke on loss).
CREATE TABLE user_access_history (
  user_id text NOT NULL REFERENCES app_user (id),
  from_seq bigint NOT NULL,
  role text NOT NULL,
  team_id text,
  is_disabled boolean NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, from_seq)
);

CREATE TABLE device (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES app_user (id),
  name text NOT NULL,
  last_processed_client_seq bigint NOT NULL DEFAULT 0,
  registered_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX device_user_idx ON device (user_id);

-- Only a SHA-256 of each refresh token is kept: a copy of the database does not let anyone sign in.
CREATE TABLE refresh_token (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES app_user (id),
  device_id text NOT NULL REFERENCES device (id),
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX refresh_token_user_idx ON refresh_token (user_id);

CREATE TABLE login_attempt (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL,
  attempted_at timestamptz NOT NULL,
  is_success boolean NOT NULL
);
CREATE INDEX login_attempt_user_time_idx ON login_attempt (username, attempted_at);

-- The commit sequence: taken with UPDATE … RETURNING inside every writing transaction, so the row lock
-- orders commits and commit order equals sequence order (the pull cursor can never skip a row).
CREATE TABLE sync_counter (
  id integer PRIMARY KEY CHECK (id = 1),
  commit_seq bigint NOT NULL
);
INSERT INTO sync_counter (id, commit_seq) VALUES (1, 0);

-- Every mutation ever processed, exactly as received (payload is the raw JSON text, so even content the
-- jsonb type would refuse is kept), with the outcome repeated for duplicates.
CREATE TABLE mutation_log (
  device_id text NOT NULL REFERENCES device (id),
  client_seq bigint NOT NULL,
  mutation_id text NOT NULL,
  user_id text NOT NULL,
  commit_seq bigint NOT NULL,
  status text NOT NULL CHECK (status IN ('applied', 'applied_with_conflicts', 'rejected')),
  outcome jsonb NOT NULL,
  payload text NOT NULL,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (device_id, client_seq)
);
CREATE INDEX mutation_log_mutation_idx ON mutation_log (mutation_id);
CREATE INDEX mutation_log_commit_idx ON mutation_log (commit_seq);

-- Batches from clients too old to be processed: kept whole (HTTP 426), replayed by the upgraded client.
CREATE TABLE quarantined_batch (
  id text PRIMARY KEY,
  user_id text NOT NULL,
  device_id text,
  protocol_version integer,
  schema_version integer,
  app_version text,
  payload text NOT NULL,
  received_at timestamptz NOT NULL
);

-- Current state of each case. field_seq: per field, the commit that last changed it (drives the three-way
-- merge); field_writer: per field, who wrote it (device, user, mutation) — a device's own earlier write is
-- never a conflict for it.
CREATE TABLE case_record (
  id text PRIMARY KEY,
  case_number text NOT NULL UNIQUE,
  team_id text NOT NULL REFERENCES team (id),
  data jsonb NOT NULL,
  version integer NOT NULL,
  commit_seq bigint NOT NULL,
  field_seq jsonb NOT NULL,
  field_writer jsonb NOT NULL,
  deleted_at timestamptz,
  deleted_reason text,
  deleted_seq bigint,
  deleted_by jsonb,
  last_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX case_record_team_idx ON case_record (team_id);

-- Full history of every synced record, one row per version, hash-chained per record:
-- hash = SHA-256(canonical JSON of the row's content including prev_hash).
CREATE TABLE entity_version (
  entity text NOT NULL,
  entity_id text NOT NULL,
  version integer NOT NULL,
  commit_seq bigint NOT NULL,
  case_id text NOT NULL,
  origin text NOT NULL CHECK (origin IN ('device', 'admin')),
  mutation_id text,
  author_user_id text,
  device_id text,
  device_time text,
  server_time timestamptz NOT NULL,
  data jsonb NOT NULL,
  field_seq jsonb NOT NULL,
  changed_fields jsonb NOT NULL,
  deleted_at timestamptz,
  deleted_reason text,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (entity, entity_id, version)
);
CREATE INDEX entity_version_seq_idx ON entity_version (entity, entity_id, commit_seq);

-- The pull feed: which records each commit touched. team_id is the case's team at that commit, so access
-- at any past cursor can be recomputed; is_access_change marks a case moving between teams.
CREATE TABLE change_log (
  commit_seq bigint NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  case_id text NOT NULL,
  team_id text NOT NULL,
  is_access_change boolean NOT NULL DEFAULT false,
  PRIMARY KEY (commit_seq, entity, entity_id)
);
CREATE INDEX change_log_case_idx ON change_log (case_id, commit_seq);
CREATE INDEX change_log_access_idx ON change_log (commit_seq) WHERE is_access_change;

-- Concurrent edits of the same field (or a delete against an edit): both values kept until a person
-- decides; the committed value is never overwritten by the losing side.
CREATE TABLE field_conflict (
  id text PRIMARY KEY,
  entity text NOT NULL,
  entity_id text NOT NULL,
  case_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('field', 'delete_vs_edit')),
  field text NOT NULL,
  base jsonb NOT NULL,
  mine jsonb NOT NULL,
  theirs jsonb NOT NULL,
  mine_author_user_id text NOT NULL,
  mine_device_id text NOT NULL,
  mine_mutation_id text NOT NULL,
  theirs_author_user_id text,
  theirs_device_id text,
  theirs_mutation_id text,
  opened_seq bigint NOT NULL,
  opened_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'resolved', 'superseded')),
  closed_seq bigint,
  closed_at timestamptz,
  closed_by_user_id text,
  closed_by_mutation_id text,
  resolution jsonb
);
CREATE INDEX field_conflict_entity_idx ON field_conflict (entity, entity_id);
CREATE INDEX field_conflict_case_idx ON field_conflict (case_id);

-- Who may see which case now: derived from teams (administrators see every case).
CREATE VIEW case_access AS
  SELECT c.id AS case_id, u.id AS user_id
  FROM case_record c
  JOIN app_user u ON u.disabled_at IS NULL AND (u.role = 'admin' OR u.team_id = c.team_id);

-- Content-addressed blobs (photos, recordings, scans) and resumable uploads: see server/app/routes/blobRoutes.ts.
CREATE TABLE blob (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL CHECK (size >= 0),
  media_type text NOT NULL,
  storage_path text NOT NULL,
  stored_at timestamptz NOT NULL
);

CREATE TABLE blob_upload (
  id text PRIMARY KEY,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL CHECK (size >= 0),
  media_type text NOT NULL,
  received_bytes bigint NOT NULL DEFAULT 0,
  user_id text NOT NULL REFERENCES app_user (id),
  device_id text NOT NULL REFERENCES device (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  completed_at timestamptz
);
CREATE INDEX blob_upload_sha_idx ON blob_upload (sha256);

CREATE TRIGGER mutation_log_append_only BEFORE UPDATE OR DELETE ON mutation_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER mutation_log_no_truncate BEFORE TRUNCATE ON mutation_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER entity_version_append_only BEFORE UPDATE OR DELETE ON entity_version
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER entity_version_no_truncate BEFORE TRUNCATE ON entity_version
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON change_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER quarantined_batch_append_only BEFORE UPDATE OR DELETE ON quarantined_batch
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER quarantined_batch_no_truncate BEFORE TRUNCATE ON quarantined_batch
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER user_access_history_append_only BEFORE UPDATE OR DELETE ON user_access_history
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER user_access_history_no_truncate BEFORE TRUNCATE ON user_access_history
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
