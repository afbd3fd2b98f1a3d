// One questionnaire's interviews as a table: one row per interview (its latest revision),
// the fixed metadata columns, then one column per variable (see variables.ts).
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { allDefinitions } from './questionnaires';
import { cellValue, exportColumns, type ColumnSpec } from './variables';

export const META_COLUMNS = [
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

export interface MicrodataTable {
  questionnaireId: string;
  /** Published versions, newest first. */
  definitions: { version: number; definition: Record<string, unknown> }[];
  variables: ColumnSpec[];
  header: string[];
  /** Cell texts; an empty string is a missing value. */
  rows: string[][];
}

/**
 * Variables of all versions: the latest version's order first, then names that only older
 * versions had (a later version may add names but should never drop one).
 */
function columnsOfVersions(definitions: { definition: Record<string, unknown> }[]): ColumnSpec[] {
  const columns: ColumnSpec[] = [];
  const seen = new Set<string>(META_COLUMNS);
  for (const { definition } of definitions) {
    for (const spec of exportColumns(definition)) {
      if (seen.has(spec.name)) continue;
      seen.add(spec.name);
      columns.push(spec);
    }
  }
  return columns;
}

/** One interview (or, with `data` null, a case closed without one) as the export reads it. */
export interface ExportRow {
  instance_id: string;
  interviewer: string;
  questionnaire_id: string;
  version: number;
  case_id: string | null;
  disposition: string;
  started_at: string | null;
  ended_at: string | null;
  review_state: string;
  data: Record<string, unknown> | null;
}

export async function microdata(db: Queryable, questionnaireId: string): Promise<MicrodataTable> {
  const definitions = await allDefinitions(db, questionnaireId);
  if (definitions.length === 0) throw new HttpProblem('not-found', `questionnaire ${questionnaireId} is not published`);
  const found = await db.query<ExportRow & Record<string, unknown>>(
    `SELECT s.instance_id, s.interviewer, s.questionnaire_id, s.version, s.case_id, s.disposition, s.started_at, s.ended_at,
            s.review_state, r.body -> 'data' AS data
     FROM submissions s JOIN submission_revisions r ON r.instance_id = s.instance_id AND r.revision = s.revision
     WHERE s.questionnaire_id = $1 ORDER BY s.received_at, s.instance_id`,
    [questionnaireId],
  );
  return microdataTable(questionnaireId, definitions, found);
}

/**
 * The export table from rows already read: the one place that decides the export's columns and
 * cells (the database route above and `jha-survey simulate --field` both call it).
 */
export function microdataTable(questionnaireId: string, definitions: { version: number; definition: Record<string, unknown> }[], found: readonly ExportRow[]): MicrodataTable {
  const variables = columnsOfVersions(definitions);
  const rows = found.map((row) => {
    const data = row.data ?? {};
    return [
      row.instance_id,
      row.interviewer,
      row.questionnaire_id,
      String(row.version),
      row.case_id ?? '',
      row.disposition,
      row.started_at ?? '',
      row.ended_at ?? '',
      row.review_state,
      ...variables.map((c) => cellValue(c, data)),
    ];
  });
  return { questionnaireId, definitions, variables, header: [...META_COLUMNS, ...variables.map((c) => c.name)], rows };
}
