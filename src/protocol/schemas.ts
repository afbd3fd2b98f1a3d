// Wire types of the HTTP contract (DESIGN.md §4), shared by the app and the server.
import { z } from 'zod';
import { LOCALES } from '../../analysis/locales';
import { OTP_PATTERN } from './recovery-code';

export const roles = ['admin', 'manager', 'interviewer', 'analyst'] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

export { OTP_PATTERN, RECOVERY_CODE_ALPHABET, RECOVERY_CODE_COUNT, RECOVERY_CODE_INPUT, RECOVERY_CODE_PATTERN } from './recovery-code';

export const LoginRequestSchema = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
  /**
   * For an account with two-factor log-in: the current code of the authenticator app, or one of
   * its recovery codes (each works once). One field for both, told apart by their form, so every
   * client that can send a code can send a recovery code.
   */
  otp: z.string().regex(OTP_PATTERN).optional(),
  /**
   * The token this device was given at its last log-in of this account: its attempts are then
   * slowed only by its own failures, not by a guesser's at the account or the address.
   */
  deviceToken: z.string().min(1).max(200).optional(),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const SessionSchema = z.object({
  token: z.string(),
  role: RoleSchema,
  username: z.string(),
  expiresAt: z.string(),
});
export type Session = z.infer<typeof SessionSchema>;

/** The answer to a log-in: the session, and the device's token for the next log-ins of this account (kept by the device). */
export const LoginResponseSchema = SessionSchema.extend({ deviceToken: z.string() });
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

/** Locale codes of the product (defined once in analysis/locales.ts): English is SurveyJS's `default`. */
export const locales = LOCALES;
export const LocaleSchema = z.enum(locales);
export type Locale = z.infer<typeof LocaleSchema>;

/** A questionnaire version: a PostgreSQL integer (2147483648 would be a 500 from the database). */
export const MAX_VERSION = 2_147_483_647;
export const VersionSchema = z.number().int().positive().max(MAX_VERSION);

export const QuestionnaireSummarySchema = z.object({
  id: z.string(),
  version: VersionSchema,
  title: z.record(z.string(), z.string()),
  locales: z.array(z.string()),
  publishedAt: z.string().optional(),
  /**
   * The RSA public key (PEM, SPKI) of an encrypted version: the device seals each finalized
   * interview with it (src/crypto) and the server stores only the envelope. Absent: not encrypted.
   */
  publicKey: z.string().optional(),
});
export type QuestionnaireSummary = z.infer<typeof QuestionnaireSummarySchema>;

/** Questionnaire ids and variable names share the export's naming rule. */
export const identifierPattern = /^[a-z][a-z0-9_]{0,62}$/;
export const QuestionnaireIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,62}$/);

export const PublishRequestSchema = z.object({
  id: QuestionnaireIdSchema,
  /** The SurveyJS JSON. */
  definition: z.record(z.string(), z.unknown()),
  /**
   * Encrypts the version's interviews: an RSA public key (≥ 2048 bits) as PEM, "BEGIN PUBLIC
   * KEY" (SPKI). Only the public half: the private key never reaches the server.
   */
  publicKey: z.string().max(16_384).optional(),
});
export type PublishRequest = z.infer<typeof PublishRequestSchema>;

export const AssignmentRequestSchema = z.object({
  interviewer: z.string().min(1),
  questionnaireId: QuestionnaireIdSchema,
  caseId: z.string().min(1).max(100),
  prefill: z.record(z.string(), z.unknown()).optional(),
  /** Address or description of the dwelling, shown on the interviewer's case card. */
  address: z.string().max(300).optional(),
  /** Interviews the case may yield (default 1): the tablet starts no more, the server flags extra ones. */
  quantity: z.number().int().min(1).max(1000).optional(),
});
export type AssignmentRequest = z.infer<typeof AssignmentRequestSchema>;

