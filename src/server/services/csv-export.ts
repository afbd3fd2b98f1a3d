// The microdata export read by `jha-survey analyze`: RFC 4180 (CRLF, quotes doubled),
// UTF-8 without a BOM, one row per interview (its latest revision).
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

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}

export function csvLine(fields: string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
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

interface ExportRow {
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

export async function exportCsv(db: Queryable, questionnaireId: string): Promise<string> {
  const definitions = await allDefinitions(db, questionnaireId);
  if (definitions.length === 0) throw new HttpProblem('not-found', `questionnaire ${questionnaireId} is not published`);
  const columns = columnsOfVersions(definitions);
  const rows = await db.query<ExportRow & Record<string, unknown>>(
    `SELECT s.instance_id, s.interviewer, s.questionnaire_id, s.version, s.case_id, s.disposition, s.started_at, s.ended_at,
            s.review_state, r.body -> 'data' AS data
     FROM submissions s JOIN submission_revisions r ON r.instance_id = s.instance_id AND r.revision = s.revision
     WHERE s.questionnaire_id = $1 ORDER BY s.received_at, s.instance_id`,
    [questionnaireId],
  );
  let out = csvLine([...META_COLUMNS, ...columns.map((c) => c.name)]);
  for (const row of rows) {
    const data = row.data ?? {};
    const meta = [
      row.instance_id,
      row.interviewer,
      row.questionnaire_id,
      String(row.version),
      row.case_id ?? '',
      row.disposition,
      row.started_at ?? '',
      row.ended_at ?? '',
      row.review_state,
    ];
    out += csvLine([...meta, ...columns.map((c) => cellValue(c, data))]);
  }
  return out;
}
