// One questionnaire's interviews as a table: one row per interview (its latest revision),
// the fixed metadata columns, then one column per variable (see variables.ts).
import type { Database, Queryable } from '../db';
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

/**
 * Dictionaries built lately, by questionnaire and the text of its published definitions: building
 * one takes 140–270 ms of synchronous work for the victimization questionnaire (texts, universes,
 * expressions), which every export, dictionary download and OData page would otherwise repeat —
 * three exports starting together held the event loop for most of a second. Keyed by the
 * definitions' text, not their version numbers, so a database re-created under the same ids (the
 * tests) never gets another's dictionary; a published definition never changes (retiring only
 * marks it), so an entry is never stale. Small: the few questionnaires of a survey.
 */
const dictionaries = new Map<string, ExportDictionary>();
const DICTIONARIES_KEPT = 8;

function dictionaryOf(questionnaireId: string, definitions: { version: number; definition: Record<string, unknown> }[]): ExportDictionary {
  const key = `${questionnaireId}\u0000${JSON.stringify(definitions)}`;
  const known = dictionaries.get(key);
  if (known) return known;
  const built = exportDictionary(questionnaireId, definitions);
  if (dictionaries.size >= DICTIONARIES_KEPT) dictionaries.delete(dictionaries.keys().next().value as string);
  dictionaries.set(key, built);
  return built;
}

/** The variable dictionary of the export of a questionnaire (all its published versions), without reading interviews. */
export async function microdataDictionary(db: Queryable, questionnaireId: string): Promise<ExportDictionary> {
  return dictionaryOf(questionnaireId, await publishedDefinitions(db, questionnaireId));
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

/**
 * Runs a page query with sorting disabled, so that PostgreSQL walks the export-order index
 * (migration 008) instead of reading and sorting every remaining interview for each page. The
 * planner picks the sort when its statistics are missing or stale — always on the embedded
 * database, which has no autovacuum to ANALYZE — and a 100,000-interview export then costs a
 * sort of the remaining rows per page (measured: 475 ms a page at 10,000 rows left, against 2 ms).
 * SET LOCAL lasts for the transaction of one page only.
 */
async function inIndexOrder<T>(db: Database, query: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL enable_sort = off');
    return query(tx);
  });
}

/**
 * Interviews read per query of a streamed export. The embedded database runs its queries
 * synchronously on the event loop (WASM), so a page query blocks every other request for as long
 * as it runs: measured on 10,000 victimization interviews (load 4), a page of 200 held the loop
 * 100–650 ms, a page of 50 at most 73 ms — and cost less per row (0.56 against 0.80 ms).
 */
export const EXPORT_PAGE_SIZE = 50;

/**
 * Back to the event loop before the next page is read: the requests that arrived while the
 * previous page was encoded are served (their queries run) before this export's next query.
 * setImmediate, not a resolved promise: a microtask would run before any I/O callback.
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The export of a questionnaire read from the database page by page (keyset pagination on the
 * order of arrival, `received_at, instance_id`, served by an index): no cursor that would hold the
 * embedded database's one connection, so other requests run between pages. The interviews are
 * those received when the source was opened (`received_at` up to its then latest value; later
 * ones wait for the next export), so every pass sees the same rows. An interview revised between
 * two passes is written with its newer answers, cut to the widths of the first pass.
 * `approvedOnly`: only the interviews a manager approved (cases closed without an interview stay:
 * they carry no answers to review and the weighting's nonresponse step needs them).
 */
export async function microdataSource(
  db: Database, questionnaireId: string, pageSize = EXPORT_PAGE_SIZE, options: { approvedOnly?: boolean } = {},
): Promise<MicrodataSource> {
  // A constant fragment (no value from the request), the same in the count and in every page.
  const approved = options.approvedOnly === true ? " AND s.review_state = 'approved'" : '';
  const definitions = await publishedDefinitions(db, questionnaireId);
  await refuseIfEncrypted(db, questionnaireId, 'the microdata export');
  const dictionary = dictionaryOf(questionnaireId, definitions);
  const [bound] = await db.query<{ n: number; last: string | null }>(
    `SELECT count(*)::int AS n, max(s.received_at)::text AS last FROM submissions s WHERE s.questionnaire_id = $1${approved}`,
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
          if (after !== null) await nextTurn();
          // Two statements rather than one with `IS NULL OR …`: the row comparison alone, in the
          // index's column order, lets the planner walk the index from the last row read instead
          // of sorting every interview for each page.
          const limit = Math.min(pageSize, interviews - seen);
          const page = await inIndexOrder(db, (tx) => tx.query<ExportRow & { order_at: string } & Record<string, unknown>>(
            after === null
              ? `${EXPORT_SELECT} WHERE s.questionnaire_id = $1 AND s.received_at <= $2::timestamptz${approved} ORDER BY s.received_at, s.instance_id LIMIT $3`
              : `${EXPORT_SELECT} WHERE s.questionnaire_id = $1 AND s.received_at <= $2::timestamptz${approved} AND (s.questionnaire_id, s.received_at, s.instance_id) > ($1, $4::timestamptz, $5::text)
                 ORDER BY s.received_at, s.instance_id LIMIT $3`,
            after === null ? [questionnaireId, last, limit] : [questionnaireId, last, limit, after.at, after.id],
          ));
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

/**
 * One window of the export's rows (`skip` rows in, at most `top`), in the export's order:
 * interviews by arrival, then the cases closed without one. What a paged reader (the OData feed)
 * asks for; `total` is the number of rows of the whole export.
 */
export async function microdataWindow(db: Database, questionnaireId: string, skip: number, top: number): Promise<{ table: MicrodataTable; total: number }> {
  await refuseIfEncrypted(db, questionnaireId, 'the OData feed');
  const definitions = await publishedDefinitions(db, questionnaireId);
  const dictionary = dictionaryOf(questionnaireId, definitions);
  const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions WHERE questionnaire_id = $1', [questionnaireId]);
  const interviews = count?.n ?? 0;
  const found = skip < interviews && top > 0
    ? await inIndexOrder(db, (tx) => tx.query<ExportRow & Record<string, unknown>>(`${EXPORT_SELECT} WHERE s.questionnaire_id = $1 ORDER BY s.received_at, s.instance_id OFFSET $2 LIMIT $3`, [questionnaireId, skip, top]))
    : [];
  const closed = await closedCaseRows(db, questionnaireId, definitions[0].version);
  const fromClosed = closed.slice(Math.max(0, skip - interviews), Math.max(0, skip - interviews) + (top - found.length));
  const rows = [...found, ...fromClosed].map((row) => exportCells(dictionary.variables, row));
  return {
    table: { questionnaireId, definitions, dictionary, variables: dictionary.variables, header: exportHeader(dictionary.variables), rows },
    total: interviews + closed.length,
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
  const dictionary = dictionaryOf(questionnaireId, definitions);
  const variables = dictionary.variables;
  return { questionnaireId, definitions, dictionary, variables, header: exportHeader(variables), rows: found.map((row) => exportCells(variables, row)) };
}
