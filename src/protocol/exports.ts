// The microdata export formats of the HTTP contract (GET /api/v1/exports/:questionnaireId.:format,
// DESIGN.md §4), defined once for the server's route, the `export` command and the app.

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
