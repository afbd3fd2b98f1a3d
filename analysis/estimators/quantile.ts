import type { SurveyDesign } from '../design';
import type { DomainEstimate, EstimateOptions } from '../estimate';
import { qt } from '../distributions';
import { meanInterval } from '../ci/mean';
import { xlogitInterval } from '../ci/xlogit';
import { asinInterval } from '../ci/asin';
import { betaInterval } from '../ci/beta';
import type { Interval } from '../ci/interval';
import { reliabilityFlags } from '../reliability';
import { analysisDomains } from './common';
import { linearStatistic, rowsByDomain } from './linear';

/**
 * The p-th quantile with R `svyquantile`'s defaults (survey ≥ 4.1: `qrule = "math"`,
 * `interval.type = "mean"`):
 *
 * - estimate: sort the domain's positive-weight rows by y, accumulate weights; q̂ is the
 *   smallest y whose cumulative weight share reaches p (the lower value when the share hits
 *   p exactly) — the inverse of the weighted distribution function;
 * - interval (Woodruff): the proportion F̂ = mean of 1{y ≤ q̂} in the domain gets a Wald
 *   interval F̂ ± t_df · se(F̂); its ends are mapped back through the same quantile rule
 *   (NaN when an end leaves [0, 1]);
 * - se = (upper − lower) / (2 t_{df, 1−α/2}).
 */
/** R `svyquantile`'s `qrule`s implemented (`hf1` is `math`). */
export type QuantileRule = 'math' | 'school' | 'hf1' | 'hf4' | 'hf7';
export const QUANTILE_RULES: readonly QuantileRule[] = ['math', 'school', 'hf1', 'hf4', 'hf7'];
/** R `svyquantile`'s Woodruff `interval.type`s: the interval of F̂(q̂) before it is mapped back. */
export type QuantileInterval = 'mean' | 'xlogit' | 'asin' | 'beta';
export const QUANTILE_INTERVALS: readonly QuantileInterval[] = ['mean', 'xlogit', 'asin', 'beta'];

export interface QuantileOptions extends EstimateOptions {
  readonly qrule?: QuantileRule;
  readonly intervalType?: QuantileInterval;
}

export function svyQuantile(design: SurveyDesign, y: Float64Array, p: number, options: QuantileOptions = {}): DomainEstimate[] {
  const rule = options.qrule ?? 'math', intervalType = options.intervalType ?? 'mean';
  const domains = analysisDomains(design, options, [{ name: options.name ?? 'y', values: y }]);
  const level = options.level ?? 0.95;
  const counts = new Int32Array(domains.count);
  for (let i = 0; i < domains.of.length; i++) if (domains.of[i] >= 0) counts[domains.of[i]]++;
  const rows = rowsByDomain(domains.of, domains.count, counts);
  const w = design.weights;
  const sorted = rows.map((r) => {
    const kept = Array.from(r).filter((i) => w[i] !== 0);
    kept.sort((a, b) => y[a] - y[b]);
    return kept;
  });
  const qhat = sorted.map((r) => weightedQuantile(r, y, w, p, rule));
  const below = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const d = domains.of[i];
    below[i] = d >= 0 && y[i] <= qhat[d] ? 1 : 0;
  }
  const stats = linearStatistic(design, domains, 'ratio', below, null);
  return stats.map((s, d) => {
    const rows = design.kind === 'linearization' && design.calibration.length > 0 ? design.rowCount : s.n;
    const f = woodruff(intervalType, s.estimate, s.variance, rows, s.df, level);
    const low = Number.isNaN(f.low) || f.low < 0 ? NaN : weightedQuantile(sorted[d], y, w, f.low, rule);
    const high = Number.isNaN(f.high) || f.high > 1 ? NaN : weightedQuantile(sorted[d], y, w, f.high, rule);
    const se = (high - low) / (2 * qt(1 - (1 - level) / 2, s.df));
    const cv = se / Math.abs(qhat[d]);
    const flags = reliabilityFlags(s.n, cv, undefined, options.reliability);
    if (!(Number.isFinite(low) && Number.isFinite(high))) flags.push('no-interval');
    return { domain: domains.labels[d], estimate: qhat[d], se, variance: se * se, df: s.df, ciLow: low, ciHigh: high, level, n: s.n, cv, flags };
  });
}

