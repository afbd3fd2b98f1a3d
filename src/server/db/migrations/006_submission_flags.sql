-- Issue 13 item 4: an interview's flags are a set (several reasons per interview: beyond the case's
-- quantity, answers that do not fit the questionnaire), with the answers behind the answer-* flags
-- (variable names and kinds of misfit, never a value). The single `flag` of 003 moves into the set.
ALTER TABLE submissions ADD COLUMN flags text[] NOT NULL DEFAULT '{}';
ALTER TABLE submissions ADD COLUMN answer_problems jsonb NOT NULL DEFAULT '[]';
UPDATE submissions SET flags = ARRAY[flag] WHERE flag IS NOT NULL;
ALTER TABLE submissions DROP COLUMN flag;
-- The manager's list filters on a flag.
CREATE INDEX submissions_flags ON submissions USING gin (flags);
