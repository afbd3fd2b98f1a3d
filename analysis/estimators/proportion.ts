import type { SurveyDesign } from '../design';
import { AnalysisError } from '../errors';
import type { DomainEstimate, EstimateOptions } from '../estimate';
import { qt } from '../distributions';
import type { Interval } from '../ci/interval';
import { xlogitInterval } from '../ci/xlogit';
import { asinInterval } from '../ci/asin';
import { betaInterval } from '../ci/beta';
import { meanInterval } from '../ci/mean';
import { wilsonInterval } from '../ci/wilson';
import { likelihoodInterval } from '../ci/likelihood';
import { replicateVariance } from '../variance/replicate';
import { analysisDomains, toEstimate } from './common';
import { linearStatistic, linearizationStatistic, type DomainStatistic } from './linear';
import { cellScratch, domainCellVariance, gatherDomainCells, type DomainCells } from '../variance/domain-cells';
import { InterceptFitSums, linkinv, muEta, refitFromStart, type LogisticFit } from './logistic';
import { studentInterval } from '../ci/student';
import type { Domains } from '../domains';

export type ProportionCiMethod = 'logit' | 'likelihood' | 'asin' | 'beta' | 'mean' | 'xlogit' | 'wilson';
export const PROPORTION_CI_METHODS: readonly ProportionCiMethod[] = ['logit', 'likelihood', 'asin', 'beta', 'mean', 'xlogit', 'wilson'];

export interface ProportionOptions extends EstimateOptions {
  /** Interval method, default `logit` (R `svyciprop`'s default). */
  readonly method?: ProportionCiMethod;
}

/**
 * Proportion of rows with y = 1 in each domain d (R `svyciprop`, `svyby(..., svyciprop)`):
 * p̂_d = Σ_{i∈d} w_i y_i / Σ_{i∈d} w_i — the mean of a 0/1 variable, with the mean's
 * variance. The interval follows `method` (see `analysis/ci/`). `nEffective` is n/deff and
 * drives the `suppress-neff` flag.
 */
export function svyProportion(design: SurveyDesign, y: Float64Array, options: ProportionOptions = {}): DomainEstimate[] {
  const name = options.name ?? 'y';
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (v !== 0 && v !== 1 && !Number.isNaN(v)) {
      throw new AnalysisError('not-numeric', `column "${name}" row ${i + 1}: ${v} is not 0/1 or true/false (a proportion needs a 0/1 variable)`);
    }
  }
  const domains = analysisDomains(design, options, [{ name, values: y }]);
  const level = options.level ?? 0.95;
  const method = options.method ?? 'logit';
  const calibrated = design.kind === 'linearization' && design.calibration.length > 0;
  // On an uncalibrated linearization design the (domain, PSU) totals serve p̂ and the logit fit alike.
  const cells = design.kind === 'linearization' && !calibrated ? gatherDomainCells(design, domains.of, domains.count, y, null) : undefined;
  const stats = cells && design.kind === 'linearization' ? linearizationStatistic(design, domains, 'ratio', y, null, cells, true) : linearStatistic(design, domains, 'ratio', y, null);
  const glm = method === 'logit' || method === 'likelihood' ? logisticFits(design, domains, y, stats, calibrated, method === 'likelihood', cells) : null;
  return stats.map((s, d) => {
    const p = s.estimate;
    // Rows of the domain design as R counts them (a calibrated design keeps all rows).
    const rows = calibrated ? design.rowCount : s.n;
    let interval: Interval;
    let estimate = p;
    switch (method) {
      case 'mean': interval = meanInterval(p, s.variance, s.df, level); break;
      case 'xlogit': interval = xlogitInterval(p, s.variance, s.df, level); break;
      case 'asin': interval = asinInterval(p, s.variance, s.df, level); break;
      case 'beta': interval = betaInterval(p, s.variance, rows, s.df, level); break;
      case 'wilson': interval = wilsonInterval(p, (p * (1 - p)) / s.variance, qt(1 - (1 - level) / 2, s.df)); break;
      case 'logit': {
        const g = glm![d];
        estimate = g.fit.mu;
        const ci = studentInterval(g.fit.beta, Math.sqrt(g.varianceLogit), s.df, level);
        interval = { low: linkinv(ci.low), high: linkinv(ci.high) };
        break;
      }
      case 'likelihood': {
        const g = glm![d];
        estimate = g.fit.mu;
        const mp = g.fit.muPrevious;
        interval = likelihoodInterval({
          beta: g.fit.beta, varianceLogit: g.varianceLogit, naiveVariance: 1 / ((g.fit.s1 + g.fit.s0) * mp * (1 - mp)),
          s1: g.fit.s1, s0: g.fit.s0, deviance: g.fit.deviance, rows, dispersion: g.dispersion, df: s.df, level, linkinv,
        });
        break;
      }
    }
    return toEstimate(domains.labels[d], { ...s, estimate }, interval, options, s.n / s.deff);
  });
}

