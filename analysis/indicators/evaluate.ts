/**
 * Evaluates the indicator catalogue against microdata: each indicator's expressions become a
 * numerator column y, a denominator column x (ratio) and a universe; the estimate comes from
 * the analysis engine on the full design with the domain = universe ∩ by-domain (rows outside
 * contribute zero; nothing is subset):
 *   prevalence        → svyProportion(y ∈ {0,1})  (R svyciprop on the domain)
 *   mean, incidence   → svyMean(y)                (R svymean on the domain)
 *   ratio             → svyRatio(y, x)            (R svyratio on the domain)
 * then multiplied by the indicator's scale (100 for percentages and rates per 100).
 */
import { AnalysisError } from '../errors';
import { linearizationDesign, replicateDesign, guessJknRscales, type LinearizationDesign, type ReplicateDesign, type SurveyDesign } from '../design';
import { postStratify } from '../calibration/poststratify';
import { rake } from '../calibration/rake';
import { domainsOf, wholePopulation, type Domains } from '../domains';
import type { DomainEstimate } from '../estimate';
import type { ReliabilityFlag, ReliabilityOptions } from '../reliability';
import { svyMean } from '../estimators/mean';
import { svyRatio } from '../estimators/ratio';
import { svyProportion, type ProportionCiMethod } from '../estimators/proportion';
import { categoryValues, numericValues, type DataTable } from '../io/table';
import { ExpressionEvaluator, parseExpression } from './expression';
import { compileIndicator, type Catalogue, type CompiledIndicator } from './catalogue';
import type { DesignFile } from './design-file';

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
  readonly by?: readonly (readonly string[])[];
  readonly ciMethod?: ProportionCiMethod;
  readonly level?: number;
  readonly reliability?: ReliabilityOptions;
  /** Only these indicator ids (default: all). */
  readonly only?: readonly string[];
}

export interface IndicatorDesigns {
  readonly person: SurveyDesign;
  /** Built on first use (household indicators only). */
  readonly household: () => SurveyDesign;
  /** Rows that are completed interviews (design file `respondents`), or all rows. */
  readonly respondents?: Uint8Array;
}

/** `var=value;var=value` — the domain as the CSV report and truth.json write it. */
export function domainKey(domain: Readonly<Record<string, string>>): string {
  return Object.entries(domain).map(([k, v]) => `${k}=${v}`).join(';');
}

/** Builds the person and household designs that a design file describes. */
export function buildDesigns(table: DataTable, file: DesignFile): IndicatorDesigns {
  const weights = numericValues(table, file.weight);
  const hhFactor = (): Float64Array => {
    const hw = file.weight_hh ? numericValues(table, file.weight_hh) : undefined;
    const k = hw ? undefined : numericValues(table, 'hh_eligible');
    const f = new Float64Array(table.rowCount);
    for (let i = 0; i < f.length; i++) {
      f[i] = hw ? (weights[i] === 0 ? 0 : hw[i] / weights[i]) : 1 / k![i];
      if (!Number.isFinite(f[i]) && weights[i] !== 0) {
        throw new AnalysisError('missing-weight', `row ${i + 1}: no household weight (${file.weight_hh ? `column "${file.weight_hh}"` : 'hh_eligible'} is missing or zero)`);
      }
    }
    return f;
  };
  const scaled = (w: Float64Array, f: Float64Array): Float64Array => Float64Array.from(w, (x, i) => (x === 0 ? 0 : x * f[i]));
  const respondents = file.respondents ? new ExpressionEvaluator(table).mask(parseExpression(file.respondents)) : undefined;

  if (file.replicate) {
    const rep = file.replicate;
    let pattern: RegExp;
    try { pattern = new RegExp(rep.columns); } catch { throw new AnalysisError('bad-option', `design file: replicate.columns "${rep.columns}" is not a regular expression`); }
    const names = table.names.filter((n) => pattern.test(n));
    if (names.length < 2) throw new AnalysisError('bad-option', `design file: replicate.columns "${rep.columns}" matches ${names.length} column(s)`);
    const replicates = names.map((n) => numericValues(table, n));
    const make = (w: Float64Array, reps: Float64Array[]): ReplicateDesign => replicateDesign({
      weights: w, replicates: reps, type: rep.type,
      ...(rep.rho !== undefined ? { rho: rep.rho } : {}), ...(rep.scale !== undefined ? { scale: rep.scale } : {}),
      ...(rep.type === 'JKn' ? { rscales: guessJknRscales(w, reps) } : {}),
      mse: rep.mse ?? false, names: { weights: file.weight },
    });
    const person = file.calibration ? calibrateDesign(make(weights, replicates), table, file.calibration) : make(weights, replicates);
    let household: SurveyDesign | undefined;
    return {
      person,
      household: () => {
        if (!household) { const f = hhFactor(); household = make(scaled(weights, f), replicates.map((r) => scaled(r, f))); }
        return household;
      },
      ...(respondents ? { respondents } : {}),
    };
  }
  const make = (w: Float64Array): LinearizationDesign => linearizationDesign({
    weights: w,
    ...(file.strata ? { strata: categoryValues(table, file.strata) } : {}),
    ...(file.psu ? { psu: categoryValues(table, file.psu) } : {}),
    ...(file.fpc ? { fpc: numericValues(table, file.fpc) } : {}),
    nest: file.nest ?? false,
    lonelyPsu: file.lonelyPsu ?? 'fail',
    names: { weights: file.weight, ...(file.strata ? { strata: file.strata } : {}), ...(file.psu ? { psu: file.psu } : {}), ...(file.fpc ? { fpc: file.fpc } : {}) },
  });
  const person = file.calibration ? calibrateDesign(make(weights), table, file.calibration) : make(weights);
  let household: SurveyDesign | undefined;
  return {
    person,
    household: () => { household ??= make(scaled(weights, hhFactor())); return household; },
    ...(respondents ? { respondents } : {}),
  };
}

