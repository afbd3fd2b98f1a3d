-- Accounts, sessions, published questionnaire versions, assignments and submissions.
-- Plain PostgreSQL 15 SQL: the same file runs on PGlite and on a PostgreSQL server.

CREATE TABLE accounts (
  username      text PRIMARY KEY,
  role          text NOT NULL CHECK (role IN ('admin', 'manager', 'interviewer', 'analyst')),
  password_hash text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Session tokens are never stored: only their SHA-256.
CREATE TABLE sessions (
  token_hash  text PRIMARY KEY,
  username    text NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);
CREATE INDEX sessions_username ON sessions (username);

CREATE TABLE questionnaires (
  id            text NOT NULL,
  version       integer NOT NULL CHECK (version > 0),
  definition    jsonb NOT NULL,
  sha256        text NOT NULL,
  title         jsonb NOT NULL,
  locales       jsonb NOT NULL,
  published_by  text,
  published_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

CREATE TABLE assignments (
  id               text PRIMARY KEY,
  interviewer      text NOT NULL REFERENCES accounts (username),
  questionnaire_id text NOT NULL,
  case_id          text NOT NULL,
  prefill          jsonb,
  created_by       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (questionnaire_id, case_id)
);
CREATE INDEX assignments_interviewer ON assignments (interviewer);

-- One row per interview (instance id); its content lives in revisions. A rejected
-- interview re-submitted with new content gets the next revision; earlier ones stay.
CREATE TABLE submissions (
  instance_id      text PRIMARY KEY,
  questionnaire_id text NOT NULL,
  version          integer NOT NULL,
  interviewer      text NOT NULL REFERENCES accounts (username),
  case_id          text,
  disposition      text NOT NULL,
  started_at       text,
  ended_at         text,
  revision         integer NOT NULL DEFAULT 1,
  sha256           text NOT NULL,
  review_state     text NOT NULL DEFAULT 'received' CHECK (review_state IN ('received', 'approved', 'rejected')),
  review_comment   text,
  reviewed_by      text,
  reviewed_at      timestamptz,
  received_at      timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (questionnaire_id, version) REFERENCES questionnaires (id, version)
);
CREATE INDEX submissions_questionnaire ON submissions (questionnaire_id);
CREATE INDEX submissions_interviewer ON submissions (interviewer);

CREATE TABLE submission_revisions (
  instance_id  text NOT NULL REFERENCES submissions (instance_id) ON DELETE CASCADE,
  revision     integer NOT NULL,
  sha256       text NOT NULL,
  body         jsonb NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (instance_id, revision)
);

CREATE TABLE submission_reviews (
  id           serial PRIMARY KEY,
  instance_id  text NOT NULL REFERENCES submissions (instance_id) ON DELETE CASCADE,
  revision     integer NOT NULL,
  decision     text NOT NULL CHECK (decision IN ('approve', 'reject')),
  comment      text NOT NULL DEFAULT '',
  reviewer     text NOT NULL,
  reviewed_at  timestamptz NOT NULL DEFAULT now()
);
