/**
 * The one description of a survey design by column names: what a `design.json` says, what the
 * flags of `analyze estimate` and the app's design form are turned into, and what
 * `designFromTable` (design-build.ts) builds a `SurveyDesign` from. Its words are design.json's:
 * `weight` (not "weights"), `replicate.rho` (not "fayRho"), `replicate.columns`.
 *
 * design.json is strict (a user writes it by hand): an unknown key is an error naming the key
 * and the known word it most resembles; a UTF-8 BOM (or UTF-16 with BOM, as Windows Notepad
 * writes) and every line ending (LF, CRLF, CR, NEL, LS, PS) are accepted. The format is
 * documented in analysis/README.md ("design.json").
 *
 * Room to grow, each an added optional key (a file written today stays valid):
 *  - multistage designs: `stages: [{ "cluster": …, "fpc": … }]` beside `psu`/`fpc` (the first
 *    stage) describes the second stage (R's `multistage` variance); more stages would be more entries;
 *  - replicate factors: `replicate.scale` and `replicate.rscales` are read already;
 *  - calibration written by the weighting step: a new `method` in the `calibration` union.
 */
import { z } from 'zod';
import { AnalysisError } from './errors';
import { LONELY_PSU_POLICIES, REPLICATE_TYPES } from './design';
import { PROPORTION_CI_METHODS } from './estimators/proportion';

const column = z.string().min(1);

const replicateSchema = z.strictObject({
  /** A regular expression over column names (R `svrepdesign(repweights = "…")`). */
  columns: z.string().min(1),
  type: z.enum(REPLICATE_TYPES),
  /** Fay's ρ, 0 ≤ ρ < 1 (ρ = 1 would give an infinite variance). */
  rho: z.number().min(0).lt(1).optional(),
  scale: z.number().positive().optional(),
  /** Per-replicate factors (JKn: (n_h − 1)/n_h); guessed from the weights for JKn when absent. */
  rscales: z.array(z.number().positive()).min(2).optional(),
  mse: z.boolean().optional(),
}).superRefine((r, ctx) => {
  if (r.type === 'Fay' && r.rho === undefined) ctx.addIssue({ code: 'custom', path: ['rho'], message: "type Fay needs rho (Fay's ρ, e.g. 0.5)" });
});

const calibrationSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('poststratify'),
    variables: z.array(column).min(1),
    totals: z.array(z.strictObject({ cell: z.record(z.string(), z.string()), total: z.number().positive() })).min(1),
  }),
  z.strictObject({
    method: z.literal('rake'),
    margins: z.array(z.strictObject({ variable: column, totals: z.record(z.string(), z.number().positive()) })).min(1),
  }),
]);

export const designSpecSchema = z.strictObject({
  /** Person analysis weight (required), or UNWEIGHTED (design.ts). */
  weight: column,
  /** Household weight, for household indicators; default weight ÷ hh_eligible. */
  weight_hh: column.optional(),
  strata: column.optional(),
  psu: column.optional(),
  fpc: column.optional(),
  /** PSU labels are unique only within a stratum (R `nest = TRUE`). */
  nest: z.boolean().optional(),
  /**
   * Later sampling stages (R `svydesign(id = ~psu + ssu, fpc = ~fpc + fpc2)`): today one, the
   * second-stage clusters (labels unique within their PSU) and their population per PSU (or
   * sampling fraction). Its variance counts where the first stage has an fpc, as in R.
   */
  stages: z.array(z.strictObject({ cluster: column, fpc: column.optional() })).min(1)
    .max(1, { message: 'one stage after the first is supported (stages: [{ "cluster": …, "fpc": … }])' }).optional(),
  lonelyPsu: z.enum(LONELY_PSU_POLICIES).optional(),
  replicate: replicateSchema.optional(),
  calibration: calibrationSchema.optional(),
  ciMethod: z.enum(PROPORTION_CI_METHODS).optional(),
  level: z.number().gt(0).lt(1).optional(),
  reliability: z.strictObject({
    minN: z.number().optional(), minEffectiveN: z.number().optional(),
    cvCaution: z.number().optional(), cvUnreliable: z.number().optional(),
  }).optional(),
  /** A condition (indicator expression) selecting the completed interviews. */
  respondents: z.string().optional(),
}).superRefine((d, ctx) => {
  if (d.stages && !d.psu) ctx.addIssue({ code: 'custom', path: ['stages'], message: 'stages describe the stages after the first: give the first-stage clusters (psu) too' });
  if (d.stages && d.replicate) ctx.addIssue({ code: 'custom', path: ['stages'], message: 'a replicate design carries its stages in its replicate weights: give stages or replicate, not both' });
});

