import { pnorm, qnorm, qt } from '../distributions';
import { approxAt, fmmSpline } from './spline';
import type { Interval } from './interval';

/** What the profile-likelihood interval needs about an intercept-only logistic fit on a (domain) design. */
export interface LikelihoodInput {
  /** β̂, the fitted logit. */
  readonly beta: number;
  /** Design variance of β̂ (sandwich, or from replicates). */
  readonly varianceLogit: number;
  /** Model-based ("naive") variance of β̂ from the fit's working weights. */
  readonly naiveVariance: number;
  /** Σ W y and Σ W (1 − y) with the prior weights W of the fit. */
  readonly s1: number;
  readonly s0: number;
  /** Deviance at β̂. */
  readonly deviance: number;
  /** Rows in the model. */
  readonly rows: number;
  /** R `summary.svyglm`'s dispersion: the design variance of the Pearson residuals. */
  readonly dispersion: number;
  readonly df: number;
  readonly level: number;
  /** The inverse link (R's clamped logistic). */
  readonly linkinv: (eta: number) => number;
}

/**
 * `svyciprop(method = "likelihood")`: the profile-likelihood interval of the intercept-only
 * quasi-binomial model, rescaled for the design (Rao–Scott). The signed root deviance is
 * τ(β) = sign(β − β̂) √((D(β) − D(β̂))/φ), φ the dispersion; the design effect on β is
 * λ = V̂(β̂)/V̂_naive(β̂), and the interval is where τ = ±t_{df, α/2} √λ.
 *
 * Computed the way R computes it (`confint.svyglm(method = "likelihood")`): with
 * a = Φ(t_{df, α/2} √λ)/2, τ on the grid β̂ ± k·(z/5)·se(β̂), k = 1‥9 while |τ| < z =
 * √F_{1, m−1; upper a}, an FMM spline through the grid, and linear interpolation of its inverse
 * at ±Φ⁻¹(2a). When the grid does not reach the cut-offs R returns NA, and so do we (the
 * estimate then carries the `no-interval` flag).
 *
 * Precision: a shrinks fast with λ (a ≈ 1e-23 at λ = 16, 95 %). R takes the upper-tail F
 * quantile directly; written as the t quantile of 1 − a/2 it would round to qt(1) = ∞. The
 * identity √F_{1,ν; upper a} = t_{ν; upper a/2} = −t_{ν; a/2} keeps it exact: the lower-tail
 * quantile of a/2 is computed from a/2 itself, never from 1 − a/2.
 */
export function likelihoodInterval(input: LikelihoodInput): Interval {
  const { beta: b0, varianceLogit, naiveVariance, s1, s0, deviance: d0, rows: m, dispersion, df, level, linkinv } = input;
  const se = Math.sqrt(varianceLogit);
  const lambda = varianceLogit / naiveVariance;
  if (!(df > 0)) return { low: NaN, high: NaN };
  const alpha = pnorm(qt((1 - level) / 2, df) * Math.sqrt(lambda)) / 2;
  // zmax = √(F_{1, m−1; upper a}) = −t_{m−1; a/2} (see above: never 1 − a/2).
  const zmax = -qt(alpha / 2, m - 1);
  if (!(zmax > 0 && Number.isFinite(zmax))) return { low: NaN, high: NaN };
  const del = zmax / 5;
  const betas: number[] = [b0], taus: number[] = [0];
  for (const sgn of [-1, 1]) {
    let z = 0;
    for (let step = 1; step < 10 && Math.abs(z) < zmax; step++) {
      const bi = b0 + sgn * step * del * se;
      const mu = linkinv(bi);
      const dev = 2 * ((s1 > 0 ? s1 * Math.log(1 / mu) : 0) + (s0 > 0 ? s0 * Math.log(1 / (1 - mu)) : 0));
      let zz = (dev - d0) / dispersion;
      if (zz < -0.001) return { low: NaN, high: NaN }; // R: "profiling has found a better solution"
      zz = Math.max(zz, 0);
      z = sgn * Math.sqrt(zz);
      betas.push(bi); taus.push(z);
    }
  }
  const sp = fmmSpline(betas, taus, 3 * betas.length);
  const cutLow = qnorm(2 * alpha), cutHigh = -cutLow;
  return { low: linkinv(approxAt(sp.y, sp.x, cutLow)), high: linkinv(approxAt(sp.y, sp.x, cutHigh)) };
}
