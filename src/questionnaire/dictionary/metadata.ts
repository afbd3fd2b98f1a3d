// The columns every microdata export writes before the questionnaire's variables. A variable may not
// take one of these names (the linter's `export-name` rule).

export const metadataColumns = [
  'instance_id',
  'interviewer',
  'questionnaire_id',
  'questionnaire_version',
  'case_id',
  'disposition',
  'started_at',
  'ended_at',
  'review_state',
] as const;

export type MetadataColumn = (typeof metadataColumns)[number];
