/** A confidence interval [low, high]. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** The quantile q with P(T ≤ q) = 1 − (1 − level)/2 used by symmetric intervals. */
export function halfAlpha(level: number): number {
  return (1 - level) / 2;
}
