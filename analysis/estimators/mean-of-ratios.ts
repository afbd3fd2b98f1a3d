import type { SurveyDesign } from '../design';
import type { DomainEstimate, EstimateOptions } from '../estimate';
import { AnalysisError } from '../errors';
import { logit, logitInterval } from '../ci/logit';
import { replicateVariance } from '../variance/replicate';
import { analysisDomains, toEstimate } from './common';
import { linearStatistic } from './linear';

/** One component ratio R_j = Y_j / X_j: its numerator and denominator columns (0 outside its own universe). */
export interface RatioComponent {
  readonly y: Float64Array;
  readonly x: Float64Array;
}

/**
 * The simple (unweighted) mean of k ratios in each domain d — SDG 16.6.2's average of the five
 * attribute shares, each with its own denominator:
 *
 *   θ̂_d = (1/k) Σ_j R̂_jd,   R̂_jd = Ŷ_jd / X̂_jd = Σ_{i∈d} w_i y_ij / Σ_{i∈d} w_i x_ij.
 *
 * θ is a smooth function of 2k totals, so its linearized (Taylor) variance is the variance of the
 * estimated total of the influence values
 *
 *   z_i = w_i e_i,   e_i = (1/k) Σ_j (y_ij − R̂_jd x_ij) / X̂_jd   for rows i in d (0 elsewhere),
 *
 * (the gradient ∂θ/∂Y_j = 1/(k X_j), ∂θ/∂X_j = −R_j/(k X_j)), computed by the same engine as a
 * total of e: strata, PSUs, fpc, lonely PSUs, calibration residuals, second stages, domain
 * degrees of freedom, and the design effect as for a ratio (Σ w e = 0 in each domain). R:
 * `svycontrast(svyratio(~y1+…+yk, ~x1+…+xk, design, covmat = TRUE), rep(1/k, k))`, or per domain
 * `svyby(…, svyratio, covmat = TRUE)` then the contrast.
 *
 * Replicate designs recompute θ̂ with each replicate's weights (θ̂_r = (1/k) Σ_j Ŷ_jr / X̂_jr)
 * and take the replicate variance of those, as R `svyratio` + `svycontrast` does.
 *
 * θ lies in [0, 1] when every component is a share, so the interval is the logit one of a
 * proportion (R `svyciprop(method = "logit")` on a linearized p̂): expit(logit θ̂ ± t_df · se_logit),
 * se_logit² = V̂(θ̂)/(θ̂(1 − θ̂))² (replicates: the replicate variance of logit θ̂_r).
 *
 * A row takes part in a domain when it is in the universe of at least one component (the caller
 * puts y = x = 0 outside a component's universe). A domain where some component has no
 * denominator (X̂_jd = 0) has no estimate (NaN), as the mean of the shares is then undefined.
 */
export function svyMeanOfRatios(design: SurveyDesign, components: readonly RatioComponent[], options: EstimateOptions = {}): DomainEstimate[] {
  const k = components.length;
  if (k === 0) throw new AnalysisError('bad-option', 'a mean of ratios needs at least one component');
  const columns = components.flatMap((c, j) => [{ name: `${options.name ?? 'component'}[${j + 1}].y`, values: c.y }, { name: `${options.name ?? 'component'}[${j + 1}].x`, values: c.x }]);
  const domains = analysisDomains(design, options, columns);
  const D = domains.count, dom = domains.of, w = design.weights;

  // Ŷ_jd, X̂_jd and R̂_jd = Ŷ_jd / X̂_jd.
  const Y = new Float64Array(D * k), X = new Float64Array(D * k);
  for (let i = 0; i < dom.length; i++) {
    const d = dom[i];
    if (d < 0) continue;
    for (let j = 0; j < k; j++) { Y[d * k + j] += w[i] * components[j].y[i]; X[d * k + j] += w[i] * components[j].x[i]; }
  }
  const R = Float64Array.from(Y, (y, m) => y / X[m]);
  const theta = new Float64Array(D);
  const estimable = new Uint8Array(D);
  for (let d = 0; d < D; d++) {
    let s = 0, ok = 1;
    for (let j = 0; j < k; j++) { if (!(X[d * k + j] !== 0)) ok = 0; s += R[d * k + j]; }
    estimable[d] = ok;
    theta[d] = ok ? s / k : NaN;
  }

  // e_i = (1/k) Σ_j (y_ij − R̂_jd x_ij) / X̂_jd: one column serves every domain (domains are disjoint).
  const e = new Float64Array(dom.length);
  for (let i = 0; i < dom.length; i++) {
    const d = dom[i];
    if (d < 0 || !estimable[d]) continue;
    let s = 0;
    for (let j = 0; j < k; j++) s += (components[j].y[i] - R[d * k + j] * components[j].x[i]) / X[d * k + j];
    e[i] = s / k;
  }
  const stats = linearStatistic(design, domains, 'total', e, null);

  const level = options.level ?? 0.95;
  return stats.map((s, d) => {
    let variance = estimable[d] ? s.variance : NaN;
    let varianceLogit = variance / (theta[d] * (1 - theta[d])) ** 2;
    if (design.kind === 'replicate' && estimable[d]) {
      const thetas = new Float64Array(design.replicates.length);
      for (let r = 0; r < thetas.length; r++) {
        const rw = design.replicates[r];
        const Yr = new Float64Array(k), Xr = new Float64Array(k);
        for (let i = 0; i < dom.length; i++) {
          if (dom[i] !== d) continue;
          for (let j = 0; j < k; j++) { Yr[j] += rw[i] * components[j].y[i]; Xr[j] += rw[i] * components[j].x[i]; }
        }
        let t = 0;
        for (let j = 0; j < k; j++) t += Yr[j] / Xr[j];
        thetas[r] = t / k;
      }
      variance = replicateVariance(design, thetas, theta[d]);
      varianceLogit = replicateVariance(design, thetas.map(logit), logit(theta[d]));
    }
    const stat = { ...s, estimate: theta[d], variance, deff: estimable[d] ? s.deff * (variance / s.variance) : NaN };
    return toEstimate(domains.labels[d], stat, logitInterval(theta[d], varianceLogit, s.df, level), options);
  });
}
