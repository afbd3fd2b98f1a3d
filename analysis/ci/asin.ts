import { studentInterval } from './student';
import type { Interval } from './interval';

/**
 * `svyciprop(method = "asin")`: delta method on the arcsine-square-root scale,
 * se(asin √p̂) = se(p̂) / (2 √(p̂(1 − p̂))), interval sin²(asin √p̂ ± t_df · se) — ends are
 * squared as R does, without clipping the inner interval.
 */
export function asinInterval(p: number, variance: number, df: number, level: number): Interval {
  const ci = studentInterval(Math.asin(Math.sqrt(p)), Math.sqrt(variance) / (2 * Math.sqrt(p * (1 - p))), df, level);
  return { low: Math.sin(ci.low) ** 2, high: Math.sin(ci.high) ** 2 };
}
