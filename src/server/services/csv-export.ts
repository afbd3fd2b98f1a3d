// The microdata as CSV, the file `jha-survey analyze` reads: RFC 4180 (CRLF, fields with
// quote, comma, CR or LF quoted, quotes doubled), UTF-8 without a BOM.
import type { MicrodataSource, MicrodataTable } from './microdata';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/**
 * CSV injection (OWASP, "CSV Injection"): a spreadsheet opening the file runs a cell that begins
 * with =, +, -, @, a tab or a carriage return as a formula, so a respondent's free-text answer
 * "=HYPERLINK(…)" would act on the analyst's machine. Such a cell is written with a leading
 * apostrophe, which spreadsheets show as text. A number (-1, -0.5, +3, 1e-3) is left as it is:
 * it is not a formula and the analysis reads it as a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

const csvRow = (fields: readonly string[]): string => csvLine(fields.map(neutralizeFormula));

/** The CSV a page at a time: the header, then one chunk per page of rows. */
export async function* csvChunks(source: MicrodataSource): AsyncGenerator<string> {
  yield csvRow(source.header);
  for await (const page of source.pages()) {
    let chunk = '';
    for (const row of page) chunk += csvRow(row);
    yield chunk;
  }
}

/** The whole CSV as one string, for tables already in memory (the weighting chain, the simulated field). */
export function renderCsv(table: Pick<MicrodataTable, 'header' | 'rows'>): string {
  let out = csvRow(table.header);
  for (const row of table.rows) out += csvRow(row);
  return out;
}
