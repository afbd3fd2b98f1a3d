import { z } from 'zod';
import { LocaleSchema, type Locale } from './schemas';
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

/**
 * The choices of an export besides its format (GET /exports/ID.FORMAT?lang=&approved=): the
 * language of the value and variable labels, and whether only approved interviews are written
 * (cases closed without an interview stay: they carry no answers to review and the weighting's
 * nonresponse step needs them).
 */
export const ExportQuerySchema = z.object({
  lang: LocaleSchema.default('en'),
  approved: z.enum(['true', 'false']).default('false'),
}).strict();

export interface ExportChoice {
  format: ExportFormat;
  lang?: Locale;
  approvedOnly?: boolean;
}

/** The API path of an export (under /api/v1), for the app and the CLI's remote export. */
export function exportPath(questionnaireId: string, choice: ExportChoice): string {
  const query = new URLSearchParams();
  if (choice.lang && choice.lang !== 'en') query.set('lang', choice.lang);
  if (choice.approvedOnly) query.set('approved', 'true');
  const q = query.toString();
  return `/exports/${encodeURIComponent(`${questionnaireId}.${choice.format}`)}${q ? `?${q}` : ''}`;
}
