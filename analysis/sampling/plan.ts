/**
 * PLAN.json — how `jha-survey sample` draws a stratified two-stage sample from a frame.
 *
 * {
 *   "frame": {
 *     "stratum": "stratum",        // frame column: explicit stratum of each listed household
 *     "psu": "ea",                 // frame column: enumeration area (first-stage unit)
 *     "size": "ea_size"            // frame column: measure of size of the area (e.g. census
 *                                  //   households), the same on every row of an area
 *   },
 *   "psus": {                      // first stage: areas by systematic PPS within each stratum
 *     "allocation": "proportional",  // given | proportional | neyman | equal
 *     "total": 120,                // areas in all (proportional, neyman, equal)
 *     "given": { "north-urban": 12, … },   // areas per stratum (given)
 *     "sd": { "north-urban": 0.41, … },    // neyman: S_h, the within-stratum SD of the key variable
 *     "minimum": 2                 // fewest areas in a stratum (2: a variance needs two PSUs)
 *   },
 *   "households": { "perPsu": 12, "method": "systematic",     // or "srs"
 *                   "kishTables": true },  // give every household a Kish table (A … F in Kish's shares)
 *                                          //   as `sel_kish_table`, prefilled on the assignment
 *   "interviewers": { "list": ["ana", "besa"] },   // round-robin, one interviewer per area;
 *                                  //   or { "column": "interviewer" }: a frame column (the same
 *                                  //   within an area); `--interviewers a,b,c` overrides both
 *   "prefill": ["region", "urban"] // frame columns copied to assignments.csv (questions of the
 *                                  //   questionnaire, known in advance)
 * }
 *
 * Allocation of areas to strata (h = 1‥H, N_h the stratum's total measure of size, n the total):
 *   proportional  n_h ∝ N_h;   neyman  n_h ∝ N_h S_h;   equal  n_h = n / H;   given  as written.
 * Computed allocations are rounded by largest remainders (Hamilton) so that they add up to n,
 * after every stratum got its minimum. An allocation larger than the stratum's number of areas is
 * an error (`allocation-exceeds-stratum`), never silently capped.
 */
import { z } from 'zod';
import { AnalysisError } from '../errors';
import { didYouMean } from '../design-spec';

const column = z.string().min(1);

export const samplingPlanSchema = z.object({
  frame: z.object({ stratum: column, psu: column, size: column }).strict(),
  psus: z.object({
    allocation: z.enum(['given', 'proportional', 'neyman', 'equal']),
    total: z.number().int().positive().optional(),
    given: z.record(z.string(), z.number().int().nonnegative()).optional(),
    sd: z.record(z.string(), z.number().positive()).optional(),
    minimum: z.number().int().min(1).optional(),
  }).strict(),
  households: z.object({
    perPsu: z.number().int().positive(),
    method: z.enum(['systematic', 'srs']).optional(),
    kishTables: z.boolean().optional(),
  }).strict(),
  interviewers: z.object({
    list: z.array(z.string().min(1)).min(1).optional(),
    column: column.optional(),
  }).strict().optional(),
  prefill: z.array(column).optional(),
}).strict().superRefine((plan, ctx) => {
  const a = plan.psus.allocation;
  if (a === 'given' && !plan.psus.given) ctx.addIssue({ code: 'custom', path: ['psus', 'given'], message: 'allocation "given" needs psus.given: {stratum: number of areas}' });
  if (a !== 'given' && plan.psus.total === undefined) ctx.addIssue({ code: 'custom', path: ['psus', 'total'], message: `allocation "${a}" needs psus.total, the number of areas in all` });
  if (a === 'neyman' && !plan.psus.sd) ctx.addIssue({ code: 'custom', path: ['psus', 'sd'], message: 'allocation "neyman" needs psus.sd: {stratum: S_h}' });
});

export type SamplingPlan = z.infer<typeof samplingPlanSchema>;

/**
 * Turns a zod error into one line naming the field; an unknown key gets "did you mean …?" when
 * design.json's `didYouMean` finds a close allowed key (one suggestion rule for every file a user writes).
 */
export function schemaProblem(file: string, error: z.ZodError, allowedKeys: (path: readonly PropertyKey[]) => readonly string[]): string {
  // A misspelt key also leaves a required key missing: name the misspelling, that is the fix.
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0];
  const where = issue.path.map(String).join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const close = didYouMean(key, allowedKeys(issue.path));
    return `${file}: ${where}: unknown key "${key}"${close ? ` (did you mean "${close}"?)` : ''}`;
  }
  return `${file}: ${where}: ${issue.message}`;
}

/** The keys an object of the plan schema allows at `path`. */
function shapeKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: z.ZodType = schema;
  for (const p of path) {
    const inner = unwrap(s);
    if (!(inner instanceof z.ZodObject)) return [];
    const next = (inner.shape as Record<string, z.ZodType>)[String(p)];
    if (!next) return [];
    s = next;
  }
  const inner = unwrap(s);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape as object) : [];
}

function unwrap(s: z.ZodType): z.ZodType {
  let t: z.ZodType = s;
  for (;;) {
    if (t instanceof z.ZodOptional || t instanceof z.ZodNullable || t instanceof z.ZodDefault) t = t.unwrap() as z.ZodType;
    else if (t instanceof z.ZodPipe) t = t.in as z.ZodType;
    else return t;
  }
}

/** Keys allowed at a path of any strict schema (for did-you-mean). */
export function allowedKeysOf(schema: z.ZodType): (path: readonly PropertyKey[]) => string[] {
  return (path) => shapeKeys(schema, path);
}

/** Validates a parsed PLAN.json (`bad-plan` naming the first bad field). */
export function parseSamplingPlan(json: unknown): SamplingPlan {
  const r = samplingPlanSchema.safeParse(json);
  if (!r.success) throw new AnalysisError('bad-plan', schemaProblem('plan', r.error, allowedKeysOf(samplingPlanSchema)));
  return r.data;
}
