// Cases (DESIGN.md §3, issue 11): an assignment is a case with a status on the tablet and on the
// server. The status and the case's final disposition are derived here, once, from the same facts
// on both sides, so the interviewer's list and the manager's console never disagree.
import { z } from 'zod';
// The leaf module, not the index: the index also brings the rate tables (analysis/tables), which would
// pull the analyst's report chunk into the app's first screen.
import { caseDisposition, dispositionCategory, isRespondingDisposition } from '../../analysis/response-rates/aapor';
import { DispositionSchema, InstanceIdSchema, LocaleSchema, type SubmissionFlag } from './schemas';

/**
 * `todo`: nothing done yet; `attempted`: contact attempts recorded, no interview and no final
 * outcome yet; `in-progress`: an interview started (on the tablet) or fewer interviews uploaded than
 * the assignment's quantity; `closed`: a final disposition — the allowed number of interviews, or a
 * closing contact attempt (refusal, non-contact, not eligible, …).
 */
export const caseStatuses = ['todo', 'attempted', 'in-progress', 'closed'] as const;
export const CaseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** Contact attempts get a device-made UUIDv7, like interviews: the upload is idempotent. */
export const ContactAttemptIdSchema = InstanceIdSchema;

const isoDateTime = z.string().datetime({ offset: true });

/**
 * One visit or call: when, its AAPOR outcome code, a note, and an appointment for a return visit.
 * `final` closes the case without an interview with `outcome` as its final disposition. An
 * interview (1.x) is never recorded as an attempt: it closes the case by being uploaded.
 */
export const ContactAttemptRequestSchema = z.object({
  at: isoDateTime,
  outcome: DispositionSchema,
  final: z.boolean(),
  note: z.string().max(2000).default(''),
  appointment: isoDateTime.optional(),
}).strict().superRefine((a, ctx) => {
  const category = dispositionCategory(a.outcome);
  if (!category) ctx.addIssue({ code: 'custom', path: ['outcome'], message: `${a.outcome} is not an AAPOR final disposition code (2.1x, 2.2x, 2.3x, 3.x, 4.x)` });
  else if (category === 'I' || category === 'P') {
    ctx.addIssue({ code: 'custom', path: ['outcome'], message: `${a.outcome} is an interview: an interview closes its case when it is uploaded, not as a contact attempt` });
  }
  if (a.final && a.appointment !== undefined) ctx.addIssue({ code: 'custom', path: ['appointment'], message: 'a closing attempt cannot make an appointment' });
});
export type ContactAttemptRequest = z.infer<typeof ContactAttemptRequestSchema>;

export const ContactAttemptSchema = z.object({
  id: ContactAttemptIdSchema,
  at: z.string(),
  outcome: z.string(),
  final: z.boolean(),
  note: z.string(),
  appointment: z.string().nullable(),
  interviewer: z.string(),
  receivedAt: z.string(),
});
export type ContactAttempt = z.infer<typeof ContactAttemptSchema>;

/** The receipt of an uploaded attempt: 201 new, 200 identical repeat. */
export const ContactAttemptReceiptSchema = z.object({ id: z.string(), sha256: z.string(), receivedAt: z.string() });
export type ContactAttemptReceipt = z.infer<typeof ContactAttemptReceiptSchema>;

