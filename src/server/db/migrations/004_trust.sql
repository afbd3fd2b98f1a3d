-- Issue 13: log-in attempts kept in the database (the limiter holds across server processes),
-- TOTP second factor, sessions that can be listed and revoked, and the append-only audit log.

-- Every log-in attempt for a while (a day): the limiter counts failures per account and per
-- address since the account's last success. Rows are written before the password is checked, so a
-- burst of concurrent guesses is counted as it arrives.
CREATE TABLE login_attempts (
  id         bigserial PRIMARY KEY,
  username   text NOT NULL,
  address    text NOT NULL,
  at         timestamptz NOT NULL DEFAULT clock_timestamp(),
  succeeded  boolean NOT NULL DEFAULT false
);
CREATE INDEX login_attempts_username ON login_attempts (username, at);
CREATE INDEX login_attempts_address ON login_attempts (address, at);

-- TOTP (RFC 6238) for admin and manager accounts: the shared secret (base32), set when enrolment
-- is confirmed with a first code; the last accepted time step, so a code is never accepted twice.
ALTER TABLE accounts ADD COLUMN totp_secret text;
ALTER TABLE accounts ADD COLUMN totp_pending_secret text;
ALTER TABLE accounts ADD COLUMN totp_last_step bigint;

-- What a user sees of their sessions: where and with what they were opened, when last used.
ALTER TABLE sessions ADD COLUMN address text;
ALTER TABLE sessions ADD COLUMN user_agent text;
ALTER TABLE sessions ADD COLUMN last_used_at timestamptz;

-- The audit log: who did what to what, when, from where. Append-only: the trigger refuses any
-- UPDATE or DELETE (TRUNCATE too), whatever the role of the connection.
CREATE TABLE audit_log (
  id       bigserial PRIMARY KEY,
  at       timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor    text,
  action   text NOT NULL,
  target   text,
  address  text,
  detail   jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor, at);
CREATE INDEX audit_log_action ON audit_log (action, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
