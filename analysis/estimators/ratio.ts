import type { SurveyDesign } from '../design';
import type { DomainEstimate, EstimateOptions } from '../estimate';
import { studentInterval } from '../ci/student';
import { analysisDomains, toEstimate } from './common';
import { linearStatistic } from './linear';

/**
 * Ratio of two totals in each domain d (R `svyratio`):
 *
 *   R̂_d = Ŷ_d / X̂_d = Σ_{i∈d} w_i y_i / Σ_{i∈d} w_i x_i,
 *
 * linearized with z_i = w_i (y_i − R̂_d x_i) / X̂_d for rows in d (0 elsewhere); replicate
 * designs use the ratio of replicate totals. Interval: R̂_d ± t_df · se. Under
 * `missing: 'exclude'` a row is used when both y and x are observed.
 */
export function svyRatio(design: SurveyDesign, numerator: Float64Array, denominator: Float64Array, options: EstimateOptions & { denominatorName?: string } = {}): DomainEstimate[] {
  const domains = analysisDomains(design, options, [
    { name: options.name ?? 'numerator', values: numerator },
    { name: options.denominatorName ?? 'denominator', values: denominator },
  ]);
  const level = options.level ?? 0.95;
  return linearStatistic(design, domains, 'ratio', numerator, denominator).map((s, d) =>
    toEstimate(domains.labels[d], s, studentInterval(s.estimate, Math.sqrt(s.variance), s.df, level), options));
}
