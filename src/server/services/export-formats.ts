// The microdata file formats, one table for the HTTP route and the `export` command.
import { renderCsv } from './csv-export';
import { renderDta } from './dta-export';
import type { MicrodataTable } from './microdata';
import type { ExportFormat } from '../../protocol/exports';
import { renderSav } from './sav-export';
import { renderXlsx } from './xlsx-export';

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
