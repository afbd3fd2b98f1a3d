// The microdata file formats, one table for the HTTP route and the `export` command.
import { Readable } from 'node:stream';
import { csvChunks, renderCsv } from './csv-export';
import { dtaChunks, renderDta } from './dta-export';
import type { MicrodataSource, MicrodataTable } from './microdata';
import type { ExportFormat } from '../../protocol/exports';
import { renderSav, savChunks } from './sav-export';
import { renderXlsx, xlsxStream } from './xlsx-export';

// The list, content types and the test of a format name are the protocol's (src/protocol/exports.ts).
export { EXPORT_FORMATS, EXPORT_CONTENT_TYPES, isExportFormat, type ExportFormat } from '../../protocol/exports';

/** The file of one format; labels in `locale` for SPSS and Stata (XLSX carries every locale). */
export async function renderMicrodata(table: MicrodataTable, format: ExportFormat, locale: string): Promise<string | Buffer> {
  switch (format) {
    case 'csv': return renderCsv(table);
    case 'xlsx': return renderXlsx(table);
    case 'sav': return renderSav(table, { locale });
    case 'dta': return renderDta(table, { locale });
  }
}

/**
 * The file of one format as a stream read from `source` page by page: what the HTTP route sends,
 * in memory that does not grow with the number of interviews. Same bytes as `renderMicrodata`.
 */
export function streamMicrodata(source: MicrodataSource, format: ExportFormat, locale: string): Readable {
  switch (format) {
    case 'csv': return Readable.from(csvChunks(source), { objectMode: false });
    case 'xlsx': return xlsxStream(source);
    case 'sav': return Readable.from(savChunks(source, { locale }), { objectMode: false });
    case 'dta': return Readable.from(dtaChunks(source, { locale }), { objectMode: false });
  }
}
