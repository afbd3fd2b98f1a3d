import { AnalysisError } from '../errors';
import type { CategoryColumn, Column, ColumnKind, DataTable, NumericColumn } from './table';
import { parseNumberText } from './table';

/**
 * Reads the first worksheet of an XLSX workbook into typed columns (header in row 1).
 * exceljs is loaded on demand, so CSV users never pay for it.
 */
export async function readXlsx(
  bytes: Uint8Array,
  columns?: Readonly<Record<string, ColumnKind>> | ((header: readonly string[]) => Readonly<Record<string, ColumnKind>>),
): Promise<DataTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (err) {
    throw new AnalysisError('unreadable-file', `not a readable XLSX workbook (${err instanceof Error ? err.message : String(err)})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new AnalysisError('empty-file', 'the workbook has no data');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => { values[col - 1] = cellText(cell.value); });
    rows.push(values);
  });
  const header = (rows[0] ?? []).map((h) => (h ?? '').trim());
  if (header.length === 0) throw new AnalysisError('empty-file', 'the workbook has no header row');
  const body = rows.slice(1);
  const wanted = typeof columns === 'function' ? columns(header) : columns ?? Object.fromEntries(header.map((h) => [h, 'category' as const]));
  const out = new Map<string, Column>();
  for (const [name, kind] of Object.entries(wanted)) {
    const j = header.indexOf(name);
    if (j < 0) throw new AnalysisError('missing-column', `column "${name}" not found (columns: ${header.join(', ')})`);
    if (kind === 'number') {
      const values = new Float64Array(body.length);
      body.forEach((r, i) => {
        const v = parseNumberText(r[j] ?? '');
        if (v === undefined) throw new AnalysisError('not-numeric', `column "${name}" row ${i + 1}: "${r[j]}" is not a number`);
        values[i] = v;
      });
      const c: NumericColumn = { kind, name, values };
      out.set(name, c);
    } else {
      const levels: string[] = [];
      const index = new Map<string, number>();
      const codes = new Int32Array(body.length);
      body.forEach((r, i) => {
        const t = (r[j] ?? '').trim();
        if (t === '' || t === 'NA') { codes[i] = -1; return; }
        let c = index.get(t);
        if (c === undefined) { c = levels.length; levels.push(t); index.set(t, c); }
        codes[i] = c;
      });
      const c: CategoryColumn = { kind, name, codes, levels };
      out.set(name, c);
    }
  }
  return { rowCount: body.length, names: header, columns: out };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if (v.result !== undefined) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  }
  return String(value);
}
