import { qt } from '../distributions';
import { halfAlpha, type Interval } from './interval';

/**
 * Wald interval on Student's t with the design degrees of freedom:
 * θ̂ ± t_{df, 1−α/2} · se  (R `confint(est, df = degf(design))`). Used for means, totals,
 * ratios, and as the `mean` method for proportions. df ≤ 0 gives NaN ends, as in R.
 */
export function studentInterval(estimate: number, se: number, df: number, level: number): Interval {
  const q = qt(halfAlpha(level), df);
  return { low: estimate + q * se, high: estimate - q * se };
}
