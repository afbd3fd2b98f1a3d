/**
 * The indicator catalogue (`surveys/indicators.json`): what each published indicator measures,
 * as expressions over the standard questionnaires' variables (surveys/VARIABLES.md).
 *
 * Every indicator is a ratio of two weighted sums over its universe U (a condition):
 *   prevalence         p = Σ_U w·[numerator] / Σ_U w              × scale (100)
 *   incidence-per-100  r = Σ_U w·numerator   / Σ_U w              × scale (100)
 *   mean               m = Σ_U w·numerator   / Σ_U w
 *   ratio              R = Σ_U w·numerator   / Σ_U w·denominator  × scale
 *   mean-of-shares     θ = (1/k) Σ_j P_j                            × scale
 *                      the simple mean of k share indicators P_j of the catalogue (its `components`,
 *                      each with its own universe and so its own denominator: SDG 16.6.2's average of
 *                      the five attribute shares). Not a ratio of two totals: estimated by
 *                      estimators/mean-of-ratios.ts. Each share is defined once, in its own entry.
 * A universe smaller than the whole sample (victims, persons with contact) makes the estimate a
 * domain estimate with a random denominator; it is computed on the full design, never on a subset.
 * Rows of U where the numerator (or denominator) is missing are left out (item non-response).
 * The catalogue states its one rule for "don't know" / "refused" / "prefer not to answer" in
 * `nonResponseRule`, and every indicator writes its universe so that such answers fall outside it:
 * they are never counted as "no" (a 12-month prevalence that counted them as not victimised and a
 * 5-year one that excluded them would not be comparable).
 */
import { z } from 'zod';
import { AnalysisError } from '../errors';
import { parseExpression, expressionVariables, type Expr } from './expression';

import { LOCALES, type Locale } from '../locales';

export { LOCALES, type Locale };
export const localeSchema = z.enum(LOCALES);

/** A user-facing text (titles, definitions): every locale is required, none falls back to English. */
const localized = z.object(Object.fromEntries(LOCALES.map((l) => [l, z.string().min(1)])) as Record<Locale, z.ZodString>);
export type LocalizedText = z.infer<typeof localized>;

export const INDICATOR_TYPES = ['prevalence', 'ratio', 'mean', 'incidence-per-100', 'mean-of-shares'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export const indicatorSchema = z.object({
  id: z.string().regex(/^[A-Z][A-Za-z0-9_]*$/),
  sdg: z.string().nullable().default(null),
  group: z.string(),
  type: z.enum(INDICATOR_TYPES),
  /** Which weight applies: the person weight, or the household weight (household crimes). */
  unit: z.enum(['person', 'household']),
  title: localized,
  universe: z.string().default('true'),
  /** Required for every type but `mean-of-shares` (whose shares carry their own). */
  numerator: z.string().optional(),
  /** Only for `ratio`. */
  denominator: z.string().optional(),
  /** Only for `mean-of-shares`: the ids of the prevalence indicators averaged (same unit and scale). */
  components: z.array(z.string()).min(2).optional(),
  /** Named constants the expressions may use (e.g. `cap` for repeat capping). */
  params: z.record(z.string(), z.number()).optional(),
  scale: z.number().positive(),
  disaggregations: z.array(z.string()),
  definition: localized,
  source: z.string(),
});
export type IndicatorDefinition = z.infer<typeof indicatorSchema>;

export const catalogueSchema = z.object({
  version: z.number().int(),
  locales: z.array(localeSchema),
  /** The rule for "don't know" and refusals that every indicator applies (and its definition restates). */
  nonResponseRule: localized.optional(),
  groups: z.array(z.object({ id: z.string(), title: localized })),
  indicators: z.array(indicatorSchema),
});
export type Catalogue = z.infer<typeof catalogueSchema>;

/** An indicator with its expressions parsed once. */
export interface CompiledIndicator extends IndicatorDefinition {
  readonly universeExpr: Expr;
  /** Absent only for a `mean-of-shares`. */
  readonly numeratorExpr?: Expr;
  readonly denominatorExpr?: Expr;
  /** A `mean-of-shares`'s component indicators, compiled, in catalogue order of `components`. */
  readonly componentIndicators?: readonly CompiledIndicator[];
}

/** Parses and validates a catalogue object (as read from JSON); throws with the zod message. */
export function parseCatalogue(json: unknown): Catalogue {
  const result = catalogueSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AnalysisError('bad-catalogue', `indicator catalogue: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/**
 * Parses an indicator's expressions. A `mean-of-shares` needs the catalogue's other definitions
 * (`lookup`, by id) to resolve its components: each must be a prevalence of the same unit and scale.
 */
export function compileIndicator(def: IndicatorDefinition, lookup?: ReadonlyMap<string, IndicatorDefinition>): CompiledIndicator {
  const fail = (message: string): never => { throw new AnalysisError('bad-catalogue', `indicator catalogue: ${def.id}: ${message}`); };
  if (def.type === 'mean-of-shares') {
    if (!def.components || def.components.length < 2) fail('a mean-of-shares needs at least two components');
    if (def.numerator !== undefined || def.denominator !== undefined) fail('a mean-of-shares takes no numerator or denominator (its components have them)');
    const componentIndicators = def.components!.map((id) => {
      const c = lookup?.get(id);
      if (!c) return fail(`unknown component "${id}"`);
      if (c.type !== 'prevalence') return fail(`component "${id}" is a ${c.type}, not a prevalence (a share)`);
      if (c.unit !== def.unit || c.scale !== def.scale) return fail(`component "${id}" has another unit or scale`);
      return compileIndicator(c);
    });
    return { ...def, universeExpr: parseExpression(def.universe), componentIndicators };
  }
  if (def.numerator === undefined) fail(`a ${def.type} needs a numerator`);
  if (def.components !== undefined) fail(`a ${def.type} takes no components`);
  return {
    ...def,
    universeExpr: parseExpression(def.universe),
    numeratorExpr: parseExpression(def.numerator!),
    ...(def.denominator !== undefined ? { denominatorExpr: parseExpression(def.denominator) } : {}),
  };
}

/** Whether an indicator's value is a percentage in [0, 100] (a share, or a mean of shares): reports write "%" and cap the axis at 100. */
export function isPercentage(def: Pick<IndicatorDefinition, 'type'>): boolean {
  return def.type === 'prevalence' || def.type === 'mean-of-shares';
}

/** What an indicator counts, as a report's definitions list shows it: `numerator`, `numerator / denominator`, or `mean(share, …)`. */
export function indicatorFormula(def: IndicatorDefinition): string {
  if (def.components) return `mean(${def.components.join(', ')})`;
  return (def.numerator ?? '') + (def.denominator ? ` / ${def.denominator}` : '');
}

/** The catalogue's definitions by id (what `compileIndicator` resolves components against). */
export function definitionsById(catalogue: Catalogue): Map<string, IndicatorDefinition> {
  return new Map(catalogue.indicators.map((d) => [d.id, d]));
}

/** The variables an indicator reads (universe, numerator, denominator, components'; parameters excluded). */
export function indicatorVariables(ind: CompiledIndicator): string[] {
  if (ind.componentIndicators) return [...new Set(ind.componentIndicators.flatMap(indicatorVariables))];
  const params = new Set(Object.keys(ind.params ?? {}));
  const exprs = [ind.universeExpr, ...(ind.numeratorExpr ? [ind.numeratorExpr] : []), ...(ind.denominatorExpr ? [ind.denominatorExpr] : [])];
  return [...new Set(exprs.flatMap((e) => expressionVariables(e, params)))];
}
