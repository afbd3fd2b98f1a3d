-- One-time recovery codes of two-factor log-in (src/server/auth/recovery-codes.ts): ten made when
-- an enrolment is confirmed, shown once, each logging in once in place of the authenticator's code.
-- Only a keyed digest of each code is stored (HMAC-SHA-256 with a key derived from JHA_SECRET_KEY,
-- the account's name in the message), never the code. A used code is deleted: one
-- `DELETE … RETURNING` by (username, digest) consumes it, so of two log-ins with one code one wins.
-- A new enrolment or an admin's reset of the second factor deletes all of an account's codes.
CREATE TABLE recovery_codes (
  username    text NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
  code_digest text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (username, code_digest)
);
