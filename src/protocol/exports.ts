// The microdata export formats of the HTTP contract (GET /api/v1/exports/:questionnaireId.:format,
// DESIGN.md §4), defined once for the server's route, the `export` command and the app.
import { z } from 'zod';
import { EnvelopeSchema, QuestionnaireIdSchema, VersionSchema } from './schemas';

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