export type DesignSpec = z.infer<typeof designSpecSchema>;
export type ReplicateSpec = NonNullable<DesignSpec['replicate']>;
export type CalibrationSpec = NonNullable<DesignSpec['calibration']>;

/** The keys an object at `path` of the schema may have (for "did you mean"). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let at: z.ZodType[] = [schema];
  const unwrap = (s: z.ZodType): z.ZodType[] => {
    if (s instanceof z.ZodOptional) return unwrap(s.unwrap() as z.ZodType);
    if (s instanceof z.ZodDiscriminatedUnion) return (s.options as z.ZodType[]).flatMap(unwrap);
    return [s];
  };
  for (const step of path) {
    at = at.flatMap(unwrap).flatMap((s): z.ZodType[] => {
      if (s instanceof z.ZodObject) { const child = (s.shape as Record<string, z.ZodType>)[String(step)]; return child ? [child] : []; }
      if (s instanceof z.ZodArray) return [s.element as z.ZodType];
      if (s instanceof z.ZodRecord) return [s.valueType as z.ZodType];
      return [];
    });
  }
  return [...new Set(at.flatMap(unwrap).flatMap((s) => (s instanceof z.ZodObject ? Object.keys(s.shape) : [])))];
}

/** Edit distance (insertions, deletions, substitutions), for suggesting a known key. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The known key a mistyped one most resembles: the same letters ignoring case and `_`/`-`, else
 * within 2 edits, else one containing the other (`fayRho` → `rho`).
 */
export function didYouMean(key: string, known: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[_\-\s]/g, '');
  const same = known.find((k) => norm(k) === norm(key));
  if (same) return same;
  const inside = known.find((k) => norm(k).length >= 3 && norm(key).length >= 3 && (norm(key).includes(norm(k)) || norm(k).includes(norm(key))));
  let best: string | undefined, bestD = 3;
  for (const k of known) {
    const d = distance(norm(key), norm(k));
    if (d < bestD) { best = k; bestD = d; }
  }
  return best ?? inside;
}

/** Validates a parsed design.json (or a spec built in code); the error names the first bad field. */
export function parseDesignSpec(json: unknown): DesignSpec {
  const result = designSpecSchema.safeParse(json);
  if (result.success) return result.data;
  // A mistyped key also leaves the right one missing: the unknown key is the better news.
  const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0];
  const where = issue.path.map(String).join('.');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(designSpecSchema, issue.path);
    message = issue.keys.map((k) => {
      const guess = didYouMean(k, known);
      return `unknown key "${k}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
    }).join('; ');
  }
  throw new AnalysisError('bad-design', `design file: ${where === '' ? '' : `${where}: `}${message}`);
}

/** Text of a design.json as bytes or a string: UTF-8 (BOM or not) or UTF-16 with its BOM. */
function designText(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const [a, b] = [input[0], input[1]];
  const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  try {
    // TextDecoder drops the BOM itself.
    return new TextDecoder(encoding, { fatal: true }).decode(input);
  } catch {
    throw new AnalysisError('bad-design', 'design file: not UTF-8 text (save it as UTF-8)');
  }
}

/**
 * Reads a design.json: BOM and line endings tolerated, JSON syntax and the schema checked.
 * Every failure is an AnalysisError with code `bad-design`.
 */
export function readDesignSpec(input: string | Uint8Array): DesignSpec {
  // JSON knows LF, CR and CRLF as white space; NEL, LS and PS (some editors' line ends) are made LF.
  const text = designText(input).replace(/[\u0085\u2028\u2029]/g, '\n');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new AnalysisError('bad-design', `design file: not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseDesignSpec(json);
}
