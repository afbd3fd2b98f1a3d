import { studentInterval } from './student';
import type { Interval } from './interval';

export const expit = (x: number): number => 1 / (1 + Math.exp(-x));
export const logit = (p: number): number => Math.log(p / (1 - p));

/**
 * `svyciprop(method = "logit")` (the default): a Wald interval for β = logit(p) from the
 * design-based logistic fit, back-transformed: expit(β̂ ± t_df · se(β̂)).
 * On a linearization design se(β̂)² = V̂(p̂)/(p̂(1 − p̂))² (the sandwich of the intercept-only
 * model); on a replicate design it is the replicate variance of logit(p̂_r).
 */
export function logitInterval(p: number, varianceLogit: number, df: number, level: number): Interval {
  const ci = studentInterval(logit(p), Math.sqrt(varianceLogit), df, level);
  return { low: expit(ci.low), high: expit(ci.high) };
}