interface DomainFit {
  readonly fit: LogisticFit;
  readonly varianceLogit: number;
  /** summary.svyglm's dispersion; computed only for the likelihood interval (NaN otherwise). */
  readonly dispersion: number;
}

/**
 * For each domain, what `svyglm(y ~ 1, family = quasibinomial)` computes on the domain
 * design: the IRLS fit with weights rescaled to mean 1 over the model's rows; the design
 * variance of β̂ — on a linearization design the sandwich, V̂(Σ w (y − μ̂)) / (μ′(β̂) Σ w)²,
 * on a replicate design the replicate variance of the refits β̂_r (each started at β̂); and
 * `summary.svyglm`'s dispersion, the design variance (`svyvar`, n/(n − 1) Σ w (r − r̄)² / Σ w)
 * of R's Pearson residuals r = (y − μ̂)/√(μ̂(1 − μ̂)), times √m on replicate designs.
 */
function logisticFits(
  design: SurveyDesign, domains: Domains, y: Float64Array, stats: DomainStatistic[], calibrated: boolean, withDispersion: boolean, cells?: DomainCells,
): DomainFit[] {
  const D = domains.count, dom = domains.of, w = design.weights;
  // One pass over the rows for every domain; the prior weights are rescaled to mean 1 per domain.
  const meanW = stats.map((s) => s.weightSum / (calibrated ? design.rowCount : s.n));
  const sums = stats.map(() => new InterceptFitSums());
  for (let i = 0; i < dom.length; i++) { const d = dom[i]; if (d >= 0) sums[d].add(w[i] / meanW[d], y[i]); }
  const fits = sums.map((s) => s.fit());
  let varianceLogit: number[];
  if (design.kind === 'linearization' && cells) {
    // PSU totals of w (y − μ̂) per (domain, PSU) cell: Σ w y − μ̂ Σ w.
    const scratch = cellScratch(design, cells);
    varianceLogit = fits.map((f, d) => domainCellVariance(design, cells, d, f.mu, 1, scratch) / (muEta(f.beta) * stats[d].weightSum) ** 2);
  } else if (design.kind === 'linearization') {
    const resid = new Float64Array(y.length);
    for (let i = 0; i < y.length; i++) { const d = dom[i]; if (d >= 0) resid[i] = y[i] - fits[d].mu; }
    const totals = linearStatistic(design, domains, 'total', resid, null);
    varianceLogit = totals.map((t, d) => t.variance / (muEta(fits[d].beta) * stats[d].weightSum) ** 2);
  } else {
    varianceLogit = stats.map((s, d) => {
      const betas = s.replicates!.map((pr) => refitFromStart(pr, fits[d].beta));
      return replicateVariance(design, betas, fits[d].beta);
    });
  }
  if (!withDispersion) return fits.map((fit, d) => ({ fit, varianceLogit: varianceLogit[d], dispersion: NaN }));
  const sumR = new Float64Array(D), ss = new Float64Array(D);
  const scale = fits.map((f, d) => (design.kind === 'replicate' ? Math.sqrt(stats[d].n) : 1) / Math.sqrt(f.mu * (1 - f.mu)));
  for (let i = 0; i < dom.length; i++) { const d = dom[i]; if (d >= 0) sumR[d] += w[i] * (y[i] - fits[d].mu) * scale[d]; }
  for (let i = 0; i < dom.length; i++) {
    const d = dom[i];
    if (d < 0) continue;
    const r = (y[i] - fits[d].mu) * scale[d] - sumR[d] / stats[d].weightSum;
    ss[d] += w[i] * r * r;
  }
  return fits.map((fit, d) => {
    const n = design.kind === 'replicate' ? stats[d].n : stats[d].nonzero;
    return { fit, varianceLogit: varianceLogit[d], dispersion: ((n / (n - 1)) * ss[d]) / stats[d].weightSum };
  });
}
