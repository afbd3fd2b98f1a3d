-- Devices an account has logged in from (OWASP "Slow down online guessing attacks with device
-- cookies"; issue 13 item 5). A password spray from the office's one address, or a guesser
-- hammering one account, slows the address and the account for everyone; the real user, on the
-- tablet they logged in from before, presents this device's token and is slowed only by failures
-- made with that token. Only the token's hash is stored, as for sessions.
CREATE TABLE login_devices (
  token_hash    text PRIMARY KEY,
  username      text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  last_used_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX login_devices_username ON login_devices (username);

-- The device (its token's hash) an attempt was made with, when it was a known one.
ALTER TABLE login_attempts ADD COLUMN device text;
CREATE INDEX login_attempts_device ON login_attempts (device, at);
