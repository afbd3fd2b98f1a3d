// Cases (DESIGN.md §3, issue 11): an assignment is a case with a status on the tablet and on the
// server. The status and the case's final disposition are derived here, once, from the same facts
// on both sides, so the interviewer's list and the manager's console never disagree.
import { z } from 'zod';
import { dispositionCategory } from '../../analysis/response-rates/aapor';
import { caseStatuses } from './case-status';
import { DispositionSchema, InstanceIdSchema, LocaleSchema } from './schemas';

export const CaseStatusSchema = z.enum(caseStatuses);

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
