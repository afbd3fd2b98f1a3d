// The microdata file formats, one table for the HTTP route and the `export` command.
import { renderCsv } from './csv-export';
import { renderDta } from './dta-export';
import type { MicrodataTable } from './microdata';
import { renderSav } from './sav-export';
import { renderXlsx } from './xlsx-export';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'sav', 'dta'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  sav: 'application/x-spss-sav',
  dta: 'application/x-stata-dta',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The file of one format; labels in `locale` for SPSS and Stata (XLSX carries every locale). */
export async function renderMicrodata(table: MicrodataTable, format: ExportFormat, locale: string): Promise<string | Buffer> {
  switch (format) {
    case 'csv': return renderCsv(table);
    case 'xlsx': return renderXlsx(table);
    case 'sav': return renderSav(table, { locale });
    case 'dta': return renderDta(table, { locale });
  }
}
