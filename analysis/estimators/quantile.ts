import type { SurveyDesign } from '../design';
import type { DomainEstimate, EstimateOptions } from '../estimate';
import { qt } from '../distributions';
import { studentInterval } from '../ci/student';
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
export function svyQuantile(design: SurveyDesign, y: Float64Array, p: number, options: EstimateOptions = {}): DomainEstimate[] {
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
  const qhat = sorted.map((r) => weightedQuantile(r, y, w, p));
  const below = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const d = domains.of[i];
    below[i] = d >= 0 && y[i] <= qhat[d] ? 1 : 0;
  }
  const stats = linearStatistic(design, domains, 'ratio', below, null);
  return stats.map((s, d) => {
    const f = studentInterval(s.estimate, Math.sqrt(s.variance), s.df, level);
    const low = Number.isNaN(f.low) || f.low < 0 ? NaN : weightedQuantile(sorted[d], y, w, f.low);
    const high = Number.isNaN(f.high) || f.high > 1 ? NaN : weightedQuantile(sorted[d], y, w, f.high);
    const se = (high - low) / (2 * qt(1 - (1 - level) / 2, s.df));
    const cv = se / Math.abs(qhat[d]);
    const flags = reliabilityFlags(s.n, cv, undefined, options.reliability);
    if (!(Number.isFinite(low) && Number.isFinite(high))) flags.push('no-interval');
    return { domain: domains.labels[d], estimate: qhat[d], se, variance: se * se, df: s.df, ciLow: low, ciHigh: high, level, n: s.n, cv, flags };
  });
}

/**
 * R's `qrule_math` on rows already sorted by y (positive weights only). R accumulates the
 * weights in extended precision (`cumsum`, `sum`); compensated sums reproduce that, which
 * matters when a cumulative share lands exactly on p.
 */
function weightedQuantile(order: readonly number[], y: Float64Array, w: Float64Array, p: number): number {
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
  const total = cum[order.length - 1];
  const target = p * total;
  // R's survey:::last() gives the first position when no cumulative share is ≤ p.
  let pos = 0;
  for (let k = 0; k < order.length; k++) if (cum[k] <= target) pos = k;
  if (p - cum[pos] / total === 0) return y[order[pos]];
  return y[order[Math.min(pos + 1, order.length - 1)]];
}
