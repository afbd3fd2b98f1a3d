import type { SurveyDesign } from '../design';
import { dropEmptyDomains, excludeMissing, failOnMissing, wholePopulation, type Domains } from '../domains';
import type { DomainEstimate, EstimateOptions } from '../estimate';
import type { Interval } from '../ci/interval';
import { reliabilityFlags } from '../reliability';
import type { DomainStatistic } from './linear';

/**
 * The domains an estimator works on: the requested ones (or the whole population), with
 * rows missing an analysis value taken out under `exclude` (domains left empty are dropped),
 * or an error under `fail`.
 */
export function analysisDomains(design: SurveyDesign, options: EstimateOptions, columns: readonly { name: string; values: Float64Array }[]): Domains {
  const domains = options.domains ?? wholePopulation(design.rowCount);
  for (const c of columns) {
    if (c.values.length !== design.rowCount) throw new Error(`column "${c.name}" has ${c.values.length} rows, the design ${design.rowCount}`);
  }
  if ((options.missing ?? 'fail') === 'fail') {
    for (const c of columns) failOnMissing(c.name, c.values);
    return domains;
  }
  // A domain left without observed rows is not reported (R's subset would be empty).
  return dropEmptyDomains(excludeMissing(domains, ...columns.map((c) => c.values)));
}

/** Assembles the published estimate from a domain statistic and its interval. */
export function toEstimate(domain: Readonly<Record<string, string>>, stat: DomainStatistic, interval: Interval, options: EstimateOptions, nEffective?: number): DomainEstimate {
  const se = Math.sqrt(stat.variance);
  const cv = se / Math.abs(stat.estimate);
  const out: DomainEstimate = {
    domain, estimate: stat.estimate, se, variance: stat.variance, df: stat.df,
    ciLow: interval.low, ciHigh: interval.high, level: options.level ?? 0.95,
    n: stat.n, deff: stat.deff, cv,
    flags: reliabilityFlags(stat.n, cv, nEffective, options.reliability),
  };
  if (nEffective !== undefined) out.nEffective = nEffective;
  if (Number.isFinite(stat.estimate) && !(Number.isFinite(interval.low) && Number.isFinite(interval.high))) out.flags.push('no-interval');
  return out;
}
