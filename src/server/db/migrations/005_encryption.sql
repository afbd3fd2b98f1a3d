-- Encryption end to end (issue 13, DESIGN.md §3): a questionnaire version may carry an RSA public
-- key (PEM, SPKI). The devices then send each interview as an envelope sealed with it; the server
-- stores the envelope (in submission_revisions.body, as sent) and never holds the private key.
ALTER TABLE questionnaires ADD COLUMN public_key text;
