/**
 * WEIGHTING.json — how `jha-survey weight` turns base weights into final weights. Every part is
 * optional; the defaults are written beside each key.
 *
 * {
 *   "questionnaire": "victimization",      // the export must come from this questionnaire
 *                                          //   (its `questionnaire_id`); default: any questionnaire
 *                                          //   that records the within-household selection
 *   "respondents": ["1.1"],                // AAPOR codes counted as responding units ("1.2": partials too)
 *   "selection": {                         // within-household selection, as the questionnaire records it
 *     "eligible": "hh_eligible",           //   number of eligible adults k
 *     "method": "sel_method",              //   1 = Kish table, 2 = last birthday
 *     "kishNumber": "sel_kish_number"      //   the Kish number of the selected adult
 *   },
 *   "nonresponse": {
 *     "classes": ["stratum"],              // sample.csv columns forming the weighting classes
 *     "eligibility": "class",              // AAPOR e: "class" (estimated in each class), "overall", or a number
 *     "minRespondents": 1,                 // a class with fewer respondents is collapsed …
 *     "collapse": "next"                   // … into the next class in label order (the last into the
 *                                          //   one before), repeatedly; or "error" (no-respondents)
 *   },
 *   "derive": { "age_group": { "from": "age", "breaks": [18, 30, 45, 65] } },   // [18,30) … [65,∞)
 *   "calibration": {
 *     "method": "rake",                    // rake (R survey::rake) or linear (R survey::calibrate, GREG)
 *     "margins": ["region", "sex", "age_group"],   // variables of MARGINS.csv (variable,level,total)
 *     "maxit": 50, "epsilon": 1e-7         // raking: iterations, and convergence as a share of Σw
 *   },
 *   "trimming": { "lower": 0.3, "upper": 3.5, "rounds": 10 },   // bounds as multiples of the mean
 *                                          //   weight; trimmed then re-calibrated, up to `rounds` times
 *   "replicates": { "type": "JKn" },       // or { "type": "bootstrap", "count": 200, "seed": 1 }: replicate
 *                                          //   weights (R as.svrepdesign) in microdata.csv (repw_1 …),
 *                                          //   each calibrated like the full sample; design.json names them
 *   "lonelyPsu": "fail"                    // written to design.json
 * }
 */
import { z } from 'zod';
import { AnalysisError } from '../errors';
import { allowedKeysOf, schemaProblem } from '../sampling/plan';

const column = z.string().min(1);

export const weightingPlanSchema = z.object({
  questionnaire: z.string().min(1).optional(),
  respondents: z.array(z.enum(['1.1', '1.2'])).min(1).optional(),
  selection: z.object({ eligible: column.optional(), method: column.optional(), kishNumber: column.optional() }).strict().optional(),
  nonresponse: z.object({
    classes: z.array(column).optional(),
    eligibility: z.union([z.enum(['class', 'overall']), z.number().min(0).max(1)]).optional(),
    minRespondents: z.number().int().min(1).optional(),
    collapse: z.enum(['next', 'error']).optional(),
  }).strict().optional(),
  derive: z.record(z.string().min(1), z.object({ from: column, breaks: z.array(z.number()).min(1) }).strict()).optional(),
  calibration: z.object({
    method: z.enum(['rake', 'linear']).optional(),
    margins: z.array(column).min(1),
    maxit: z.number().int().min(1).optional(),
    epsilon: z.number().positive().optional(),
  }).strict().optional(),
  trimming: z.object({ lower: z.number().positive().optional(), upper: z.number().positive().optional(), rounds: z.number().int().min(1).optional() }).strict().optional(),
  replicates: z.object({ type: z.enum(['JKn', 'bootstrap']), count: z.number().int().min(2).optional(), seed: z.number().int().optional() }).strict().optional(),
  lonelyPsu: z.enum(['fail', 'remove', 'certainty', 'average', 'adjust']).optional(),
}).strict();

export type WeightingPlan = z.infer<typeof weightingPlanSchema>;

/** The plan used when none is given: the victimization questionnaire's selection, stratum classes, raking to region × sex × age group. */
export const DEFAULT_WEIGHTING_PLAN: WeightingPlan = {
  derive: { age_group: { from: 'age', breaks: [18, 30, 45, 65] } },
  calibration: { method: 'rake', margins: ['region', 'sex', 'age_group'] },
};

export function parseWeightingPlan(json: unknown): WeightingPlan {
  const r = weightingPlanSchema.safeParse(json);
  if (!r.success) throw new AnalysisError('bad-plan', schemaProblem('weighting plan', r.error, allowedKeysOf(weightingPlanSchema)));
  return r.data;
}

/** Label of the class [b_j, b_{j+1}) of a numeric value: "18-29", …, "65+" (integer breaks). */
export function groupLabel(breaks: readonly number[], x: number): string | undefined {
  if (!Number.isFinite(x) || x < breaks[0]) return undefined;
  for (let j = breaks.length - 1; j >= 0; j--) {
    if (x >= breaks[j]) return j === breaks.length - 1 ? `${breaks[j]}+` : `${breaks[j]}-${breaks[j + 1] - 1}`;
  }
  return undefined;
}
