import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import erfcinv from '@stdlib/math-base-special-erfcinv';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import betainc from '@stdlib/math-base-special-betainc';
import gammainc from '@stdlib/math-base-special-gammainc';

/** Student t quantile on `df` degrees of freedom (normal when df = ∞; NaN when df ≤ 0, as R's `qt`). */
export function qt(p: number, df: number): number {
  if (!(df > 0)) return NaN;
  if (df === Infinity) return qnorm(p);
  return tQuantile(p, df);
}

/**
 * Standard normal quantile Φ⁻¹(p) = −√2 · erfc⁻¹(2p). Written through erfc⁻¹ of 2p (not
 * erf⁻¹ of 2p − 1, which rounds away every p below ~1e-16) so that tail quantiles keep full
 * precision, as R's `qnorm` (Wichura's AS 241) does: the likelihood interval needs Φ⁻¹ of
 * probabilities near 1e-23.
 */
export function qnorm(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  return -Math.SQRT2 * erfcinv(2 * p);
}

export function pnorm(x: number): number {
  return normalCdf(x, 0, 1);
}

/** Beta quantile; a shape of 0 puts all mass at that end, as R's `qbeta`. */
export function qbeta(p: number, a: number, b: number): number {
  if (a === 0) return 0;
  if (b === 0) return 1;
  return betaQuantile(p, a, b);
}

/**
 * Upper tail P(F > f) of the F(d1, d2) distribution (R `pf(f, d1, d2, lower.tail = FALSE)`),
 * from the regularized incomplete beta: P(F > f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2). Taken as
 * the beta function's own tail, so small p-values keep their precision (never 1 − cdf).
 * d2 = ∞ is the χ²_{d1}/d1 limit.
 */
export function pfUpper(f: number, d1: number, d2: number): number {
  if (!(d1 > 0) || !(d2 > 0) || Number.isNaN(f)) return NaN;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  if (d2 === Infinity) return pchisqUpper(f * d1, d1);
  return betainc(d2 / (d2 + d1 * f), d2 / 2, d1 / 2, true, false);
}

/** Upper tail P(X > x) of χ²_k (R `pchisq(x, k, lower.tail = FALSE)`): the upper regularized gamma Q(k/2, x/2). */
export function pchisqUpper(x: number, k: number): number {
  if (!(k > 0) || Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  return gammainc(x / 2, k / 2, true, true);
}

/** Two-sided p-value P(|T| > |t|) on `df` degrees of freedom (R `2 * pt(-abs(t), df)`); normal when df = ∞. */
export function ptTwoSided(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) return NaN;
  if (df === Infinity) return 2 * pnorm(-Math.abs(t));
  // P(|T| > t) = I_{df/(df + t²)}(df/2, 1/2).
  return betainc(df / (df + t * t), df / 2, 0.5, true, false);
}
