import type { SurveyDesign } from '../design';
import type { DomainEstimate, EstimateOptions } from '../estimate';
import { studentInterval } from '../ci/student';
import { analysisDomains, toEstimate } from './common';
import { linearStatistic } from './linear';

/**
 * Horvitz–Thompson total of y in each domain d (R `svytotal`):
 *
 *   Ŷ_d = Σ_{i∈d} w_i y_i,   z_i = w_i y_i (i ∈ d), 0 elsewhere,
 *
 * with V̂(Ŷ_d) = Σ_h (1 − f_h) n_h/(n_h − 1) Σ_j (z_hj − z̄_h)² over PSU totals z_hj.
 * Interval: Ŷ_d ± t_df · se.
 */
export function svyTotal(design: SurveyDesign, y: Float64Array, options: EstimateOptions = {}): DomainEstimate[] {
  const domains = analysisDomains(design, options, [{ name: options.name ?? 'y', values: y }]);
  const level = options.level ?? 0.95;
  return linearStatistic(design, domains, 'total', y, null).map((s, d) =>
    toEstimate(domains.labels[d], s, studentInterval(s.estimate, Math.sqrt(s.variance), s.df, level), options));
}
