-- 0005-blob-bytes-in-place: a blob's bytes stay in the chunks its upload stored them in. Completing an upload
-- used to copy every byte into blob_content and delete the chunks: a second full write of each photo (and
-- of its WAL) after reading it all back for the hash. Now the completed upload's chunks ARE the blob's
-- content, and become write-once the moment a blob names them. Blobs stored before this migration keep
-- their bytes in blob_content (storage_path 'db:blob_content'), which stays write-once as it was.

-- The upload whose chunks hold the blob's bytes (storage_path 'db:blob_upload_chunk'); NULL for blobs kept
-- in blob_content. Adding the column changes no row of the write-once table. The foreign key keeps that
-- upload from being deleted (which would take its chunks with it, by the cascade).
ALTER TABLE blob ADD COLUMN upload_id text REFERENCES blob_upload (id);
ALTER TABLE blob ADD CONSTRAINT blob_upload_id_names_chunks
  CHECK ((storage_path = 'db:blob_upload_chunk') = (upload_id IS NOT NULL));
CREATE UNIQUE INDEX blob_upload_id_idx ON blob (upload_id) WHERE upload_id IS NOT NULL;

-- Chunks are never rewritten. Chunks of an unfinished (or refused) upload may be removed; once a blob names
-- their upload they are evidence like blob_content, and removing them is refused the same way.
CREATE FUNCTION refuse_change_of_blob_chunk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM blob WHERE upload_id = OLD.upload_id) THEN
    RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'FW001';
  END IF;
  RETURN OLD;
END
$$;
CREATE TRIGGER blob_upload_chunk_write_once BEFORE UPDATE OR DELETE ON blob_upload_chunk
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_blob_chunk();
CREATE TRIGGER blob_upload_chunk_no_truncate BEFORE TRUNCATE ON blob_upload_chunk
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

COMMENT ON TABLE blob_upload_chunk IS
  'One row per accepted chunk. Once blob.upload_id names the upload: that blob''s bytes, write-once.';
