-- 0007-limits-and-housekeeping: quarantined batches and unfinished uploads are capped per device and
-- expire; the administrator's housekeeping command purges the expired ones, and every purge is recorded.

-- What an administrator did to the court's data outside the app (a purge, ...): who, when, what. Append-only.
CREATE TABLE admin_action (
  id text PRIMARY KEY,
  action text NOT NULL,
  performed_by text NOT NULL,
  details jsonb NOT NULL,
  performed_at timestamptz NOT NULL
);
CREATE INDEX admin_action_time_idx ON admin_action (performed_at);
CREATE TRIGGER admin_action_append_only BEFORE UPDATE OR DELETE ON admin_action
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER admin_action_no_truncate BEFORE TRUNCATE ON admin_action
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- The per-device caps count a device's rows.
CREATE INDEX quarantined_batch_device_idx ON quarantined_batch (device_id, received_at);
CREATE INDEX blob_upload_device_open_idx ON blob_upload (device_id, updated_at) WHERE completed_at IS NULL;

-- A quarantined batch stays append-only: an ordinary UPDATE or DELETE is refused as before. The one way
-- out is purge_quarantined_batches, and even it can remove only batches older than 30 days (the device
-- that sent one still holds it in its outbox and resends it once upgraded). The trigger lets a DELETE
-- through only when both hold: the purge function has marked its own transaction, and the row is that old.
CREATE FUNCTION refuse_change_of_quarantined_batch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('fieldwrit.purge', true) = 'quarantined_batch'
     AND OLD.received_at < now() - interval '30 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'FW001';
END
$$;
DROP TRIGGER quarantined_batch_append_only ON quarantined_batch;
CREATE TRIGGER quarantined_batch_append_only BEFORE UPDATE OR DELETE ON quarantined_batch
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_quarantined_batch();

-- Removes the quarantined batches received before `older_than` (never any of the last 30 days) and
-- returns their ids. SECURITY DEFINER: runs as the schema's owner, so an app role that may only INSERT
-- and SELECT quarantined_batch can still purge through it, and through nothing else.
CREATE FUNCTION purge_quarantined_batches(older_than timestamptz) RETURNS SETOF text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM set_config('fieldwrit.purge', 'quarantined_batch', true);
  RETURN QUERY DELETE FROM quarantined_batch
    WHERE received_at < LEAST(older_than, now() - interval '30 days') RETURNING id;
  PERFORM set_config('fieldwrit.purge', '', true);
END
$$;
