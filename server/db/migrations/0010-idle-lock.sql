-- 0010-idle-lock: the court sets after how many idle minutes the app locks (issue 11, "A lock that holds").

-- NULL: the court has not chosen, and the app's own default (15 minutes) applies. The app accepts 1 to 1440
-- minutes (shared/auth/authProtocol.ts); the check keeps a value it would refuse out of the login answer.
ALTER TABLE court ADD COLUMN idle_lock_minutes integer
  CHECK (idle_lock_minutes IS NULL OR idle_lock_minutes BETWEEN 1 AND 1440);
