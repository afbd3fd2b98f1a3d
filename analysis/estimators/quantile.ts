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
import { replicateVariance } from '../variance/replicate';
import { AnalysisError } from '../errors';
import { zeroin } from '../roots';
import type { Domains } from '../domains';

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
/** R `svyquantile`'s `qrule`s, all of them (`hf1` is `math`, `hf2` is `school`). */
export type QuantileRule = 'math' | 'school' | 'shahvaish' | 'hf1' | 'hf2' | 'hf3' | 'hf4' | 'hf5' | 'hf6' | 'hf7' | 'hf8' | 'hf9';
export const QUANTILE_RULES: readonly QuantileRule[] = ['math', 'school', 'shahvaish', 'hf1', 'hf2', 'hf3', 'hf4', 'hf5', 'hf6', 'hf7', 'hf8', 'hf9'];
/**
 * R `svyquantile`'s `interval.type`s: Woodruff's (`mean`, `xlogit`, `asin`, `beta`: the interval
 * of F̂(q̂) before it is mapped back), `score` (Francisco & Fuller's test inversion, linearization
 * designs) and `quantile` (the replicates' quantiles, replicate designs).
 */
export type QuantileInterval = 'mean' | 'xlogit' | 'asin' | 'beta' | 'score' | 'quantile';
export const QUANTILE_INTERVALS: readonly QuantileInterval[] = ['mean', 'xlogit', 'asin', 'beta', 'score', 'quantile'];

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
  if (intervalType === 'score' && design.kind !== 'linearization') throw new AnalysisError('bad-option', 'the score interval for quantiles is R\'s for linearization designs: use --quantile-interval quantile (or mean …) with replicate weights');
  if (intervalType === 'quantile' && design.kind !== 'replicate') throw new AnalysisError('bad-option', 'the quantile interval for quantiles uses replicate weights: give a replicate design, or use --quantile-interval mean, xlogit, asin, beta or score');
  const tcrit = (df: number): number => qt(1 - (1 - level) / 2, df);
  return stats.map((s, d) => {
    let low: number, high: number;
    if (design.kind === 'replicate' && intervalType === 'quantile') {
      // R `repCI`: the quantile under every replicate's weights, V̂ = svrVar of those, q̂ ± t·√V̂.
      const thetas = Float64Array.from(design.replicates, (rw) => weightedQuantile(Array.from(rows[d]).filter((i) => rw[i] !== 0).sort((a, b) => y[a] - y[b]), y, rw, p, rule));
      const half = Math.sqrt(replicateVariance(design, thetas, qhat[d])) * tcrit(s.df);
      low = qhat[d] - half; high = qhat[d] + half;
    } else if (design.kind === 'linearization' && intervalType === 'score') {
      [low, high] = scoreInterval(design, domains, d, rows[d], sorted[d], y, p, rule, tcrit(s.df));
    } else {
      const n = design.kind === 'linearization' && design.calibration.length > 0 ? design.rowCount : s.n;
      const f = woodruff(intervalType as WoodruffType, s.estimate, s.variance, n, s.df, level);
      low = Number.isNaN(f.low) || f.low < 0 ? NaN : weightedQuantile(sorted[d], y, w, f.low, rule);
      high = Number.isNaN(f.high) || f.high > 1 ? NaN : weightedQuantile(sorted[d], y, w, f.high, rule);
    }
    const se = (high - low) / (2 * tcrit(s.df));
    const cv = se / Math.abs(qhat[d]);
    const flags = reliabilityFlags(s.n, cv, undefined, options.reliability);
    if (!(Number.isFinite(low) && Number.isFinite(high))) flags.push('no-interval');
    return { domain: domains.labels[d], estimate: qhat[d], se, variance: se * se, df: s.df, ciLow: low, ciHigh: high, level, n: s.n, cv, flags };
  });
}

type WoodruffType = 'mean' | 'xlogit' | 'asin' | 'beta';

/**
 * Francisco & Fuller's score interval (R `ffullerCI`, `interval.type = "score"`): the θ at which
 * the test of P(y > θ) = 1 − p, z(θ) = Ū(θ)/SE(Ū(θ)) with U = 1{y > θ} − (1 − p), reaches ±t —
 * found by R's `uniroot` (Brent's zeroin, reproduced step by step, tolerance 1/(100√n)) between
 * min y + IQR/100 and max y − IQR/100 — each mapped to the quantile rule at the unweighted share
 * of rows with y ≤ θ, as R does. No sign change (R: an error) gives no interval.
 * Rows: the domain's (R's subset design); a calibrated design keeps every row (weight 0 outside).
 */
