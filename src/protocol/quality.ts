import { z } from 'zod';

/** GET /api/v1/quality/:questionnaireId — the data-quality report (docs/data-quality.md). */
export const QualityFlagKindSchema = z.enum(['speeder', 'straight-lining', 'odd-hours', 'duplicate', 'screener-no', 'few-contacts']);
export type QualityFlagKindWire = z.infer<typeof QualityFlagKindSchema>;

const Quartiles = z.object({ q1: z.number(), median: z.number(), q3: z.number() });

export const QualityReportSchema = z.object({
  questionnaireId: z.string(),
  interviews: z.number().int(),
  medianMinutes: z.number().nullable(),
  thresholds: z.object({
    speederShare: z.number(),
    straightLineMinRows: z.number(),
    oddHours: z.object({ from: z.number(), to: z.number(), timeZone: z.string() }),
    duplicateShare: z.number(),
    duplicateMinCommon: z.number(),
    screenerZ: z.number(),
    minNonContactAttempts: z.number(),
  }),
  byInterviewer: z.array(z.object({
    interviewer: z.string(),
    interviews: z.number().int(),
    duration: Quartiles.nullable(),
    sectionMinutes: z.record(z.string(), z.number()),
    speeders: z.number().int(),
    straightLining: z.number().nullable(),
    itemNonresponse: z.number().nullable(),
    screenerNo: z.number().nullable(),
    screenerZ: z.number().nullable(),
    oddHours: z.number().int(),
    duplicates: z.number().int(),
    contactsPerCase: z.number().nullable(),
  })).readonly(),
  interviewerEffects: z.array(z.object({
    id: z.string(), interviewers: z.number().int(), n: z.number().int(), prevalence: z.number().nullable(),
    rho: z.number().nullable(), meanWorkload: z.number(), deff: z.number().nullable(),
  })).readonly(),
  flags: z.array(z.object({
    kind: QualityFlagKindSchema,
    interviewer: z.string(),
    instanceId: z.string().optional(),
    caseId: z.string().optional(),
    detail: z.record(z.string(), z.union([z.string(), z.number()])),
  })).readonly(),
});
export type QualityReportWire = z.infer<typeof QualityReportSchema>;
