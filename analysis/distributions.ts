import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';

/** Student t quantile on `df` degrees of freedom (normal when df = ∞; NaN when df ≤ 0, as R's `qt`). */
export function qt(p: number, df: number): number {
  if (!(df > 0)) return NaN;
  if (df === Infinity) return normalQuantile(p, 0, 1);
  return tQuantile(p, df);
}

export function qnorm(p: number): number {
  return normalQuantile(p, 0, 1);
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
