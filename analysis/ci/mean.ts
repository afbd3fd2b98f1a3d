import { studentInterval } from './student';
import type { Interval } from './interval';

/** `svyciprop(method = "mean")`: the Wald interval p̂ ± t·se on the proportion scale (may leave [0, 1]). */
export function meanInterval(p: number, variance: number, df: number, level: number): Interval {
  return studentInterval(p, Math.sqrt(variance), df, level);
}
