import { AnalysisError } from '../errors';
import type { SamplingPlan } from './plan';

/** What the allocation needs to know of a stratum. */
export interface StratumFrame {
  readonly label: string;
  /** Areas (PSUs) listed in the stratum. */
  readonly psuCount: number;
  /** N_h: the stratum's total measure of size. */
  readonly size: number;
}

/**
 * Areas to select in each stratum (see plan.ts for the rules):
 *   proportional  n_h = n · N_h / Σ N_j
 *   neyman        n_h = n · N_h S_h / Σ N_j S_j    (Neyman 1934: minimises V(ŷ) for a fixed n)
 *   equal         n_h = n / H
 *   given         n_h as written
 * Every stratum first gets `minimum` (default 2); the rest of n is shared by the rule and rounded
 * by largest remainders, so Σ n_h = n exactly. An allocation above the stratum's number of areas
 * is `allocation-exceeds-stratum`.
 */
export function allocate(strata: readonly StratumFrame[], psus: SamplingPlan['psus']): number[] {
  const minimum = psus.minimum ?? 2;
  let alloc: number[];
  if (psus.allocation === 'given') {
    const given = psus.given ?? {};
    const known = new Set(strata.map((s) => s.label));
    const unknown = Object.keys(given).filter((k) => !known.has(k));
    if (unknown.length > 0) throw new AnalysisError('bad-plan', `plan: psus.given names strata not in the frame: ${unknown.join(', ')} (frame strata: ${[...known].join(', ')})`);
    alloc = strata.map((s) => {
      const n = given[s.label];
      if (n === undefined) throw new AnalysisError('bad-plan', `plan: psus.given has no number of areas for stratum "${s.label}"`);
      return n;
    });
  } else {
    const total = psus.total ?? 0;
    const H = strata.length;
    if (total < minimum * H) throw new AnalysisError('bad-plan', `plan: psus.total ${total} is below ${minimum} areas in each of the ${H} strata`);
    const share = strata.map((s) => {
      if (psus.allocation === 'equal') return 1;
      if (psus.allocation === 'proportional') return s.size;
      const sd = psus.sd?.[s.label];
      if (sd === undefined) throw new AnalysisError('bad-plan', `plan: psus.sd has no S_h for stratum "${s.label}" (Neyman allocation)`);
      return s.size * sd;
    });
    alloc = largestRemainder(share, total - minimum * H).map((x) => x + minimum);
  }
  strata.forEach((s, h) => {
    if (alloc[h] > s.psuCount) {
      throw new AnalysisError('allocation-exceeds-stratum', `stratum "${s.label}": ${alloc[h]} areas allocated but the frame lists only ${s.psuCount}`);
    }
  });
  return alloc;
}

/** Hamilton's method: n · share_h / Σ share rounded down, the leftover units to the largest remainders (ties: first stratum). */
export function largestRemainder(share: readonly number[], n: number): number[] {
  const total = share.reduce((a, b) => a + b, 0);
  const exact = share.map((s) => (total === 0 ? 0 : (n * s) / total));
  const out = exact.map(Math.floor);
  let left = n - out.reduce((a, b) => a + b, 0);
  // Remainders equal up to rounding (1.4 − 1 vs 8.4 − 8) are ties, broken by stratum order.
  const order = exact.map((x, h) => ({ h, r: x - Math.floor(x) })).sort((a, b) => (Math.abs(b.r - a.r) > 1e-9 ? b.r - a.r : a.h - b.h));
  for (const { h } of order) { if (left <= 0) break; out[h]++; left--; }
  return out;
}
