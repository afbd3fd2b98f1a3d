import type { SurveyDesign } from '../design';
import type { DomainEstimate, EstimateOptions } from '../estimate';
import { studentInterval } from '../ci/student';
import { analysisDomains, toEstimate } from './common';
import { linearStatistic } from './linear';

/**
 * Weighted mean of y in each domain d (R `svymean`, `svyby(..., svymean)`):
 *
 *   ȳ_d = Σ_{i∈d} w_i y_i / Σ_{i∈d} w_i,
 *
 * a ratio with x = 1. Its linearized variance uses z_i = w_i (y_i − ȳ_d) / Σ_{i∈d} w_i for
 * rows in d and z_i = 0 elsewhere, summed to PSU totals (see `linearizationVariance`);
 * replicate designs recompute ȳ_d with each replicate's weights. Interval: ȳ_d ± t_df · se.
 */
export function svyMean(design: SurveyDesign, y: Float64Array, options: EstimateOptions = {}): DomainEstimate[] {
  const domains = analysisDomains(design, options, [{ name: options.name ?? 'y', values: y }]);
  const level = options.level ?? 0.95;
  return linearStatistic(design, domains, 'ratio', y, null).map((s, d) =>
    toEstimate(domains.labels[d], s, studentInterval(s.estimate, Math.sqrt(s.variance), s.df, level), options));
}
