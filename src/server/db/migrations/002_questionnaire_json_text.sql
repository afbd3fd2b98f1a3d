-- Keep a published questionnaire exactly as written: `json` stores the text as sent, where
-- `jsonb` re-orders object keys. SurveyJS applies properties in key order, and authors read
-- the JSON the app receives. (Rows published before this keep the jsonb order.)
ALTER TABLE questionnaires ALTER COLUMN definition TYPE json USING definition::json;
