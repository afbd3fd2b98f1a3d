/**
 * Reliability flags attached to every estimate (thresholds configurable):
 * - `suppress-n`: fewer than `minN` respondents (default 30);
 * - `suppress-neff`: effective sample size n/deff below `minEffectiveN` (default 30, NCHS
 *   standard for proportions; only where an effective n is computed);
 * - `cv-over-16.5`: coefficient of variation above `cvCaution` (0.165, "use with caution");
 * - `cv-over-33`: CV above `cvUnreliable` (0.333, "too unreliable to publish"; Statistics Canada).
 * Both CV flags are set when the CV exceeds 33.3 %. An undefined CV (estimate 0, or a
 * non-finite ratio) sets neither: there is nothing to judge, and the interval and n speak.
 * - `no-interval`: the estimate has no confidence interval (e.g. R's `likelihood` profile does
 *   not reach its cut-offs, or df ≤ 0): the ends are null, said here rather than left silent.
 */
export type ReliabilityFlag = 'suppress-n' | 'suppress-neff' | 'cv-over-16.5' | 'cv-over-33' | 'no-interval';

export interface ReliabilityOptions {
  readonly minN?: number;
  readonly minEffectiveN?: number;
  readonly cvCaution?: number;
  readonly cvUnreliable?: number;
}

export const DEFAULT_RELIABILITY: Required<ReliabilityOptions> = { minN: 30, minEffectiveN: 30, cvCaution: 0.165, cvUnreliable: 0.333 };

export function reliabilityFlags(n: number, cv: number, nEffective: number | undefined, options: ReliabilityOptions = {}): ReliabilityFlag[] {
  const o = { ...DEFAULT_RELIABILITY, ...options };
  const flags: ReliabilityFlag[] = [];
  if (n < o.minN) flags.push('suppress-n');
  if (nEffective !== undefined && (Number.isNaN(nEffective) || nEffective < o.minEffectiveN)) flags.push('suppress-neff');
  if (Number.isFinite(cv)) {
    if (cv > o.cvCaution) flags.push('cv-over-16.5');
    if (cv > o.cvUnreliable) flags.push('cv-over-33');
  }
  return flags;
}
