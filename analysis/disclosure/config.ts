/**
 * The disclosure-control configuration of a public-use file (`puf.json`, strict schema), written
 * by the methodologist who releases the file. Steps run in this order:
 *   1. drop        direct identifiers and free-text columns are removed (listed, never guessed);
 *   2. recode      a numeric variable into intervals ("breaks": lower bounds, labels optional);
 *   3. topCode     values above `max` become `max` (and below `min` become `min`);
 *   4. k-anonymity local suppression on `keyVariables` until every combination occurs ≥ k times
 *                  (a suppressed value matches any value), suppressing the variables in
 *                  `suppressionOrder` first (least important first);
 *   5. pram        each listed variable's value is redrawn from its row of the transition matrix
 *                  P(released = j | original = i) with a seeded generator (the seed is kept, so the
 *                  file can be reproduced; it must not be published with the file).
 * `weight` (optional) names the sampling weight used for sdcMicro's individual risk.
 */
import { z } from 'zod';
import { AnalysisError } from '../errors';

const name = z.string().min(1);

export const pufConfigSchema = z.strictObject({
  drop: z.array(name).default([]),
  freeText: z.array(name).default([]),
  recode: z.array(z.strictObject({
    variable: name,
    /** Lower bounds of the intervals, increasing; a value below the first is left missing. */
    breaks: z.array(z.number()).min(1),
    labels: z.array(z.string().min(1)).optional(),
  }).refine((r) => r.breaks.every((b, i) => i === 0 || b > r.breaks[i - 1]), { message: 'breaks must increase' })
    .refine((r) => !r.labels || r.labels.length === r.breaks.length, { message: 'one label per interval (as many as breaks)' })).default([]),
  topCode: z.array(z.strictObject({ variable: name, max: z.number().optional(), min: z.number().optional() })
    .refine((t) => t.max !== undefined || t.min !== undefined, { message: 'give max, min or both' })).default([]),
  keyVariables: z.array(name).default([]),
  k: z.number().int().min(2).default(3),
  suppressionOrder: z.array(name).optional(),
  weight: name.optional(),
  pram: z.strictObject({
    seed: z.number().int(),
    variables: z.array(z.strictObject({
      variable: name,
      /** original code → released code → probability; each row sums to 1. */
      matrix: z.record(z.string(), z.record(z.string(), z.number().min(0).max(1))),
    })).min(1),
  }).optional(),
});
export type PufConfig = z.infer<typeof pufConfigSchema>;

export function parsePufConfig(json: unknown): PufConfig {
  const r = pufConfigSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new AnalysisError('bad-option', `disclosure configuration: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  const c = r.data;
  for (const p of c.pram?.variables ?? []) {
    for (const [from, row] of Object.entries(p.matrix)) {
      const sum = Object.values(row).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > 1e-9) throw new AnalysisError('bad-option', `disclosure configuration: pram ${p.variable}: row ${from} sums to ${sum}, not 1`);
    }
  }
  for (const v of c.suppressionOrder ?? []) {
    if (!c.keyVariables.includes(v)) throw new AnalysisError('bad-option', `disclosure configuration: suppressionOrder ${v} is not a key variable`);
  }
  return c;
}
