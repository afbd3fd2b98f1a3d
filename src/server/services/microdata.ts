// One questionnaire's interviews as a table: one row per interview (its latest revision),
// the fixed metadata columns, then one column per variable (see variables.ts).
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { casesClosedWithoutInterview } from './cases';
import { allDefinitions } from './questionnaires';
import { exportDictionary, metadataColumns, type ExportDictionary } from '../../questionnaire/dictionary';
import { cellValue, type ColumnSpec } from './variables';

/** The columns every export writes before the variables (defined with the variable dictionary). */
export const META_COLUMNS = metadataColumns;

export interface MicrodataTable {
  questionnaireId: string;
  /** Published versions, newest first. */
  definitions: { version: number; definition: Record<string, unknown> }[];
  /** The variable dictionary of the export (all versions), shipped beside it as ID.dictionary.json. */
  dictionary: ExportDictionary;
  /** The dictionary's variables: one column each after the metadata columns. */
  variables: ColumnSpec[];
  header: string[];
  /** Cell texts; an empty string is a missing value. */
  rows: string[][];
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

async function publishedDefinitions(db: Queryable, questionnaireId: string): Promise<{ version: number; definition: Record<string, unknown> }[]> {
  const definitions = await allDefinitions(db, questionnaireId);
  if (definitions.length === 0) throw new HttpProblem('not-found', `questionnaire ${questionnaireId} is not published`);
  return definitions;
}

/** The variable dictionary of the export of a questionnaire (all its published versions), without reading interviews. */
export async function microdataDictionary(db: Queryable, questionnaireId: string): Promise<ExportDictionary> {
  return exportDictionary(questionnaireId, await publishedDefinitions(db, questionnaireId));
}

/** The dictionary as the file shipped beside an export (`ID.dictionary.json`): UTF-8 JSON, two-space indents. */
export function renderDictionary(dictionary: ExportDictionary): string {
  return `${JSON.stringify(dictionary, null, 2)}\n`;
}

/** `approvedOnly`: only interviews a manager approved (cases closed without an interview stay). */
export async function microdata(db: Queryable, questionnaireId: string, options: { approvedOnly?: boolean } = {}): Promise<MicrodataTable> {
  const definitions = await publishedDefinitions(db, questionnaireId);
  const found = await db.query<ExportRow & Record<string, unknown>>(
    `SELECT s.instance_id, s.interviewer, s.questionnaire_id, s.version, s.case_id, s.disposition, s.started_at, s.ended_at,
            s.review_state, r.body -> 'data' AS data
     FROM submissions s JOIN submission_revisions r ON r.instance_id = s.instance_id AND r.revision = s.revision
     WHERE s.questionnaire_id = $1 AND (NOT $2 OR s.review_state = 'approved') ORDER BY s.received_at, s.instance_id`,
    [questionnaireId, options.approvedOnly === true],
  );
  // One row per case closed without an interview (refusal, non-contact, not eligible, …): no
  // instance, no answers, its final AAPOR code — what the weighting's nonresponse step reads.
  // Its version is the newest published (the case was issued for the questionnaire, not a version).
  const closed: ExportRow[] = (await casesClosedWithoutInterview(db, questionnaireId)).map((c) => ({
    instance_id: '', interviewer: c.interviewer, questionnaire_id: questionnaireId, version: definitions[0].version, case_id: c.caseId,
    disposition: c.disposition, started_at: c.firstAttemptAt, ended_at: c.closedAt, review_state: '', data: null,
  }));
  return microdataTable(questionnaireId, definitions, [...found, ...closed]);
}

/**
 * The export table from rows already read: the one place that decides the export's columns and
 * cells (the database route above and `jha-survey simulate --field` both call it).
 */
export function microdataTable(questionnaireId: string, definitions: { version: number; definition: Record<string, unknown> }[], found: readonly ExportRow[]): MicrodataTable {
  const dictionary = exportDictionary(questionnaireId, definitions);
  const variables = dictionary.variables;
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
  return { questionnaireId, definitions, dictionary, variables, header: [...META_COLUMNS, ...variables.map((c) => c.name)], rows };
}
