// The microdata export formats of the HTTP contract (GET /api/v1/exports/:questionnaireId.:format,
// DESIGN.md §4), defined once for the server's route, the `export` command and the app.
import { z } from 'zod';
import { EnvelopeSchema, LocaleSchema, QuestionnaireIdSchema, VersionSchema, type Locale } from './schemas';

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

/**
 * The export of an encrypted questionnaire (GET /exports/ID.envelopes.json, `jha-survey export ID
 * --envelopes`): every published version's definition, and every interview's clear metadata with
 * its envelope (or its plain answers, for a version published without a key). `jha-survey decrypt
 * --key private.pem` turns it into CSV/XLSX/SAV/DTA with the writers of the ordinary export.
 */
export const ENVELOPE_EXPORT_FORMAT = 'jha-survey-envelopes/1';
export const ENVELOPE_EXPORT_SUFFIX = '.envelopes.json';

const EnvelopeExportRowSchema = z.object({
  /** Empty for a case closed without an interview. */
  instanceId: z.string(),
  interviewer: z.string(),
  version: VersionSchema,
  caseId: z.string().nullable(),
  disposition: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  reviewState: z.string(),
  /** Plain answers (a version without a key), or null (encrypted, or no interview). */
  data: z.record(z.string(), z.unknown()).nullable(),
  envelope: EnvelopeSchema.optional(),
}).strict();
export type EnvelopeExportRow = z.infer<typeof EnvelopeExportRowSchema>;

export const EnvelopeExportSchema = z.object({
  format: z.literal(ENVELOPE_EXPORT_FORMAT),
  questionnaireId: QuestionnaireIdSchema,
  exportedAt: z.string(),
  versions: z.array(z.object({ version: VersionSchema, definition: z.record(z.string(), z.unknown()), publicKey: z.string().optional() }).strict()).min(1),
  rows: z.array(EnvelopeExportRowSchema),
}).strict();
export type EnvelopeExport = z.infer<typeof EnvelopeExportSchema>;
