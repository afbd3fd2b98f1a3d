// The microdata as CSV, the file `jha-survey analyze` reads: RFC 4180 (CRLF, fields with
// quote, comma, CR or LF quoted, quotes doubled), UTF-8 without a BOM.
import type { MicrodataTable } from './microdata';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}

export function csvLine(fields: string[]): string {
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

export function renderCsv(table: MicrodataTable): string {
  const line = (fields: string[]) => csvLine(fields.map(neutralizeFormula));
  let out = line(table.header);
  for (const row of table.rows) out += line(row);
  return out;
}