/** The interval of F̂ = P̂(y ≤ q̂) that Woodruff's method maps back (R `woodruffCI`'s `method`). */
function woodruff(type: QuantileInterval, p: number, variance: number, rows: number, df: number, level: number): Interval {
  switch (type) {
    case 'mean': return meanInterval(p, variance, df, level);
    case 'xlogit': return xlogitInterval(p, variance, df, level);
    case 'asin': return asinInterval(p, variance, df, level);
    case 'beta': return betaInterval(p, variance, rows, df, level);
  }
}

/**
 * R's quantile rules on rows already sorted by y (positive weights only), from the weights'
 * cumulative shares S_k = Σ_{j≤k} w_j / Σ w and the position k of the last S_k ≤ p (the first
 * when none), with q_lo = y_(k), q_up = y_(k+1), w_lo = p − S_k, w_up = S_{k+1} − p (R `qs`):
 *
 * - `math` = `hf1`: q_lo when w_lo = 0, else q_up (the inverse of the weighted distribution function);
 * - `school`: (q_lo + q_up)/2 when w_lo = 0, else q_up (the median of an even count as schools teach it);
 * - `hf4`: q_lo (1 − γ) + q_up γ, γ = w_lo/(w_lo + w_up) (linear interpolation of the distribution function);
 * - `hf7`: linear interpolation of y against p_k = (Σ_{j<k} w_j)/(Σ_{j<n} w_j), clamped at the ends
 *   (R's default `quantile()` type 7 when the weights are equal).
 *
 * R accumulates the weights in extended precision (`cumsum`, `sum`); compensated sums reproduce
 * that, which matters when a cumulative share lands exactly on p.
 */
function weightedQuantile(order: readonly number[], y: Float64Array, w: Float64Array, p: number, rule: QuantileRule = 'math'): number {
  if (order.length === 0) return NaN;
  const cum = new Float64Array(order.length);
  let s = 0, c = 0;
  order.forEach((i, k) => {
    const v = w[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
    s = t;
    cum[k] = s + c;
  });
  const n = order.length;
  const total = cum[n - 1];
  if (rule === 'hf7') {
    // p_k = cum_{k−1}/cum_{n−2}: approx(p_k, y, p, rule = 2).
    if (n === 1) return y[order[0]];
    const denom = cum[n - 2];
    const pk = (k: number): number => (k === 0 ? 0 : cum[k - 1] / denom);
    if (p <= pk(0)) return y[order[0]];
    if (p >= pk(n - 1)) return y[order[n - 1]];
    let k = 0;
    while (k + 1 < n && pk(k + 1) <= p) k++;
    const a = pk(k), b = pk(k + 1);
    if (p === a) return y[order[k]];
    return y[order[k]] + (y[order[k + 1]] - y[order[k]]) * ((p - a) / (b - a));
  }
  const target = p * total;
  // R's survey:::last() gives the first position when no cumulative share is ≤ p.
  let pos = 0;
  for (let k = 0; k < n; k++) if (cum[k] <= target) pos = k;
  const next = Math.min(pos + 1, n - 1);
  const qlo = y[order[pos]], qup = y[order[next]];
  const wlo = p - cum[pos] / total, wup = cum[next] / total - p;
  switch (rule) {
    case 'math':
    case 'hf1': return wlo === 0 ? qlo : qup;
    case 'school': return wlo === 0 ? (qlo + qup) / 2 : qup;
    case 'hf4': { const g = wlo / (wup + wlo); return qlo * (1 - g) + qup * g; }
  }
}
