// The manager's console (issue 14 item 1): questionnaire versions and their lint, the filtered
// submission list, bulk review and the revision-to-revision diff. Request and response shapes
// for both ends; the routes are in src/server/routes, the screens in src/app/console.
import { z } from 'zod';
import { QuestionnaireIdSchema, ReviewStateSchema, SubmissionFlagSchema, SubmissionSummarySchema } from './schemas';

/** One published version, retired or not, as the console lists it. */
export const QuestionnaireVersionSchema = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  title: z.record(z.string(), z.string()),
  publishedBy: z.string().nullable(),
  publishedAt: z.string(),
  retiredBy: z.string().nullable(),
  retiredAt: z.string().nullable(),
  /** Interviews uploaded with this version (they stay when it is retired). */
  submissions: z.number().int(),
});
export type QuestionnaireVersion = z.infer<typeof QuestionnaireVersionSchema>;

/** POST /questionnaires/lint: what publishing would check, without publishing. */
export const LintRequestSchema = z.object({
  id: QuestionnaireIdSchema,
  definition: z.record(z.string(), z.unknown()),
});

export const LintFindingSchema = z.object({
  rule: z.string(),
  /** The question, page or element the finding is about; absent for the questionnaire as a whole. */
  question: z.string().optional(),
  message: z.string(),
  fix: z.string(),
});
export type LintFindingWire = z.infer<typeof LintFindingSchema>;

export const LintReportSchema = z.object({
  id: z.string(),
  /** The version the definition is compared with (names and values may not be dropped or reused), or null. */
  previousVersion: z.number().int().nullable(),
  /** The version publishing would make now (the latest when the content is unchanged). */
  nextVersion: z.number().int(),
  findings: z.array(LintFindingSchema),
});
export type LintReport = z.infer<typeof LintReportSchema>;

/** GET /submissions query: every filter optional; `limit` pages (the total is in X-Total-Count). */
export const SubmissionQuerySchema = z.object({
  questionnaire: QuestionnaireIdSchema.optional(),
  interviewer: z.string().min(1).max(100).optional(),
  state: ReviewStateSchema.optional(),
  /** The statistical region answered (the `region` variable, surveys/VARIABLES.md). */
  region: z.string().min(1).max(40).optional(),
  /** Received on or after `from`, before `to` (dates or ISO times). */
  from: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  to: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  /** Part of an instance id or case id. */
  q: z.string().min(1).max(100).optional(),
  /** One flag (the server's, src/protocol/cases.ts), or `any` for every flagged interview. */
  flag: z.union([SubmissionFlagSchema, z.literal('any')]).optional(),
  sort: z.enum(['oldest', 'newest']).default('oldest'),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
}).strict();
export type SubmissionQuery = z.input<typeof SubmissionQuerySchema>;
/** The header carrying the number of rows matching the filters, whatever the page. */
export const TOTAL_COUNT_HEADER = 'x-total-count';

/** POST /submissions/review: approve (or reject) many, each at the revision the manager saw. */
export const BulkReviewRequestSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  comment: z.string().max(5000).default(''),
  items: z.array(z.object({ instanceId: z.string().min(1).max(100), revision: z.number().int().positive() }).strict()).min(1).max(500),
}).strict();
export type BulkReviewRequest = z.input<typeof BulkReviewRequestSchema>;

/** Each item's outcome: reviewed, or the problem code that refused it (`review-stale`, `not-found`). */
export const BulkReviewResultSchema = z.object({
  reviewed: z.number().int(),
  refused: z.number().int(),
  results: z.array(z.object({
    instanceId: z.string(),
    status: z.number().int(),
    code: z.string().nullable(),
    detail: z.string().nullable(),
    submission: SubmissionSummarySchema.nullable(),
  })),
});
export type BulkReviewResult = z.infer<typeof BulkReviewResultSchema>;

/** GET /submissions/:instanceId/diff?from=&to=: the answers that changed between two revisions. */
export const RevisionDiffSchema = z.object({
  instanceId: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(z.object({
    /** A variable, or `paradata.…`, `disposition`, `caseId`. */
    name: z.string(),
    kind: z.enum(['added', 'removed', 'changed']),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })),
  /** True when the revisions are encrypted envelopes: the server cannot see what changed. */
  encrypted: z.boolean(),
});
export type RevisionDiff = z.infer<typeof RevisionDiffSchema>;