function scoreInterval(
  design: Extract<SurveyDesign, { kind: 'linearization' }>, domains: Domains, d: number, domainRows: Int32Array, sorted: readonly number[],
  y: Float64Array, p: number, rule: QuantileRule, t: number,
): [number, number] {
  const calibrated = design.calibration.length > 0;
  const x = calibrated ? Float64Array.from(y, (v, i) => (domains.of[i] === d ? v : Number.isNaN(v) ? 0 : v)) : Float64Array.from(domainRows, (i) => y[i]);
  const n = x.length;
  const xs = Float64Array.from(x).sort();
  const type7 = (prob: number): number => {
    const index = (n - 1) * prob, lo = Math.floor(index), hi = Math.ceil(index);
    const h = index - lo;
    return index > lo && xs[hi] !== xs[lo] ? (1 - h) * xs[lo] + h * xs[hi] : xs[lo];
  };
  const iqr = type7(0.75) - type7(0.25);
  const lower = xs[0] + iqr / 100, upper = xs[n - 1] - iqr / 100;
  const tol = 1 / (100 * Math.sqrt(n));
  const one: Domains = { count: 1, of: Int32Array.from(domains.of, (v) => (v === d ? 0 : -1)), labels: [domains.labels[d]] };
  const u = new Float64Array(y.length);
  const z = (theta: number): number => {
    for (let i = 0; i < y.length; i++) u[i] = one.of[i] === 0 ? (y[i] > theta ? 1 : 0) - (1 - p) : 0;
    const [m] = linearStatistic(design, one, 'ratio', u, null);
    return m.estimate / Math.sqrt(m.variance);
  };
  const share = (theta: number): number => {
    let k = 0;
    for (let i = 0; i < n; i++) if (x[i] <= theta) k++;
    return k / n;
  };
  const root = (target: number): number => zeroin((th) => z(th) - target, lower, upper, tol);
  const qlow = root(t), qup = root(-t);
  return [Number.isNaN(qlow) ? NaN : weightedQuantile(sorted, y, design.weights, share(qlow), rule), Number.isNaN(qup) ? NaN : weightedQuantile(sorted, y, design.weights, share(qup), rule)];
}

/** The interval of F̂ = P̂(y ≤ q̂) that Woodruff's method maps back (R `woodruffCI`'s `method`). */
function woodruff(type: WoodruffType, p: number, variance: number, rows: number, df: number, level: number): Interval {
  switch (type) {
    case 'mean': return meanInterval(p, variance, df, level);
    case 'xlogit': return xlogitInterval(p, variance, df, level);
    case 'asin': return asinInterval(p, variance, df, level);
    case 'beta': return betaInterval(p, variance, rows, df, level);
  }
}

/**
 * R's quantile rules on rows already sorted by y (positive weights only), from the weights'
 * cumulative sums C_k = Σ_{j≤k} w_j (C = C_n the total) and the position k of the last
 * C_k ≤ pC (the first when none), with q_lo = y_(k), q_up = y_(k+1), w_lo = p − C_k/C,
 * w_up = C_{k+1}/C − p (R `qs`):
 *
 * - `math` = `hf1`: q_lo when w_lo = 0, else q_up (the inverse of the weighted distribution function);
 * - `school` = `hf2`: (q_lo + q_up)/2 when w_lo = 0, else q_up (the median of an even count as schools teach it);
 * - `hf3`: on the distinct values (weights of ties added), q_lo when w_lo = 0 and k is even, else q_up
 *   (the nearest even order statistic);
 * - `hf4`: q_lo (1 − γ) + q_up γ, γ = w_lo/(w_lo + w_up) (linear interpolation of the distribution function);
 * - `hf5` … `hf9`: linear interpolation of y against plotting positions p_k, clamped at the ends (R
 *   `approx(p_k, y, p, rule = 2)`; with equal weights R's `quantile(type = 5 … 9)`):
 *     hf5 (C_k − w_k/2)/C;  hf6 C_k/(C + w_n);  hf7 C_{k−1}/C_{n−1};
 *     hf8 (C_{k−1}/3 + 2C_k/3)/(C + w_n/3);  hf9 (3C_{k−1}/8 + 5C_k/8)/(C + w_n/4);
 * - `shahvaish` (Shah & Vaish 2006): the step function through p_k = (S_k + ½ − w_k/2)/(n + 1),
 *   S_k the cumulative sum of w/w̄ — R subtracts half the raw weight w_k, not w_k/w̄; so do we —
 *   taking the value at the left of each step (R `approx(method = "constant", f = 0)`).
 *
 * R accumulates the weights in extended precision (`cumsum`, `sum`); compensated sums reproduce
 * that, which matters when a cumulative share lands exactly on p.
 */
