import type { SurveyDesign } from '../design';
import { AnalysisError } from '../errors';
import type { EstimateOptions } from '../estimate';
import { analysisDomains } from '../estimators/common';
import { linearStatistic, type DomainStatistic } from '../estimators/linear';
import { qt, ptTwoSided } from '../distributions';
import { linearizationVariance, secondStageVariance } from '../variance/linearization';
import { replicateRank, replicateVariance } from '../variance/replicate';
import { residualize } from '../calibration/steps';
import type { Domains } from '../domains';

/** Statistics whose differences are tested: all are smooth functions of weighted totals. */
export type ComparedStatistic = 'mean' | 'proportion' | 'total' | 'ratio';
export const COMPARED_STATISTICS: readonly ComparedStatistic[] = ['mean', 'proportion', 'total', 'ratio'];

/** One side of a comparison, as estimated on its own. */
export interface ComparedEstimate {
  readonly domain: Readonly<Record<string, string>>;
  readonly estimate: number;
  readonly se: number;
  readonly df: number;
  readonly n: number;
}

/** A difference first − second with its design-based SE, interval and two-sided t test. */
export interface Difference {
  readonly first: ComparedEstimate;
  readonly second: ComparedEstimate;
  readonly estimate: number;
  readonly se: number;
  readonly variance: number;
  readonly df: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly level: number;
  /** t = estimate / se. */
  readonly t: number;
  /** P(|T_df| > |t|). */
  readonly pValue: number;
}

/** Interval and test of a difference d with variance v on df degrees of freedom. */
export function differenceTest(first: ComparedEstimate, second: ComparedEstimate, variance: number, df: number, level: number): Difference {
  const estimate = first.estimate - second.estimate;
  const se = Math.sqrt(variance);
  const half = qt(1 - (1 - level) / 2, df) * se;
  const t = estimate / se;
  return { first, second, estimate, se, variance, df, ciLow: estimate - half, ciHigh: estimate + half, level, t, pValue: ptTwoSided(t, df) };
}

export interface DomainDifferenceOptions extends EstimateOptions {
  /** Name of the ratio's denominator, for error messages. */
  readonly denominatorName?: string;
  /** Domains compared, by their labels: pairs [first, second]. Default: every pair, in the domains' order. */
  readonly pairs?: readonly (readonly [Readonly<Record<string, string>>, Readonly<Record<string, string>>])[];
}

/**
 * Differences between domains of ONE design (R `svyttest(y ~ g, subset(des, g %in% c(a, b)))`
 * for means and proportions, `svycontrast(svyby(~y, ~g, des, svytotal, covmat = TRUE), c(1, -1))`
 * for totals and ratios). The two estimates share PSUs, so the variance of θ̂_a − θ̂_b is that of
 * the difference of their influence values, never V_a + V_b:
 *
 *   z_i = z_i(a) − z_i(b),   mean/proportion z_i(d) = 1{i∈d} w_i (y_i − ȳ_d)/Ŵ_d,
 *   ratio z_i(d) = 1{i∈d} w_i (y_i − R̂_d x_i)/X̂_d,   total z_i(d) = 1{i∈d} w_i y_i,
 *
 * with V̂(Σ z) by linearization (PSU totals) or, on replicate designs, the replicate variance of
 * θ̂_ra − θ̂_rb. The test is R `svyttest`'s: t on df = degf of the design restricted to both
 * domains − 1 (the two-group regression's residual df); interval d ± t_{df} · se.
 */
export function svyDomainDifferences(
  design: SurveyDesign, statistic: ComparedStatistic, y: Float64Array, x: Float64Array | null, options: DomainDifferenceOptions,
): Difference[] {
  if (!options.domains) throw new AnalysisError('bad-option', 'domain differences need domains (--by)');
  if (statistic === 'proportion') {
    for (let i = 0; i < y.length; i++) {
      const v = y[i];
      if (v !== 0 && v !== 1 && !Number.isNaN(v)) throw new AnalysisError('not-numeric', `column "${options.name ?? 'y'}" row ${i + 1}: ${v} is not 0/1 (a proportion needs a 0/1 variable)`);
    }
  }
  if (statistic === 'ratio' && x === null) throw new AnalysisError('bad-option', 'a ratio difference needs a denominator');
  const columns = [{ name: options.name ?? 'y', values: y }, ...(x !== null && statistic === 'ratio' ? [{ name: options.denominatorName ?? 'x', values: x }] : [])];
  const domains = analysisDomains(design, options, columns);
  const kind = statistic === 'total' ? 'total' : 'ratio';
  const xs = statistic === 'ratio' ? x : null;
  const stats = linearStatistic(design, domains, kind, y, xs);
  const level = options.level ?? 0.95;
  const index = (label: Readonly<Record<string, string>>): number => {
    const keys = Object.keys(label);
    const d = domains.labels.findIndex((l) => Object.keys(l).length === keys.length && keys.every((k) => l[k] === label[k]));
    if (d < 0) throw new AnalysisError('bad-option', `no rows in domain ${describe(label)}${options.missing === 'exclude' ? ' with observed values' : ''}`);
    return d;
  };
  const pairs: [number, number][] = options.pairs
    ? options.pairs.map(([a, b]) => [index(a), index(b)])
    : domains.labels.flatMap((_, a) => domains.labels.map((__, b) => [a, b] as [number, number]).filter(([p, q]) => p < q));
  return pairs.map(([a, b]) => {
    if (a === b) throw new AnalysisError('bad-option', `a domain compared with itself: ${describe(domains.labels[a])}`);
    const variance = design.kind === 'replicate'
      ? replicateDifferenceVariance(design, stats[a], stats[b])
      : linearizationDifferenceVariance(design, domains, kind, y, xs, stats, a, b);
    const df = unionDegreesOfFreedom(design, domains, a, b) - 1;
    return differenceTest(side(domains, stats, a), side(domains, stats, b), variance, df, level);
  });
}

