-- 0009-blob-rights-and-four-eyes: a blob is read by right, not by knowing its hash; a lead does not review
-- their own visit (issue 12, points 3 and 6).

-- Which cases a blob was uploaded to. A blob is readable by those who may see a case whose attachment names
-- it AND that is linked here; knowing a hash (or naming it in an attachment of one's own case) grants
-- nothing. A link is made only by sending the bytes for that case (proof of possession; the bytes already
-- stored are not stored twice) and is never changed or removed: which case a photo was given to is a fact.
CREATE TABLE blob_case (
  sha256 text NOT NULL REFERENCES blob (sha256),
  case_id text NOT NULL REFERENCES case_record (id),
  -- The upload whose bytes proved possession (NULL for links made from records older than this migration).
  upload_id text REFERENCES blob_upload (id),
  linked_at timestamptz NOT NULL,
  PRIMARY KEY (sha256, case_id)
);
CREATE INDEX blob_case_case_idx ON blob_case (case_id);
CREATE TRIGGER blob_case_append_only BEFORE UPDATE OR DELETE ON blob_case
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER blob_case_no_truncate BEFORE TRUNCATE ON blob_case
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- The case an upload is for and the uploader's team when it was reserved. The uploader reads their own
-- completed upload (its attachment may still be on the way) only while still in that team.
ALTER TABLE blob_upload ADD COLUMN case_id text REFERENCES case_record (id);
ALTER TABLE blob_upload ADD COLUMN team_id text REFERENCES team (id);

-- Existing blobs keep the links their history proves: an attachment naming a blob is linked when the user
-- who wrote the attachment completed an upload of those bytes. An attachment naming someone else's hash
-- (the attack this migration closes) is not linked; its team gets the bytes only by uploading them.
INSERT INTO blob_case (sha256, case_id, upload_id, linked_at)
SELECT DISTINCT ON (a.data ->> 'sha256', a.case_id) a.data ->> 'sha256', a.case_id, u.id, now()
FROM child_record a
JOIN blob b ON b.sha256 = a.data ->> 'sha256'
JOIN blob_upload u ON u.sha256 = b.sha256 AND u.completed_at IS NOT NULL
  AND u.user_id = a.field_writer -> 'sha256' ->> 'userId'
WHERE a.entity = 'attachment'
ORDER BY a.data ->> 'sha256', a.case_id, u.completed_at;

-- Completed uploads so far: the uploader's team now stands for the team at the time (not recorded before).
UPDATE blob_upload u SET team_id = au.team_id FROM app_user au WHERE au.id = u.user_id;

-- Four eyes (四眼原则): a lead may not approve or return a visit they recorded or were present at. On by
-- default; a court turns it off only explicitly (`update-court --four-eyes off`).
ALTER TABLE court ADD COLUMN is_four_eyes_required boolean NOT NULL DEFAULT true;
