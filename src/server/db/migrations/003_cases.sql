-- Cases (issue 11): an assignment is a case. It may yield `quantity` interviews (default 1);
-- every contact attempt is kept; a closing attempt gives a case without an interview its final
-- AAPOR disposition; an interview beyond the quantity is stored but flagged for the manager.

ALTER TABLE assignments ADD COLUMN quantity integer NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 1000);
ALTER TABLE assignments ADD COLUMN address text;
ALTER TABLE assignments ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- One row per contact attempt, id made on the device (UUIDv7), so an upload is idempotent.
CREATE TABLE contact_attempts (
  id             text PRIMARY KEY,
  assignment_id  text NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  interviewer    text NOT NULL REFERENCES accounts (username),
  attempted_at   timestamptz NOT NULL,
  outcome        text NOT NULL,
  final          boolean NOT NULL,
  note           text NOT NULL DEFAULT '',
  appointment_at timestamptz,
  sha256         text NOT NULL,
  received_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_attempts_assignment ON contact_attempts (assignment_id, attempted_at);

ALTER TABLE submissions ADD COLUMN flag text;
CREATE INDEX submissions_case ON submissions (questionnaire_id, case_id);
