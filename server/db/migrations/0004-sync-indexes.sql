-- 0004-sync-indexes: indexes for the push path.
-- Every push asks whether its device has open conflicts (its later edits supersede them); most devices
-- have none, so a small partial index answers without reading the conflict history.
CREATE INDEX field_conflict_open_device_idx ON field_conflict (mine_device_id, entity, entity_id)
  WHERE status = 'open';
-- A visit's review step reads the visit's review decisions and amendments; without this it scanned every
-- record of that entity.
CREATE INDEX child_record_visit_idx ON child_record (entity, (data ->> 'visitId'));