function describe(label: Readonly<Record<string, string>>): string {
  return Object.entries(label).map(([k, v]) => `${k} = "${v}"`).join(', ');
}

function side(domains: Domains, stats: DomainStatistic[], d: number): ComparedEstimate {
  const s = stats[d];
  return { domain: domains.labels[d], estimate: s.estimate, se: Math.sqrt(s.variance), df: s.df, n: s.n };
}

function replicateDifferenceVariance(design: Extract<SurveyDesign, { kind: 'replicate' }>, a: DomainStatistic, b: DomainStatistic): number {
  const ra = a.replicates!, rb = b.replicates!;
  return replicateVariance(design, Float64Array.from(ra, (v, r) => v - rb[r]), a.estimate - b.estimate);
}

function linearizationDifferenceVariance(
  design: Extract<SurveyDesign, { kind: 'linearization' }>, domains: Domains, kind: 'total' | 'ratio', y: Float64Array, x: Float64Array | null,
  stats: DomainStatistic[], a: number, b: number,
): number {
  const dom = domains.of, w = design.weights;
  // Denominators X̂_d = Σ_{i∈d} w_i x_i of the ratios (Ŵ_d for a mean).
  let Xa = 0, Xb = 0;
  for (let i = 0; i < dom.length; i++) {
    const xi = x === null ? w[i] : w[i] * x[i];
    if (dom[i] === a) Xa += xi; else if (dom[i] === b) Xb += xi;
  }
  const z = new Float64Array(dom.length);
  const strataPresent = new Uint8Array(design.strataLabels.length);
  for (let i = 0; i < dom.length; i++) {
    const d = dom[i];
    if (d !== a && d !== b) continue;
    strataPresent[design.stratum[i]] = 1;
    const xi = x === null ? 1 : x[i];
    const zi = kind === 'total' ? w[i] * y[i] : (w[i] * (y[i] - stats[d].estimate * xi)) / (d === a ? Xa : Xb);
    z[i] = d === a ? zi : -zi;
  }
  if (design.calibration.length > 0) {
    // R keeps every row of a calibrated design in a domain: every stratum takes part.
    residualize(z, design.calibration);
    strataPresent.fill(1);
  }
  const totals = new Float64Array(design.psuCount);
  for (let i = 0; i < z.length; i++) totals[design.psu[i]] += z[i];
  // Multistage: the PSUs with a row of either domain take part in the second-stage term.
  const psuPresent = new Uint8Array(design.psuCount);
  for (let i = 0; i < dom.length; i++) if (dom[i] === a || dom[i] === b || design.calibration.length > 0) psuPresent[design.psu[i]] = 1;
  return linearizationVariance(design, totals, strataPresent) + secondStageVariance(design, z, psuPresent);
}

/** R `degf` of the design restricted to the rows of domains a and b. */
function unionDegreesOfFreedom(design: SurveyDesign, domains: Domains, a: number, b: number): number {
  const dom = domains.of;
  if (design.kind === 'replicate') {
    const rows: number[] = [];
    for (let i = 0; i < dom.length; i++) if (dom[i] === a || dom[i] === b) rows.push(i);
    return replicateRank(design.replicates, Int32Array.from(rows)) - 1;
  }
  const psuSeen = new Uint8Array(design.psuCount), stratumSeen = new Uint8Array(design.strataLabels.length);
  let psus = 0, strata = 0;
  for (let i = 0; i < dom.length; i++) {
    if ((dom[i] !== a && dom[i] !== b) || !(design.weights[i] > 0)) continue;
    const p = design.psu[i];
    if (!psuSeen[p]) { psuSeen[p] = 1; psus++; }
    const h = design.stratum[i];
    if (!stratumSeen[h]) { stratumSeen[h] = 1; strata++; }
  }
  return psus - strata;
}

/**
 * The difference between two INDEPENDENT surveys (two waves, two countries) of the same
 * statistic: the samples share no PSU, so V̂(θ̂₁ − θ̂₂) = V̂₁ + V̂₂. It is what R gives on the two
 * designs stacked as separate strata (`svyttest(y ~ wave, stacked)`, the strata of one wave
 * never meeting the other's): df = df₁ + df₂ − 1, the stacked design's degf minus one.
 * Each side is the estimate (and variance, df) computed on its own design and domain.
 */
export function independentDifference(
  first: ComparedEstimate & { readonly variance: number }, second: ComparedEstimate & { readonly variance: number }, level = 0.95,
): Difference {
  return differenceTest(strip(first), strip(second), first.variance + second.variance, first.df + second.df - 1, level);
}

function strip(e: ComparedEstimate): ComparedEstimate {
  return { domain: e.domain, estimate: e.estimate, se: e.se, df: e.df, n: e.n };
}