/** Post-stratifies or rakes the person design to the design file's population totals. */
function calibrateDesign<D extends LinearizationDesign | ReplicateDesign>(design: D, table: DataTable, cal: NonNullable<DesignFile['calibration']>): D {
  if (cal.method === 'rake') {
    const margins = cal.margins.map((m) => categoryValues(table, m.variable));
    const populations = cal.margins.map((m) => ({ levels: Object.keys(m.totals), counts: Object.values(m.totals) }));
    return rake(design, margins, populations);
  }
  // Post-strata are the crossed variables; a cell's label joins the values with "|".
  const columns = cal.variables.map((v) => categoryValues(table, v));
  const levels: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(table.rowCount);
  for (let i = 0; i < codes.length; i++) {
    const parts = columns.map((c) => (c.codes[i] < 0 ? undefined : c.levels[c.codes[i]]));
    if (parts.includes(undefined)) { codes[i] = -1; continue; }
    const key = parts.join('|');
    let k = index.get(key);
    if (k === undefined) { k = levels.length; levels.push(key); index.set(key, k); }
    codes[i] = k;
  }
  const population = {
    levels: cal.totals.map((t) => cal.variables.map((v) => {
      if (!(v in t.cell)) throw new AnalysisError('bad-calibration', `design file: a post-stratum total lacks "${v}"`);
      return t.cell[v];
    }).join('|')),
    counts: cal.totals.map((t) => t.total),
  };
  return postStratify(design, { codes, levels, name: cal.variables.join('×') }, population);
}

/** The catalogue's indicators with their expressions parsed (optionally only some ids). */
export function compileCatalogue(catalogue: Catalogue, only?: readonly string[]): CompiledIndicator[] {
  const wanted = only ? new Set(only) : undefined;
  if (wanted) {
    const known = new Set(catalogue.indicators.map((i) => i.id));
    for (const id of wanted) if (!known.has(id)) throw new AnalysisError('bad-option', `unknown indicator "${id}"`);
  }
  return catalogue.indicators.filter((i) => !wanted || wanted.has(i.id)).map(compileIndicator);
}

/** The by-sets an indicator is tabulated over. */
export function indicatorBySets(ind: CompiledIndicator, by: IndicatorRunOptions['by']): (readonly string[])[] {
  return by ? [[], ...by.filter((b) => b.length > 0)] : [[], ...ind.disaggregations.map((d) => [d])];
}

/** Domains of a by-set with its per-row codes (missing by-values in no domain); cached by key. */
class DomainCache {
  private readonly cache = new Map<string, Domains>();
  constructor(private readonly table: DataTable) {}
  get(by: readonly string[]): Domains {
    const key = by.join('\u0000');
    let d = this.cache.get(key);
    if (!d) {
      d = by.length === 0 ? wholePopulation(this.table.rowCount) : domainsOf(by.map((b) => ({ ...categoryValues(this.table, b), name: b })), 'exclude');
      this.cache.set(key, d);
    }
    return d;
  }
}

/** Rows in the universe with numerator (and denominator) observed, and among respondents. */
function usableRows(ev: ExpressionEvaluator, ind: CompiledIndicator, y: Float64Array, x: Float64Array | undefined, respondents: Uint8Array | undefined): Uint8Array {
  const u = ev.mask(ind.universeExpr);
  for (let i = 0; i < u.length; i++) {
    if (u[i] && (Number.isNaN(y[i]) || (x !== undefined && Number.isNaN(x[i])) || (respondents !== undefined && !respondents[i]))) u[i] = 0;
  }
  return u;
}

