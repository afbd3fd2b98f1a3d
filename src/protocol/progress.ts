// GET /progress/:questionnaireId (issue 14, item 3): field work over time, by day or ISO week,
// overall and by region or interviewer, with the AAPOR rates of the cases closed so far and the
// e they use. The measures are defined in analysis/response-rates/progress.ts and docs/fieldwork.md.
import { z } from 'zod';

const IANA_ZONE = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$|^UTC$/;

export const ProgressQuerySchema = z.object({
  period: z.enum(['day', 'week']).default('day'),
  by: z.enum(['all', 'region', 'interviewer']).default('all'),
  /** A fixed e (0–1) for RR3, RR4, REF2, CON2; absent: the known-eligibility estimate of each row. */
  e: z.coerce.number().min(0).max(1).optional(),
  /** IANA time zone in which days and weeks begin. */
  tz: z.string().max(64).regex(IANA_ZONE, 'an IANA time zone such as Europe/Skopje').default('UTC'),
}).strict();
export type ProgressQuery = z.infer<typeof ProgressQuerySchema>;

const counts = z.object({ assigned: z.number().int(), attempted: z.number().int(), completed: z.number().int(), closed: z.number().int() });
const categories = z.object({
  I: z.number().int(), P: z.number().int(), R: z.number().int(), NC: z.number().int(), O: z.number().int(), UH: z.number().int(), UO: z.number().int(), NE: z.number().int(),
});

export const ProgressRowSchema = z.object({
  period: z.string(),
  counts,
  closedBy: categories,
  cumulative: counts,
  cumulativeClosedBy: categories,
  e: z.number(),
  rates: z.record(z.string(), z.number().nullable()),
});

export const ProgressReportSchema = z.object({
  questionnaireId: z.string(),
  period: z.enum(['day', 'week']),
  by: z.enum(['all', 'region', 'interviewer']),
  timeZone: z.string(),
  /** How e was chosen: `known-eligibility` (eligible share among closed cases of known eligibility) or `fixed`. */
  eRule: z.enum(['known-eligibility', 'fixed']),
  /** The first series is all cases (group ''), then one per region or interviewer. */
  series: z.array(z.object({ group: z.string(), rows: z.array(ProgressRowSchema) })),
});
export type ProgressReport = z.infer<typeof ProgressReportSchema>;
