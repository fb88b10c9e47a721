-- Issue 12, authentication. Sessions that can be ended at once, refresh tokens that rotate, and a sign-in
-- throttle that counts an attempt before its password is checked.

-- Every access token carries the user's and the device's epoch; raising one ends every access token issued
-- before (password reset or change: the user's; sign-out, revocation: the device's) without waiting 15 min.
ALTER TABLE app_user ADD COLUMN session_epoch integer NOT NULL DEFAULT 0;
ALTER TABLE device ADD COLUMN session_epoch integer NOT NULL DEFAULT 0;

-- A revoked device is told so (auth.deviceRevoked) at its next contact, until its user signs in on it again
-- with their password. The reason tells the administrator why: their own command, or a replayed token.
ALTER TABLE device ADD COLUMN revoked_at timestamptz;
ALTER TABLE device ADD COLUMN revoked_reason text
  CHECK (revoked_reason IN ('admin', 'refreshReuse'));

-- A refresh token is used once: using it rotates it (rotated_at, and the hash of its successor). Presenting
-- a rotated token again is a replay and revokes the device, except as a retry shortly after a lost answer.
ALTER TABLE refresh_token ADD COLUMN rotated_at timestamptz;
ALTER TABLE refresh_token ADD COLUMN replaced_by text;
CREATE INDEX refresh_token_device_idx ON refresh_token (device_id);

-- Where the sign-in came from, for the administrator reading the attempts.
ALTER TABLE login_attempt ADD COLUMN address text;

-- Sign-in counters, one row per key: 'pair' (account and source address), 'address', 'account'. An attempt
-- is counted (under a row lock) before the password is checked, so parallel requests cannot pass the
-- limit; a success gives its count back. `next_at` spaces out attempts on an account under attack.
CREATE TABLE login_counter (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  attempts integer NOT NULL,
  next_at timestamptz NOT NULL
);