/**
 * The by-set's domains restricted to the usable rows, with domains left without a row dropped
 * (the others renumbered in order), so every domain passed to the estimator has rows. The codes
 * are written into `of` (a work array the caller may reuse once the estimate is made).
 */
export function usableDomains(domains: Domains, rows: Uint8Array, of = new Int32Array(rows.length)): Domains {
  const counts = new Int32Array(domains.count);
  for (let i = 0; i < of.length; i++) {
    const d = rows[i] ? domains.of[i] : -1;
    of[i] = d;
    if (d >= 0) counts[d]++;
  }
  if (counts.every((c) => c > 0)) return { ...domains, of };
  const renumber = new Int32Array(domains.count).fill(-1);
  const labels: Readonly<Record<string, string>>[] = [];
  for (let d = 0; d < domains.count; d++) if (counts[d] > 0) { renumber[d] = labels.length; labels.push(domains.labels[d]); }
  for (let i = 0; i < of.length; i++) if (of[i] >= 0) of[i] = renumber[of[i]];
  return { count: labels.length, of, labels };
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
    const ev = new ExpressionEvaluator(table, ind.params ?? {}, columnCache, spare);
    const y = ev.evaluate(ind.numeratorExpr);
    const x = ind.denominatorExpr ? ev.evaluate(ind.denominatorExpr) : undefined;
    const rows = usableRows(ev, ind, y, x, designs.respondents);
    const design = ind.unit === 'household' ? designs.household() : designs.person;
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

function scaleEstimate(id: string, e: DomainEstimate, scale: number): IndicatorEstimate {
  return {
    indicator: id, domain: e.domain,
    estimate: e.estimate * scale, se: e.se * scale, ciLow: e.ciLow * scale, ciHigh: e.ciHigh * scale,
    level: e.level, df: e.df, n: e.n, cv: e.cv, ...(e.deff !== undefined ? { deff: e.deff } : {}),
    flags: e.flags,
  };
}

/** Weighted numerator and denominator sums per domain key, accumulated over chunks of rows. */
export type PopulationSums = Map<string, Map<string, [number, number]>>;

/**
 * Adds one chunk of a finite population to the running sums of each indicator (point values only:
 * Σ w·y / Σ w·x over the universe, per domain), with `weights.person` and `weights.household`
 * the unit weights of each row (1 and 1/k for a population of adults). Call `populationValues` at the end.
 */
export function accumulatePopulation(sums: PopulationSums, table: DataTable, indicators: readonly CompiledIndicator[],
  weights: { person: Float64Array; household: Float64Array }, by?: IndicatorRunOptions['by']): void {
  const columnCache = new Map<string, Float64Array>();
  const domainCache = new DomainCache(table);
  for (const ind of indicators) {
    const ev = new ExpressionEvaluator(table, ind.params ?? {}, columnCache);
    const y = ev.evaluate(ind.numeratorExpr);
    const x = ind.denominatorExpr ? ev.evaluate(ind.denominatorExpr) : undefined;
    const rows = usableRows(ev, ind, y, x, undefined);
    const w = ind.unit === 'household' ? weights.household : weights.person;
    let acc = sums.get(ind.id);
    if (!acc) { acc = new Map(); sums.set(ind.id, acc); }
    for (const bySet of indicatorBySets(ind, by)) {
      const domains = domainCache.get(bySet);
      const num = new Float64Array(domains.count), den = new Float64Array(domains.count);
      for (let i = 0; i < rows.length; i++) {
        const d = domains.of[i];
        if (!rows[i] || d < 0) continue;
        num[d] += w[i] * y[i];
        den[d] += w[i] * (x ? x[i] : 1);
      }
      for (let d = 0; d < domains.count; d++) {
        if (den[d] === 0) continue;
        const key = domainKey(domains.labels[d]);
        const cell = acc.get(key) ?? [0, 0];
        cell[0] += num[d]; cell[1] += den[d];
        acc.set(key, cell);
      }
    }
  }
}

/** `{indicator: {domainKey: value}}` on each indicator's scale (the truth.json layout). */
export function populationValues(sums: PopulationSums, indicators: readonly CompiledIndicator[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const ind of indicators) {
    const acc = sums.get(ind.id);
    const values: Record<string, number> = {};
    if (acc) for (const [key, [num, den]] of acc) values[key] = (num / den) * ind.scale;
    out[ind.id] = values;
  }
  return out;
}
