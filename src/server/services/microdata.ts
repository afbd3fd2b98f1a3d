// One questionnaire's interviews as a table: one row per interview (its latest revision),
// the fixed metadata columns, then one column per variable (see variables.ts).
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { casesClosedWithoutInterview } from './cases';
import { refuseIfEncrypted } from './encryption';
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

/** The export's SELECT: one interview per row with its latest revision's answers, in order of arrival. */
const EXPORT_SELECT = `SELECT s.instance_id, s.interviewer, s.questionnaire_id, s.version, s.case_id, s.disposition, s.started_at, s.ended_at,
            s.review_state, r.body -> 'data' AS data, s.received_at::text AS order_at
     FROM submissions s JOIN submission_revisions r ON r.instance_id = s.instance_id AND r.revision = s.revision`;

/**
 * One row per case closed without an interview (refusal, non-contact, not eligible, …): no
 * instance, no answers, its final AAPOR code — what the weighting's nonresponse step reads.
 * Its version is the newest published (the case was issued for the questionnaire, not a version).
 */
async function closedCaseRows(db: Queryable, questionnaireId: string, newestVersion: number): Promise<ExportRow[]> {
  return (await casesClosedWithoutInterview(db, questionnaireId)).map((c) => ({
    instance_id: '', interviewer: c.interviewer, questionnaire_id: questionnaireId, version: newestVersion, case_id: c.caseId,
    disposition: c.disposition, started_at: c.firstAttemptAt, ended_at: c.closedAt, review_state: '', data: null,
  }));
}

export async function microdata(db: Queryable, questionnaireId: string): Promise<MicrodataTable> {
  const definitions = await publishedDefinitions(db, questionnaireId);
  // The answers of an encrypted questionnaire are envelopes: every table of answers is refused
  // here and in microdataSource (exports, weighting input), never written with empty cells.
  await refuseIfEncrypted(db, questionnaireId, 'the microdata export');
  const found = await db.query<ExportRow & Record<string, unknown>>(`${EXPORT_SELECT} WHERE s.questionnaire_id = $1 ORDER BY s.received_at, s.instance_id`, [questionnaireId]);
  return microdataTable(questionnaireId, definitions, [...found, ...await closedCaseRows(db, questionnaireId, definitions[0].version)]);
}

/**
 * The export's rows as pages, to be read once or several times (SPSS and Stata read them twice:
 * once to type and size the columns, once to write the cases) without ever holding them all:
 * what a file of 100,000 interviews needs to be written in constant memory.
 */
export interface MicrodataSource extends Omit<MicrodataTable, 'rows'> {
  /** Rows the export writes, fixed when the source was opened. */
  readonly rowCount: number;
  /** The rows in export order, a page at a time; every call starts again from the first row. */
  pages(): AsyncIterable<string[][]>;
}

/** A table already in memory as a source (one page): the CLI, the simulated field and the tests. */
export function tableSource(table: MicrodataTable): MicrodataSource {
  const { rows, ...rest } = table;
  return {
    ...rest,
    rowCount: rows.length,
    async *pages() {
      yield rows;
    },
  };
}

/** Interviews read per query of a streamed export. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * The export of a questionnaire read from the database page by page (keyset pagination on the
 * order of arrival, `received_at, instance_id`, served by an index): no cursor that would hold the
 * embedded database's one connection, so other requests run between pages. The interviews are
 * those received when the source was opened (`received_at` up to its then latest value; later
 * ones wait for the next export), so every pass sees the same rows. An interview revised between
 * two passes is written with its newer answers, cut to the widths of the first pass.
 */
export async function microdataSource(db: Queryable, questionnaireId: string, pageSize = EXPORT_PAGE_SIZE): Promise<MicrodataSource> {
  const definitions = await publishedDefinitions(db, questionnaireId);
  await refuseIfEncrypted(db, questionnaireId, 'the microdata export');
  const dictionary = exportDictionary(questionnaireId, definitions);
  const [bound] = await db.query<{ n: number; last: string | null }>(
    'SELECT count(*)::int AS n, max(received_at)::text AS last FROM submissions WHERE questionnaire_id = $1',
    [questionnaireId],
  );
  const closed = await closedCaseRows(db, questionnaireId, definitions[0].version);
  const last = bound?.last ?? null;
  const interviews = bound?.n ?? 0;
  const toCells = (rows: readonly ExportRow[]) => rows.map((row) => exportCells(dictionary.variables, row));
  return {
    questionnaireId, definitions, dictionary, variables: dictionary.variables, header: exportHeader(dictionary.variables),
    rowCount: interviews + closed.length,
    async *pages() {
      if (last !== null) {
        let after: { at: string; id: string } | null = null;
        let seen = 0;
        while (seen < interviews) {
          // Two statements rather than one with `IS NULL OR …`: the row comparison alone, in the
          // index's column order, lets the planner walk the index from the last row read instead
          // of sorting every interview for each page.
          const limit = Math.min(pageSize, interviews - seen);
          const page = await db.query<ExportRow & { order_at: string } & Record<string, unknown>>(
            after === null
              ? `${EXPORT_SELECT} WHERE s.questionnaire_id = $1 AND s.received_at <= $2::timestamptz ORDER BY s.received_at, s.instance_id LIMIT $3`
              : `${EXPORT_SELECT} WHERE s.questionnaire_id = $1 AND s.received_at <= $2::timestamptz AND (s.questionnaire_id, s.received_at, s.instance_id) > ($1, $4::timestamptz, $5::text)
                 ORDER BY s.received_at, s.instance_id LIMIT $3`,
            after === null ? [questionnaireId, last, limit] : [questionnaireId, last, limit, after.at, after.id],
          );
          if (page.length === 0) break;
          seen += page.length;
          const tail = page[page.length - 1] as ExportRow & { order_at: string };
          after = { at: tail.order_at, id: tail.instance_id };
          yield toCells(page);
        }
      }
      if (closed.length > 0) yield toCells(closed);
    },
  };
}

/** The cells of one export row, in the header's order (metadata, then the dictionary's variables). */
function exportCells(variables: readonly ColumnSpec[], row: ExportRow): string[] {
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
}

function exportHeader(variables: readonly ColumnSpec[]): string[] {
  return [...META_COLUMNS, ...variables.map((c) => c.name)];
}

/**
 * The export table from rows already read: the one place that decides the export's columns and
 * cells (the database route above and `jha-survey simulate --field` both call it).
 */
export function microdataTable(questionnaireId: string, definitions: { version: number; definition: Record<string, unknown> }[], found: readonly ExportRow[]): MicrodataTable {
  const dictionary = exportDictionary(questionnaireId, definitions);
  const variables = dictionary.variables;
  return { questionnaireId, definitions, dictionary, variables, header: exportHeader(variables), rows: found.map((row) => exportCells(variables, row)) };
}
