import type { Interval } from './interval';

/**
 * Wilson score interval on an effective sample size (not in R survey 4.1.1):
 *
 *   (p̂ + c²/2n ± c √(p̂(1 − p̂)/n + c²/4n²)) / (1 + c²/n),
 *
 * with n the effective sample size p̂(1 − p̂)/V̂(p̂) and c the critical value (the estimators
 * use t_{df, 1−α/2}, the design df, as for every other interval here).
 */
export function wilsonInterval(p: number, nEffective: number, critical: number): Interval {
  const c2 = critical * critical;
  const n = nEffective;
  const centre = p + c2 / (2 * n);
  const half = critical * Math.sqrt((p * (1 - p)) / n + c2 / (4 * n * n));
  const denom = 1 + c2 / n;
  return { low: (centre - half) / denom, high: (centre + half) / denom };
}