/** GET /cases: an assignment with what happened to it. */
export const CaseSummarySchema = z.object({
  assignmentId: z.string(),
  interviewer: z.string(),
  questionnaireId: z.string(),
  caseId: z.string(),
  address: z.string().nullable(),
  prefill: z.record(z.string(), z.unknown()).nullable(),
  quantity: z.number().int().positive(),
  status: CaseStatusSchema,
  /** Uploaded interviews of the case (instance ids, oldest first). */
  interviews: z.array(z.object({ instanceId: z.string(), disposition: z.string(), flags: z.array(z.string()) })),
  attempts: z.array(ContactAttemptSchema),
  /** The case's final AAPOR disposition once closed, else null. */
  disposition: z.string().nullable(),
  nextAppointment: z.string().nullable(),
  createdAt: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

/** PATCH /assignments/:id (manager). */
export const AssignmentChangeSchema = z.object({
  quantity: z.number().int().min(1).max(1000).optional(),
  address: z.string().max(300).optional(),
  /** Reassign the case to another interviewer; interviews already uploaded stay with whoever made them. */
  interviewer: z.string().min(1).max(100).optional(),
}).strict().refine((c) => Object.keys(c).length > 0, { message: 'nothing to change: give quantity, address or interviewer' });
export type AssignmentChange = z.infer<typeof AssignmentChangeSchema>;

const QUANTITY_EXCEEDED: SubmissionFlag = 'case-quantity-exceeded';

/**
 * Whether an uploaded interview counts for its case: one beyond the case's quantity
 * (`case-quantity-exceeded`) neither closes the case nor counts; other flags (answers that do not
 * fit) leave it the case's interview. `flags` may be missing in a tablet's cache from an older app.
 */
export function countsForCase(interview: { flags?: readonly string[] }): boolean {
  return !(interview.flags ?? []).includes(QUANTITY_EXCEEDED);
}

export interface CaseFacts {
  quantity: number;
  /** Final dispositions of the case's interviews that are uploaded or queued (finished). */
  interviewDispositions: readonly string[];
  /** Interviews started and not finished (on the tablet only). */
  openInterviews: number;
  attempts: readonly { at: string; outcome: string; final: boolean; appointment?: string | null }[];
}

/** The closing attempt that counts: the latest final one. */
function closingAttempt(facts: CaseFacts): { outcome: string } | undefined {
  let latest: { at: string; outcome: string } | undefined;
  for (const a of facts.attempts) if (a.final && (!latest || a.at >= latest.at)) latest = a;
  return latest;
}

export function caseStatus(facts: CaseFacts): CaseStatus {
  if (closingAttempt(facts) || facts.interviewDispositions.length >= facts.quantity) return 'closed';
  if (facts.openInterviews > 0 || facts.interviewDispositions.length > 0) return 'in-progress';
  if (facts.attempts.length > 0) return 'attempted';
  return 'todo';
}

/**
 * The case's final AAPOR disposition: a responding interview (1.1, then 1.2) wins; else the latest
 * closing attempt; else the best-ranked code of its interviews (a break-off uploaded as such);
 * undefined while the case is open.
 */
export function finalCaseDisposition(facts: CaseFacts): string | undefined {
  const best = caseDisposition(facts.interviewDispositions);
  if (best !== undefined && isRespondingDisposition(best)) return best;
  const closing = closingAttempt(facts);
  if (closing) return closing.outcome;
  return caseStatus(facts) === 'closed' ? best : undefined;
}

/** The next appointment not yet past, from the attempts, while the case is open. */
export function nextAppointment(facts: CaseFacts, now: Date): string | undefined {
  if (caseStatus(facts) === 'closed') return undefined;
  const upcoming = facts.attempts
    .map((a) => a.appointment)
    .filter((at): at is string => typeof at === 'string' && Date.parse(at) >= now.getTime())
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return upcoming[0];
}

/** One case yields `quantity` interviews: may another one start? */
export function mayStartInterview(facts: CaseFacts): boolean {
  return caseStatus(facts) !== 'closed' && facts.interviewDispositions.length + facts.openInterviews < facts.quantity;
}

/**
 * POST /weighting/:questionnaireId (manager): the weighting chain of `jha-survey weight` on the
 * questionnaire's collected cases (the server's own export), with the sample and margins uploaded.
 */
export const WeightingRequestSchema = z.object({
  /** sample.csv written by `jha-survey sample` (CSV text). */
  sample: z.string().min(1),
  /** Population margins: variable,level,total (CSV text). */
  population: z.string().min(1),
  /** A weighting plan (analysis/README.md, "Weighting"); default plan when absent. */
  plan: z.record(z.string(), z.unknown()).optional(),
  lang: LocaleSchema.default('en'),
}).strict();
export type WeightingRequest = z.infer<typeof WeightingRequestSchema>;

export const WeightingResponseSchema = z.object({
  respondingUnits: z.number().int(),
  sampledCases: z.number().int(),
  outsideSample: z.number().int(),
  kishDeff: z.number(),
  /** DIR/microdata.csv of `jha-survey weight`: responding units with person and household weights. */
  microdataCsv: z.string(),
  /** DIR/design.json, read by the analysis screen and `analyze indicators`. */
  design: z.record(z.string(), z.unknown()),
  /** DIR/weighting.html. */
  reportHtml: z.string(),
});
export type WeightingResponse = z.infer<typeof WeightingResponseSchema>;