function weightedQuantile(order: readonly number[], y: Float64Array, w: Float64Array, p: number, rule: QuantileRule = 'math'): number {
  if (order.length === 0) return NaN;
  const n = order.length;
  const ys = Float64Array.from(order, (i) => y[i]);
  const ws = Float64Array.from(order, (i) => w[i]);
  if (rule === 'hf3') {
    // R: w <- rowsum(w, x); x <- sort(unique(x)), then qs on the distinct values.
    const ux: number[] = [], uw: number[] = [];
    for (let k = 0; k < n; k++) {
      if (k > 0 && ys[k] === ys[k - 1]) uw[uw.length - 1] += ws[k];
      else { ux.push(ys[k]); uw.push(ws[k]); }
    }
    const q = qs(Float64Array.from(ux), cumulative(Float64Array.from(uw)), p);
    // R's position is 1-based: "even" is k + 1 even here.
    return q.wlo === 0 && (q.pos + 1) % 2 === 0 ? q.qlo : q.qup;
  }
  const cum = cumulative(ws);
  const total = cum[n - 1];
  const before = (k: number): number => (k === 0 ? 0 : cum[k - 1]);
  switch (rule) {
    case 'hf5': return approx(Float64Array.from(ws, (v, k) => (cum[k] - v / 2) / total), ys, p, 'linear');
    case 'hf6': return approx(Float64Array.from(cum, (c) => c / (total + ws[n - 1])), ys, p, 'linear');
    case 'hf7': return n === 1 ? ys[0] : approx(Float64Array.from(cum, (_, k) => before(k) / cum[n - 2]), ys, p, 'linear');
    case 'hf8': return approx(Float64Array.from(cum, (c, k) => (before(k) * (1 / 3) + c * (2 / 3)) / (total + ws[n - 1] / 3)), ys, p, 'linear');
    case 'hf9': return approx(Float64Array.from(cum, (c, k) => (before(k) * (3 / 8) + c * (5 / 8)) / (total + ws[n - 1] / 4)), ys, p, 'linear');
    case 'shahvaish': {
      const mean = total / n;
      const S = cumulative(Float64Array.from(ws, (v) => v / mean));
      return approx(Float64Array.from(S, (s, k) => (s + 0.5 - ws[k] / 2) / (n + 1)), ys, p, 'constant');
    }
    default: break;
  }
  const q = qs(ys, cum, p);
  switch (rule) {
    case 'math':
    case 'hf1': return q.wlo === 0 ? q.qlo : q.qup;
    case 'school':
    case 'hf2': return q.wlo === 0 ? (q.qlo + q.qup) / 2 : q.qup;
    case 'hf4': { const g = q.wlo / (q.wup + q.wlo); return q.qlo * (1 - g) + q.qup * g; }
  }
}

/** Cumulative sums with compensation (R's `cumsum` accumulates in long double). */
function cumulative(w: Float64Array): Float64Array {
  const cum = new Float64Array(w.length);
  let s = 0, c = 0;
  for (let k = 0; k < w.length; k++) {
    const v = w[k];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
    s = t;
    cum[k] = s + c;
  }
  return cum;
}

/** R's `qs`: the last position whose cumulative weight is ≤ p·total (the first when none), its neighbour and the gaps. */
function qs(ys: Float64Array, cum: Float64Array, p: number): { qlo: number; qup: number; pos: number; wlo: number; wup: number } {
  const n = ys.length, total = cum[n - 1];
  const target = p * total;
  let pos = 0;
  for (let k = 0; k < n; k++) if (cum[k] <= target) pos = k;
  const next = Math.min(pos + 1, n - 1);
  return { qlo: ys[pos], qup: ys[next], pos, wlo: p - cum[pos] / total, wup: cum[next] / total - p };
}

/**
 * R's `approx(x, y, v, method, rule = 2)` (C `approx1`): the points ordered by x (ties in x
 * collapsed to the mean of their y, R's `ties = mean`), y at the ends beyond them, linear
 * interpolation inside, or the left value of each step (`constant`, f = 0).
 */
function approx(x: Float64Array, y: Float64Array, v: number, method: 'linear' | 'constant'): number {
  let xs = x, ys = y;
  let sorted = true;
  for (let k = 1; k < x.length; k++) if (!(x[k] > x[k - 1])) { sorted = false; break; }
  if (!sorted) {
    const idx = Array.from(x.keys()).sort((a, b) => x[a] - x[b] || a - b);
    const ux: number[] = [], uy: number[] = [], cnt: number[] = [];
    for (const k of idx) {
      if (ux.length > 0 && x[k] === ux[ux.length - 1]) { uy[uy.length - 1] += y[k]; cnt[cnt.length - 1]++; }
      else { ux.push(x[k]); uy.push(y[k]); cnt.push(1); }
    }
    xs = Float64Array.from(ux); ys = Float64Array.from(uy, (s, k) => s / cnt[k]);
  }
  const n = xs.length;
  if (v < xs[0]) return ys[0];
  if (v > xs[n - 1]) return ys[n - 1];
  let i = 0, j = n - 1;
  while (i < j - 1) { const ij = (i + j) >> 1; if (v < xs[ij]) j = ij; else i = ij; }
  if (v === xs[j]) return ys[j];
  if (v === xs[i]) return ys[i];
  return method === 'linear' ? ys[i] + (ys[j] - ys[i]) * ((v - xs[i]) / (xs[j] - xs[i])) : ys[i];
}
