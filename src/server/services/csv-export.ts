// The microdata as CSV, the file `jha-survey analyze` reads: RFC 4180 (CRLF, fields with
// quote, comma, CR or LF quoted, quotes doubled), UTF-8 without a BOM.
import type { MicrodataTable } from './microdata';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}

export function csvLine(fields: string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export function renderCsv(table: MicrodataTable): string {
  let out = csvLine(table.header);
  for (const row of table.rows) out += csvLine(row);
  return out;
}
