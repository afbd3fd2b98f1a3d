-- Issue 14 item 1: the manager's console runs a survey from the browser.
-- An account is disabled rather than deleted: its interviews, assignments and audit rows keep
-- naming it, and it can be enabled again. A disabled account cannot log in; its sessions end.
ALTER TABLE accounts ADD COLUMN disabled_at timestamptz;

-- A retired questionnaire version is no longer offered to tablets (GET /questionnaires lists the
-- newest version that is not retired) while everything collected with it stays and is exported.
ALTER TABLE questionnaires ADD COLUMN retired_at timestamptz;
ALTER TABLE questionnaires ADD COLUMN retired_by text;

-- The submission list, filtered and paged on the server in order of arrival, uses the index of
-- 008_export_order.sql (questionnaire_id, received_at, instance_id).
