import { expit, logit } from './logit';
import { studentInterval } from './student';
import type { Interval } from './interval';

/**
 * `svyciprop(method = "xlogit")`: delta method on the logit scale, se(logit p̂) = se(p̂)/(p̂(1 − p̂)),
 * interval expit(logit p̂ ± t_df · se), whatever the design type.
 */
export function xlogitInterval(p: number, variance: number, df: number, level: number): Interval {
  const ci = studentInterval(logit(p), Math.sqrt(variance) / (p * (1 - p)), df, level);
  return { low: expit(ci.low), high: expit(ci.high) };
}
