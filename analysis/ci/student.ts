import { qt } from '../distributions';
import { halfAlpha, type Interval } from './interval';

/**
 * Wald interval on Student's t with the design degrees of freedom:
 * θ̂ ± t_{df, 1−α/2} · se  (R `confint(est, df = degf(design))`). Used for means, totals,
 * ratios, and as the `mean` method for proportions. df ≤ 0 gives NaN ends, as in R.
 */
export function studentInterval(estimate: number, se: number, df: number, level: number): Interval {
  const q = studentQuantile(halfAlpha(level), df);
  return { low: estimate + q * se, high: estimate - q * se };
}

// A table of indicators by domain asks for the same few (level, df) quantiles thousands of
// times, and each costs an incomplete-beta inversion; remember them (the cache stays small:
// df values are integers bounded by the PSU count).
const quantiles = new Map<number, Map<number, number>>();

function studentQuantile(p: number, df: number): number {
  let byDf = quantiles.get(p);
  if (!byDf) { byDf = new Map(); quantiles.set(p, byDf); }
  let q = byDf.get(df);
  if (q === undefined) {
    q = qt(p, df);
    if (byDf.size < 100_000) byDf.set(df, q);
  }
  return q;
}
