/**
 * `design.json`: how the microdata were sampled and weighted, so that `analyze indicators` can
 * rebuild the survey design. Schema (every value naming a column names a column of the data):
 *
 * {
 *   "weight": "weight",            // person analysis weight (required)
 *   "weight_hh": "weight_hh",      // household weight, for household indicators (optional; default
 *                                  //   weight ÷ hh_eligible: one adult per household is interviewed
 *                                  //   with probability 1/k, so weight = household weight × k)
 *   "strata": "stratum", "psu": "psu", "fpc": "fpc", "nest": false,
 *   "lonelyPsu": "fail",           // fail | remove | certainty | average | adjust
 *   "replicate": { "columns": "^repw[0-9]+$", "type": "JK1", "rho": 0.5, "scale": 1, "mse": false },
 *   "calibration": { "method": "poststratify", "variables": ["region", "sex"],
 *                    "totals": [ { "cell": { "region": "North", "sex": "1" }, "total": 120345 }, … ] }
 *              or { "method": "rake", "margins": [ { "variable": "region", "totals": { "North": 1234, … } }, … ] },
 *   "ciMethod": "logit", "level": 0.95,
 *   "reliability": { "minN": 30, "minEffectiveN": 30, "cvCaution": 0.165, "cvUnreliable": 0.333 },
 *   "respondents": "disposition in [1.1]"   // optional condition selecting completed interviews
 * }
 *
 * Calibration (linearization or replicate designs; replicate columns calibrated too) applies to the person weights (the design's targets are persons); household
 * indicators use the household weights with the same strata and PSUs, uncalibrated.
 */
import { z } from 'zod';

const column = z.string().min(1);

export const designFileSchema = z.object({
  weight: column,
  weight_hh: column.optional(),
  strata: column.optional(),
  psu: column.optional(),
  fpc: column.optional(),
  nest: z.boolean().optional(),
  lonelyPsu: z.enum(['fail', 'remove', 'certainty', 'average', 'adjust']).optional(),
  replicate: z.object({
    columns: z.string().min(1),
    type: z.enum(['JK1', 'JKn', 'BRR', 'Fay', 'bootstrap']),
    rho: z.number().min(0).max(1).optional(),
    scale: z.number().positive().optional(),
    mse: z.boolean().optional(),
  }).optional(),
  calibration: z.discriminatedUnion('method', [
    z.object({
      method: z.literal('poststratify'),
      variables: z.array(column).min(1),
      totals: z.array(z.object({ cell: z.record(z.string(), z.string()), total: z.number().positive() })).min(1),
    }),
    z.object({
      method: z.literal('rake'),
      margins: z.array(z.object({ variable: column, totals: z.record(z.string(), z.number().positive()) })).min(1),
    }),
  ]).optional(),
  ciMethod: z.enum(['logit', 'likelihood', 'asin', 'beta', 'mean', 'xlogit', 'wilson']).optional(),
  level: z.number().gt(0).lt(1).optional(),
  reliability: z.object({
    minN: z.number().optional(), minEffectiveN: z.number().optional(),
    cvCaution: z.number().optional(), cvUnreliable: z.number().optional(),
  }).optional(),
  respondents: z.string().optional(),
});
export type DesignFile = z.infer<typeof designFileSchema>;

/** Validates a parsed design.json; the error names the first bad field. */
export function parseDesignFile(json: unknown): DesignFile {
  const result = designFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`design file: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

/** Every column the design file names (to load them from the data). */
export function designColumns(design: DesignFile): { numeric: string[]; text: string[] } {
  const numeric = [design.weight, ...(design.weight_hh ? [design.weight_hh] : []), ...(design.fpc ? [design.fpc] : [])];
  const text = [...(design.strata ? [design.strata] : []), ...(design.psu ? [design.psu] : [])];
  if (design.calibration?.method === 'poststratify') text.push(...design.calibration.variables);
  if (design.calibration?.method === 'rake') text.push(...design.calibration.margins.map((m) => m.variable));
  return { numeric, text };
}
