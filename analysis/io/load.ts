import { readFile } from 'node:fs/promises';
import { AnalysisError } from '../errors';
import { readCsv, type CsvReadOptions } from './csv';
import { readXlsx } from './xlsx';
import type { ColumnKind, DataTable } from './table';

type ColumnChoice = Readonly<Record<string, ColumnKind>> | ((header: readonly string[]) => Readonly<Record<string, ColumnKind>>);

/** How a CSV file is written (separator, decimal mark, encoding); ignored for XLSX. */
export type CsvDialect = Omit<CsvReadOptions, 'columns'>;

/**
 * Reads a microdata file from disk: XLSX (by extension or its ZIP signature) through
 * exceljs, anything else as CSV in the given `dialect` (detected where not given).
 * Unreadable and empty files are `AnalysisError`s.
 */
export async function loadTable(path: string, columns?: ColumnChoice, dialect: CsvDialect = {}): Promise<DataTable> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new AnalysisError('unreadable-file', `cannot read ${path}: ${why}`);
  }
  if (bytes.length === 0) throw new AnalysisError('empty-file', `${path} is empty`);
  const isXlsx = /\.xlsx$/i.test(path) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
  if (isXlsx) return readXlsx(bytes, columns);
  if (bytes.indexOf(0) >= 0 && bytes.indexOf(0) < 4096) throw new AnalysisError('unreadable-file', `${path} is not a CSV text file (UTF-16 "Unicode text" or binary: save it as CSV UTF-8)`);
  return readCsv(bytes, { ...dialect, ...(columns ? { columns } : {}) });
}
