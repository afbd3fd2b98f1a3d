import type { ReliabilityFlag, ReliabilityOptions } from './reliability';
import type { Domains } from './domains';

/** One design-based estimate (DESIGN.md §5). */
export interface Estimate {
  estimate: number;
  se: number;
  variance: number;
  df: number;
  ciLow: number;
  ciHigh: number;
  level: number;
  /** Unweighted respondents used. */
  n: number;
  /** n/deff, for proportions. */
  nEffective?: number;
  deff?: number;
  /** se/|estimate|. */
  cv: number;
  flags: ReliabilityFlag[];
}

/** An estimate for one domain; `domain` is `{}` for the whole population. */
export interface DomainEstimate extends Estimate {
  domain: Readonly<Record<string, string>>;
}

export const MISSING_POLICIES = ['fail', 'exclude'] as const;
export type MissingPolicy = (typeof MISSING_POLICIES)[number];

/** Options shared by every estimator. */
export interface EstimateOptions {
  /** Domains (default: the whole population). */
  readonly domains?: Domains;
  /** `fail` (default): missing analysis values are an error naming column and count; `exclude`: R `na.rm = TRUE`. */
  readonly missing?: MissingPolicy;
  /** Confidence level, default 0.95. */
  readonly level?: number;
  readonly reliability?: ReliabilityOptions;
  /** Name of the analysis variable(s), for error messages. */
  readonly name?: string;
}
