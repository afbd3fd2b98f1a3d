/**
 * Evaluates the indicator catalogue against microdata: each indicator's expressions become a
 * numerator column y, a denominator column x (ratio) and a universe; the estimate comes from
 * the analysis engine on the full design with the domain = universe ∩ by-domain (rows outside
 * contribute zero; nothing is subset):
 *   prevalence        → svyProportion(y ∈ {0,1})  (R svyciprop on the domain)
 *   mean, incidence   → svyMean(y)                (R svymean on the domain)
 *   ratio             → svyRatio(y, x)            (R svyratio on the domain)
 *   mean-of-shares    → svyMeanOfRatios([(y_j, x_j)]) over its components' columns, each share
 *                       on its own universe (R svycontrast of svyratio on the domain)
 * then multiplied by the indicator's scale (100 for percentages and rates per 100).
 */
import { AnalysisError } from '../errors';
import type { DomainEstimate } from '../estimate';
import type { ReliabilityFlag, ReliabilityOptions } from '../reliability';
import { svyMean } from '../estimators/mean';
import { svyRatio } from '../estimators/ratio';
import { svyMeanOfRatios, type RatioComponent } from '../estimators/mean-of-ratios';
import { svyProportion, type ProportionCiMethod } from '../estimators/proportion';
import type { DataTable } from '../io/table';
import { ExpressionEvaluator } from './expression';
import { compileIndicator, definitionsById, type Catalogue, type CompiledIndicator } from './catalogue';
import type { IndicatorDesigns } from './designs';
import { DomainCache, indicatorBySets, usableDomains, usableRows, type BySets } from './domains';

/** One published cell: an indicator in a domain, on the indicator's scale. */
export interface IndicatorEstimate {
  readonly indicator: string;
  /** `{}` for the whole population. */
  readonly domain: Readonly<Record<string, string>>;
  readonly estimate: number;
  readonly se: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly level: number;
  readonly df: number;
  readonly n: number;
  readonly cv: number;
  readonly deff?: number;
  readonly flags: readonly ReliabilityFlag[];
}

export interface IndicatorRunOptions {
  /**
   * Disaggregations: each entry is a list of by-variables crossed with each other ([] = the whole
   * population). Default: the whole population, then each of the indicator's default
   * disaggregations on its own.
   */
  readonly by?: BySets;
  readonly ciMethod?: ProportionCiMethod;
  readonly level?: number;
  readonly reliability?: ReliabilityOptions;
  /** Only these indicator ids (default: all). */
  readonly only?: readonly string[];
}

/** The catalogue's indicators with their expressions parsed (optionally only some ids). */
export function compileCatalogue(catalogue: Catalogue, only?: readonly string[]): CompiledIndicator[] {
  const wanted = only ? new Set(only) : undefined;
  if (wanted) {
    const known = new Set(catalogue.indicators.map((i) => i.id));
    for (const id of wanted) if (!known.has(id)) throw new AnalysisError('bad-option', `unknown indicator "${id}"`);
  }
  const byId = definitionsById(catalogue);
  return catalogue.indicators.filter((i) => !wanted || wanted.has(i.id)).map((d) => compileIndicator(d, byId));
}

/**
 * Estimates every indicator in every domain. Domains with no usable row are left out; a domain
 * where the indicator is not estimable keeps its row with NaN values and the `suppress-n` flag.
 */
export function estimateIndicators(table: DataTable, catalogue: Catalogue, designs: IndicatorDesigns, options: IndicatorRunOptions = {}): IndicatorEstimate[] {
  const indicators = compileCatalogue(catalogue, options.only);
  const domainCache = new DomainCache(table);
  const out: IndicatorEstimate[] = [];
  const columnCache = new Map<string, Float64Array>(), spare: Float64Array[] = [];
  const domainCodes = new Int32Array(table.rowCount);
  for (const ind of indicators) {
    const design = ind.unit === 'household' ? designs.household() : designs.person;
    if (ind.componentIndicators) {
      const { components, rows } = shareComponents(table, ind.componentIndicators, designs.respondents, columnCache);
      for (const by of indicatorBySets(ind, options.by)) {
        const domains = usableDomains(domainCache.get(by), rows, domainCodes);
        const common = { domains, missing: 'exclude' as const, level: options.level ?? 0.95, name: ind.id, ...(options.reliability ? { reliability: options.reliability } : {}) };
        for (const e of svyMeanOfRatios(design, components, common)) out.push(scaleEstimate(ind.id, e, ind.scale));
      }
      continue;
    }
    const ev = new ExpressionEvaluator(table, ind.params ?? {}, columnCache, spare);
    const y = ev.evaluate(ind.numeratorExpr!);
    const x = ind.denominatorExpr ? ev.evaluate(ind.denominatorExpr) : undefined;
    const rows = usableRows(ev, ind, y, x, designs.respondents);
    for (const by of indicatorBySets(ind, options.by)) {
      // The estimators keep nothing of the domain codes, so one work array serves every call.
      const domains = usableDomains(domainCache.get(by), rows, domainCodes);
      const common = { domains, missing: 'exclude' as const, level: options.level ?? 0.95, name: ind.id, ...(options.reliability ? { reliability: options.reliability } : {}) };
      let estimates: DomainEstimate[];
      switch (ind.type) {
        case 'prevalence': estimates = svyProportion(design, y, { ...common, method: options.ciMethod ?? 'logit' }); break;
        case 'ratio': estimates = svyRatio(design, y, x!, common); break;
        default: estimates = svyMean(design, y, common);
      }
      for (const e of estimates) out.push(scaleEstimate(ind.id, e, ind.scale));
    }
  }
  return out;
}

/**
 * The (y_j, x_j) columns of a mean-of-shares' components: y_j = [numerator_j], x_j = 1 on the rows
 * of share j's own universe (respondents, numerator observed), both 0 elsewhere; and the rows in
 * at least one share's universe (those the mean is estimated on).
 */
export function shareComponents(table: DataTable, shares: readonly CompiledIndicator[], respondents: Uint8Array | undefined, columnCache?: Map<string, Float64Array>):
{ components: RatioComponent[]; rows: Uint8Array } {
  const rows = new Uint8Array(table.rowCount);
  const components = shares.map((share) => {
    const ev = new ExpressionEvaluator(table, share.params ?? {}, columnCache);
    const values = ev.evaluate(share.numeratorExpr!);
    const inShare = usableRows(ev, share, values, undefined, respondents);
    const y = new Float64Array(table.rowCount), x = new Float64Array(table.rowCount);
    for (let i = 0; i < y.length; i++) if (inShare[i]) { y[i] = values[i]; x[i] = 1; rows[i] = 1; }
    return { y, x };
  });
  return { components, rows };
}

function scaleEstimate(id: string, e: DomainEstimate, scale: number): IndicatorEstimate {
  return {
    indicator: id, domain: e.domain,
    estimate: e.estimate * scale, se: e.se * scale, ciLow: e.ciLow * scale, ciHigh: e.ciHigh * scale,
    level: e.level, df: e.df, n: e.n, cv: e.cv, ...(e.deff !== undefined ? { deff: e.deff } : {}),
    flags: e.flags,
  };
}

