/**
 * The indicator catalogue (`surveys/indicators.json`): what each published indicator measures,
 * as expressions over the standard questionnaires' variables (surveys/VARIABLES.md).
 *
 * Every indicator is a ratio of two weighted sums over its universe U (a condition):
 *   prevalence         p = Σ_U w·[numerator] / Σ_U w              × scale (100)
 *   incidence-per-100  r = Σ_U w·numerator   / Σ_U w              × scale (100)
 *   mean               m = Σ_U w·numerator   / Σ_U w
 *   ratio              R = Σ_U w·numerator   / Σ_U w·denominator  × scale
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

export const INDICATOR_TYPES = ['prevalence', 'ratio', 'mean', 'incidence-per-100'] as const;
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
  numerator: z.string(),
  /** Only for `ratio`. */
  denominator: z.string().optional(),
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
  readonly numeratorExpr: Expr;
  readonly denominatorExpr?: Expr;
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

export function compileIndicator(def: IndicatorDefinition): CompiledIndicator {
  return {
    ...def,
    universeExpr: parseExpression(def.universe),
    numeratorExpr: parseExpression(def.numerator),
    ...(def.denominator !== undefined ? { denominatorExpr: parseExpression(def.denominator) } : {}),
  };
}

/** The variables an indicator reads (universe, numerator, denominator; parameters excluded). */
export function indicatorVariables(ind: CompiledIndicator): string[] {
  const params = new Set(Object.keys(ind.params ?? {}));
  const exprs = [ind.universeExpr, ind.numeratorExpr, ...(ind.denominatorExpr ? [ind.denominatorExpr] : [])];
  return [...new Set(exprs.flatMap((e) => expressionVariables(e, params)))];
}
