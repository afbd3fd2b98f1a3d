-- Streamed exports (issue 14) read a questionnaire's interviews a page at a time in order of
-- arrival (keyset pagination on received_at, instance_id): this index serves each page directly.
CREATE INDEX submissions_export_order ON submissions (questionnaire_id, received_at, instance_id);
