// The microdata as an XLSX workbook: sheet `data` first (what `jha-survey analyze` reads:
// numbers as numbers, missing as empty cells), then `variables` (question text per locale)
// and `value_labels` (each choice value's label per locale), so labels travel with the data.
// Both come from the export's variable dictionary.
//
// Written with exceljs's streaming WorkbookWriter (rows committed as they are added, inline
// strings, no styles): the workbook is zipped on its way to the client, a page of rows at a time,
// instead of being built whole in memory (1.1 GB for 34,000 interviews before, issue 14).
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { typedCell, valueLabels, variableLabel } from './labels';
import { META_COLUMNS, tableSource, type MicrodataSource, type MicrodataTable } from './microdata';

/** The data cells of a row: metadata as text (except the version), answers typed. */
function dataCells(header: readonly string[], row: readonly string[]): (string | number | null)[] {
  const metaCount = META_COLUMNS.length;
  return row.map((cell, j) => (j < metaCount && header[j] !== 'questionnaire_version' ? cell || null : typedCell(cell)));
}

/** The workbook as a stream, written while it is read (backpressure: a slow client pauses the writer). */
export function xlsxStream(source: MicrodataSource): Readable {
  const out = new PassThrough();
  void writeWorkbook(source, out).catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

/**
 * exceljs, loaded once. Loading it compiles a large module synchronously (≈0.3 s, ≈1 s under tsx),
 * which would freeze every request of a running server at its first XLSX export: the server
 * loads it before it listens (createServer); the CLI and the codebook load it when asked.
 */
const importExcel = () => import('exceljs');
let excel: ReturnType<typeof importExcel> | undefined;
export function loadXlsxWriter(): ReturnType<typeof importExcel> {
  excel ??= importExcel();
  return excel;
}

async function writeWorkbook(source: MicrodataSource, out: PassThrough): Promise<void> {
  const { default: ExcelJS } = await loadXlsxWriter();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  workbook.creator = 'jha-survey';
  const locales = source.dictionary.locales;

  const data = workbook.addWorksheet('data');
  data.addRow(source.header).commit();
  // A page at a time: the source returns to the event loop between pages (microdata.ts), so
  // other requests are served between two pages of rows.
  for await (const page of source.pages()) {
    for (const row of page) data.addRow(dataCells(source.header, row)).commit();
    if (out.destroyed) return; // the client went away: stop reading the database
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  data.commit();

  const variables = workbook.addWorksheet('variables');
  variables.addRow(['variable', 'question', 'type', ...locales.map((l) => `label_${l}`)]).commit();
  for (const spec of source.variables) {
    const type = spec.source.type === 'calculatedValue' ? 'calculated' : spec.source.type;
    variables.addRow([spec.name, spec.source.question, type, ...locales.map((l) => variableLabel(spec, l))]).commit();
  }
  variables.commit();

  // Checkbox flags are 1 (chosen) / 0; their meaning is the variable label above.
  const labels = workbook.addWorksheet('value_labels');
  labels.addRow(['variable', 'value', ...locales.map((l) => `label_${l}`)]).commit();
  for (const spec of source.variables) {
    const perLocale = locales.map((l) => valueLabels(spec, l));
    (perLocale[0] ?? []).forEach((item, i) => labels.addRow([spec.name, item.value, ...perLocale.map((list) => list[i]?.label ?? String(item.value))]).commit());
  }
  labels.commit();
  await workbook.commit();
}

/** The workbook of a table in memory, as one buffer (the `export` command writes it to a file). */
export async function renderXlsx(table: MicrodataTable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of xlsxStream(tableSource(table))) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
