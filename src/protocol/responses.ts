// The response bodies of the HTTP contract (DESIGN.md §4, docs/server.md), one zod schema per
// route, for both ends: the server types each handler's reply with `ResponseBody<route>` (Fastify's
// `Reply` generic, so a drift is a compile error), and the device's ApiClient and the app's
// fetch code parse what arrives with the same schema (`responseSchemas[route]`).
import { z } from 'zod';
import { CaseSummarySchema, ContactAttemptReceiptSchema, WeightingResponseSchema } from './cases';
import {
  AssignmentSchema, LoginResponseSchema, RECOVERY_CODE_COUNT, RECOVERY_CODE_PATTERN, MonitoringReportSchema, QuestionnaireIdSchema, QuestionnaireSummarySchema, SubmissionDetailSchema,
  SubmissionReceiptSchema, SubmissionRequestSchema, SubmissionSummarySchema,
} from './schemas';
import { QualityReportSchema } from './quality';
import { AccountViewSchema } from './accounts';
import { BulkReviewResultSchema, LintReportSchema, QuestionnaireVersionSchema, RevisionDiffSchema } from './console';
import { ProgressReportSchema } from './progress';

/** POST /questionnaires: the version a publication made (or found identical). */
export const PublishResultSchema = z.object({
  id: QuestionnaireIdSchema,
  version: z.number().int().positive(),
  /** False when the definition equals the latest version (nothing new was stored). */
  published: z.boolean(),
  /** By locale, as in the questionnaire list. */
  title: z.record(z.string(), z.string()),
  locales: z.array(z.string()),
});
export type PublishResult = z.infer<typeof PublishResultSchema>;

/**
 * An assignment as a server sends it: `prefill` absent when there is none (servers before the
 * protocol's response table sent null; a device in the field still meets them).
 */
export const AssignmentReplySchema = AssignmentSchema.extend({ prefill: z.record(z.string(), z.unknown()).nullish() });

/** GET /sessions: the caller's live sessions (an admin's: anyone's), never their tokens. */
export const SessionInfoSchema = z.object({
  id: z.string(),
  username: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  address: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** The session making this request. */
  current: z.boolean(),
});

/** POST /session/totp: a new authenticator secret to confirm with a first code. */
export const TotpEnrolmentSchema = z.object({ secret: z.string(), uri: z.string() });

/**
 * POST /session/totp/confirm: two-factor log-in is on; the account's recovery codes, shown this
 * once (the server keeps only their digests), each of which logs in once in place of a code.
 */
export const TotpConfirmationSchema = z.object({ recoveryCodes: z.array(z.string().regex(RECOVERY_CODE_PATTERN)).length(RECOVERY_CODE_COUNT) });

/** GET /session/totp: whether one's own two-factor log-in is on, and how many recovery codes are left. */
export const TwoFactorStatusSchema = z.object({ enabled: z.boolean(), recoveryCodesLeft: z.number().int().min(0).max(RECOVERY_CODE_COUNT) });

/** GET /audit: entries newest first, the actions one may filter by, and the next page's cursor. */
export const AuditPageSchema = z.object({
  entries: z.array(z.object({
    id: z.string(),
    at: z.string(),
    actor: z.string().nullable(),
    action: z.string(),
    target: z.string().nullable(),
    address: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })),
  actions: z.array(z.string()).readonly(),
  next: z.string().nullable(),
});

/** A published SurveyJS definition, as stored. */
export const QuestionnaireDefinitionSchema = z.record(z.string(), z.unknown());

export const responseSchemas = {
  'POST /session': LoginResponseSchema,
  'GET /sessions': z.array(SessionInfoSchema),
  'POST /session/totp': TotpEnrolmentSchema,
  'POST /session/totp/confirm': TotpConfirmationSchema,
  'GET /session/totp': TwoFactorStatusSchema,
  // A new set, of the same form as the confirmation's.
  'POST /session/totp/recovery-codes': TotpConfirmationSchema,
  'GET /audit': AuditPageSchema,
  'GET /questionnaires': z.array(QuestionnaireSummarySchema),
  'GET /questionnaires/:id/:version': QuestionnaireDefinitionSchema,
  'POST /questionnaires': PublishResultSchema,
  'GET /assignments': z.array(AssignmentReplySchema),
  'POST /assignments': AssignmentReplySchema,
  'PUT /submissions/:instanceId': SubmissionReceiptSchema,
  /** Interviewers receive their own rows; their devices read the status fields only. */
  'GET /submissions': z.array(SubmissionSummarySchema),
  'GET /submissions/:instanceId': SubmissionDetailSchema,
  'GET /submissions/:instanceId/content': SubmissionRequestSchema,
  'POST /submissions/:instanceId/review': SubmissionSummarySchema,
  'GET /monitoring/:questionnaireId': MonitoringReportSchema,
  'GET /quality/:questionnaireId': QualityReportSchema,
  'GET /progress/:questionnaireId': ProgressReportSchema,
  'PATCH /assignments/:id': AssignmentReplySchema,
  'GET /cases': z.array(CaseSummarySchema),
  'GET /cases/:assignmentId': CaseSummarySchema,
  'PUT /cases/:assignmentId/attempts/:attemptId': ContactAttemptReceiptSchema,
  'POST /weighting/:questionnaireId': WeightingResponseSchema,
  'GET /users': z.array(AccountViewSchema),
  'POST /users': AccountViewSchema,
  'PATCH /users/:username': AccountViewSchema,
  'GET /questionnaires/versions': z.array(QuestionnaireVersionSchema),
  'POST /questionnaires/lint': LintReportSchema,
  'POST /questionnaires/:id/:version/retire': QuestionnaireVersionSchema,
  'POST /submissions/review': BulkReviewResultSchema,
  'GET /submissions/:instanceId/diff': RevisionDiffSchema,
} as const;

export type Route = keyof typeof responseSchemas;
/** What the server sends on a route (before parsing: the schema's input). */
export type ResponseBody<R extends Route> = z.input<(typeof responseSchemas)[R]>;
/** What a client holds after parsing a route's response. */
export type ParsedResponse<R extends Route> = z.output<(typeof responseSchemas)[R]>;
