import { qbeta, qt } from '../distributions';
import type { Interval } from './interval';

/**
 * `svyciprop(method = "beta")`, Korn & Graubard (1998): a Clopper–Pearson interval on the
 * effective sample size n* = p̂(1 − p̂)/V̂(p̂) · (t_{rows−1, α/2} / t_{df, α/2})², where `rows`
 * is the number of rows in the (domain) design, as R's `nrow(design)`:
 * [Beta⁻¹(α/2; n*p̂, n*(1 − p̂) + 1), Beta⁻¹(1 − α/2; n*p̂ + 1, n*(1 − p̂))].
 */
export function betaInterval(p: number, variance: number, rows: number, df: number, level: number): Interval {
  const alpha = 1 - level;
  const nEff = ((p * (1 - p)) / variance) * (qt(alpha / 2, rows - 1) / qt(alpha / 2, df)) ** 2;
  return { low: qbeta(alpha / 2, nEff * p, nEff * (1 - p) + 1), high: qbeta(1 - alpha / 2, nEff * p + 1, nEff * (1 - p)) };
}