export const AssignmentSchema = AssignmentRequestSchema.extend({
  id: z.string(),
  quantity: z.number().int().positive().default(1),
  createdAt: z.string(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

/**
 * AAPOR final disposition codes (Standard Definitions): 1.1 complete, 1.2 partial,
 * 2.1x refusal/break-off, 2.2x non-contact, 2.3x other, 3.xx unknown eligibility, 4.xx not eligible.
 */
export const DispositionSchema = z.string().regex(/^[1-4](\.\d{1,3}){1,2}$/);

export const ParadataSchema = z.object({
  startedAt: z.string(),
  endedAt: z.string().optional(),
  deviceId: z.string().optional(),
  appVersion: z.string().optional(),
  questionnaireVersion: VersionSchema.optional(),
  locale: z.string().optional(),
  languageSwitches: z.array(z.object({ at: z.string(), from: z.string(), to: z.string() })).optional(),
  /** Milliseconds spent on each question, by question name. */
  questionTimes: z.record(z.string(), z.number().nonnegative()).optional(),
}).passthrough();
export type Paradata = z.infer<typeof ParadataSchema>;

/**
 * The AES-256-GCM envelope of an encrypted interview (src/crypto). It seals the canonical JSON
 * of {@link SealedInterview}, with the instance id as associated data (an envelope cannot be
 * moved to another interview).
 */
export const EnvelopeSchema = z.object({
  alg: z.literal('RSA-OAEP-256+A256GCM'),
  wrappedKey: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(2048),
  iv: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(64),
  ciphertext: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
}).strict();
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** What an envelope holds: the answers and the whole paradata (question times, language switches). */
export const SealedInterviewSchema = z.object({
  data: z.record(z.string(), z.unknown()),
  paradata: ParadataSchema,
});
export type SealedInterview = z.infer<typeof SealedInterviewSchema>;

/**
 * The paradata an encrypted interview sends in clear, for monitoring: when, from which device and
 * app. Everything else (answers, question times, language switches) travels in the envelope.
 */
export const CLEAR_PARADATA_KEYS = ['startedAt', 'endedAt', 'deviceId', 'appVersion', 'questionnaireVersion'] as const;

export const SubmissionRequestSchema = z.object({
  questionnaireId: QuestionnaireIdSchema,
  version: VersionSchema,
  caseId: z.string().max(100).optional(),
  data: z.record(z.string(), z.unknown()),
  paradata: ParadataSchema,
  disposition: DispositionSchema,
  /** An encrypted version's interview: `data` is then `{}` and the answers are in the envelope. */
  envelope: EnvelopeSchema.optional(),
});
export type SubmissionRequest = z.infer<typeof SubmissionRequestSchema>;

export const reviewStates = ['received', 'approved', 'rejected'] as const;
export const ReviewStateSchema = z.enum(reviewStates);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const SubmissionReceiptSchema = z.object({
  instanceId: z.string(),
  sha256: z.string(),
  receivedAt: z.string(),
  reviewState: ReviewStateSchema,
});
export type SubmissionReceipt = z.infer<typeof SubmissionReceiptSchema>;

/** What an interviewer's device learns of its uploaded interviews (GET /submissions). */
export const SubmissionStatusSchema = z.object({
  instanceId: z.string(),
  sha256: z.string(),
  revision: z.number().int().positive(),
  reviewState: ReviewStateSchema,
  reviewComment: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;

/**
 * Why the server flagged an interview it stored; an interview may carry several (docs/server.md,
 * "Answers checked on upload"). The server stores rather than refuses these: the interviewer cannot
 * change them on the tablet, and a manager decides (approve, or reject with a comment).
 *   case-quantity-exceeded   an assigned case has more interviews than its quantity; this one came later
 *   case-unknown             the interview names a case that no assignment of its questionnaire has
 *   answer-unknown-variable  answers under keys that are none of the version's variables
 *   answer-not-a-choice      a value outside the closed list of a choice, rating or yes/no question
 *   answer-out-of-range      a number outside the min/max (or numeric validator) the questionnaire states
 */
export const submissionFlags = ['case-quantity-exceeded', 'case-unknown', 'answer-unknown-variable', 'answer-not-a-choice', 'answer-out-of-range'] as const;
export const SubmissionFlagSchema = z.enum(submissionFlags);
export type SubmissionFlag = z.infer<typeof SubmissionFlagSchema>;

/** One answer that does not fit the questionnaire: the variable (`group[].key` inside a roster) and the misfit. */
export const AnswerFindingSchema = z.object({ variable: z.string(), code: z.string() });
export type AnswerFinding = z.infer<typeof AnswerFindingSchema>;

/** A manager's row of GET /submissions (the status plus who, what and when). */
export const SubmissionSummarySchema = SubmissionStatusSchema.extend({
  questionnaireId: z.string(),
  version: z.number().int(),
  interviewer: z.string(),
  caseId: z.string().nullable(),
  disposition: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  receivedAt: z.string(),
  updatedAt: z.string(),
  /** Why the server flagged the interview (a set, see `submissionFlags`); empty when nothing was found. */
  flags: z.array(z.string()).default([]),
  /** The answers behind the answer-* flags: variable names and kinds of misfit, never a value. */
  answerProblems: z.array(AnswerFindingSchema).default([]),
});
export type SubmissionSummary = z.infer<typeof SubmissionSummarySchema>;

/** GET /submissions/:instanceId: the summary with every revision and review decision. */
export const SubmissionDetailSchema = SubmissionSummarySchema.extend({
  revisions: z.array(z.object({ revision: z.number().int(), sha256: z.string(), receivedAt: z.string() })),
  reviews: z.array(z.object({ revision: z.number().int(), decision: z.string(), comment: z.string(), reviewer: z.string(), reviewedAt: z.string() })),
});
export type SubmissionDetail = z.infer<typeof SubmissionDetailSchema>;

/** GET /monitoring/:questionnaireId (docs/server.md). */
export const MonitoringReportSchema = z.object({
  questionnaireId: z.string(),
  total: z.number().int(),
  byReviewState: z.record(z.string(), z.number().int()),
  byInterviewer: z.array(z.object({ interviewer: z.string(), total: z.number().int(), received: z.number().int(), approved: z.number().int(), rejected: z.number().int() })),
  byDisposition: z.record(z.string(), z.number().int()),
  assignments: z.object({ total: z.number().int(), submitted: z.number().int() }),
  /** Cases (assignments, and interviews without an assigned case) by status; rates count these, not uploads. */
  cases: z.object({
    total: z.number().int(), todo: z.number().int(), attempted: z.number().int(), inProgress: z.number().int(), closed: z.number().int(),
    attempts: z.number().int(), flaggedInterviews: z.number().int(),
  }).optional(),
  responseRates: z.object({
    counts: z.record(z.string(), z.number()),
    e: z.number(),
    rates: z.record(z.string(), z.number().nullable()),
  }),
  unclassified: z.record(z.string(), z.number().int()),
});
export type MonitoringReport = z.infer<typeof MonitoringReportSchema>;

export const ReviewRequestSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  comment: z.string().max(5000).default(''),
  /**
   * The revision the reviewer saw. When another revision arrived meanwhile the decision is
   * refused (409 review-stale) instead of landing on content nobody read. Scripts that leave it
   * out decide on the current revision.
   */
  revision: z.number().int().positive().optional(),
});

/** Device-made instance ids are UUIDv7 (time-ordered). */
export const InstanceIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
