import { open, type FileHandle } from 'node:fs/promises';
import { AnalysisError } from '../errors';
import { readCsvStream, type CsvReadOptions } from './csv';
import { readXlsx } from './xlsx';
import type { ColumnKind, DataTable } from './table';

type ColumnChoice = Readonly<Record<string, ColumnKind>> | ((header: readonly string[]) => Readonly<Record<string, ColumnKind>>);

/** How a CSV file is written (separator, decimal mark, encoding); ignored for XLSX. */
export type CsvDialect = Omit<CsvReadOptions, 'columns'>;

/**
 * Reads a microdata file from disk: XLSX (by extension or its ZIP signature) through
 * exceljs, anything else as CSV in the given `dialect` (detected where not given), read in
 * chunks (`readCsvStream`) so that the file's bytes are never all in memory at once.
 * Unreadable and empty files are `AnalysisError`s.
 */
export async function loadTable(path: string, columns?: ColumnChoice, dialect: CsvDialect = {}): Promise<DataTable> {
  let file: FileHandle;
  let size: number;
  let head: Uint8Array;
  try {
    file = await open(path, 'r');
  } catch (err) {
    throw unreadable(path, err);
  }
  try {
    try {
      size = (await file.stat()).size;
      // The first bytes say what the file is; read at position 0, which leaves the file's own position at its start.
      const sniff = new Uint8Array(4096);
      head = sniff.subarray(0, (await file.read(sniff, 0, sniff.length, 0)).bytesRead);
    } catch (err) {
      throw unreadable(path, err);
    }
    if (head.length === 0) throw new AnalysisError('empty-file', `${path} is empty`);
    const isXlsx = /\.xlsx$/i.test(path) || (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04);
    if (isXlsx) return readXlsx(await file.readFile(), columns);
    if (head.indexOf(0) >= 0) throw new AnalysisError('unreadable-file', `${path} is not a CSV text file (UTF-16 "Unicode text" or binary: save it as CSV UTF-8)`);
    const source = async (buffer: Uint8Array, offset: number, length: number): Promise<number> => {
      try {
        return (await file.read(buffer, offset, length, null)).bytesRead;
      } catch (err) {
        throw unreadable(path, err);
      }
    };
    return await readCsvStream(source, size, { ...dialect, ...(columns ? { columns } : {}) });
  } finally {
    await file.close();
  }
}

/** Why a file cannot be read, in words. */
function unreadable(path: string, err: unknown): AnalysisError {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
  return new AnalysisError('unreadable-file', `cannot read ${path}: ${why}`);
}
