import { AnalysisError } from '../errors';
import type { LinearizationDesign } from '../design';

/**
 * Taylor-linearization variance of an estimator with influence values z_i, from their
 * PSU totals z_hj (ultimate-cluster approximation, R `svyrecvar`/`onestage`):
 *
 *   V̂ = Σ_h (1 − f_h) · n_h/(n_h − 1) · Σ_j (z_hj − z̄_h)²,   z̄_h = Σ_j z_hj / n_h,
 *
 * with n_h the PSUs *sampled* in stratum h (a domain keeps the full n_h: PSUs without a
 * domain row have z_hj = 0), and 1 − f_h the finite population factor.
 *
 * Only strata with at least one row in the domain take part (`strataPresent`), as in R,
 * where the domain is a subset. A stratum with n_h = 1 follows the design's lonely-PSU
 * policy: `fail` throws naming the stratum; `remove`/`certainty` add 0; `adjust` adds
 * (1 − f_h)·z_h1² (centred at 0, the overall mean); `average` leaves it out and multiplies
 * the sum by (strata present)/(strata present with n_h > 1).
 */
export function linearizationVariance(design: LinearizationDesign, psuTotals: Float64Array, strataPresent: Uint8Array): number {
  const H = design.strataLabels.length;
  const sum = new Float64Array(H);
  for (let p = 0; p < design.psuCount; p++) sum[design.psuStratum[p]] += psuTotals[p];
  const ss = new Float64Array(H);
  for (let p = 0; p < design.psuCount; p++) {
    const h = design.psuStratum[p];
    const d = psuTotals[p] - sum[h] / design.psuPerStratum[h];
    ss[h] += d * d;
  }
  return combineStrata(design, sum, ss, strataPresent);
}

/**
 * The same variance when only some PSUs have a non-zero total (a domain's PSUs): `psus[k]`
 * is a PSU index and `psuTotals[k]` its total; every other PSU counts as z_hj = 0. With m_h
 * listed PSUs in stratum h,
 *
 *   Σ_j (z_hj − z̄_h)² = Σ_{listed j} (z_hj − z̄_h)² + (n_h − m_h) · z̄_h²,
 *
 * so the work is proportional to the listed PSUs, not to every PSU of the sample. `scratch`
 * (3·H numbers, any content) avoids allocating per call.
 */
export function sparseLinearizationVariance(
  design: LinearizationDesign, psus: Int32Array, psuTotals: Float64Array, strataPresent: Uint8Array,
  scratch: Float64Array = new Float64Array(3 * design.strataLabels.length),
): number {
  const H = design.strataLabels.length;
  const sum = scratch.subarray(0, H).fill(0), ss = scratch.subarray(H, 2 * H).fill(0), listed = scratch.subarray(2 * H, 3 * H).fill(0);
  const K = psus.length;
  for (let k = 0; k < K; k++) { const h = design.psuStratum[psus[k]]; sum[h] += psuTotals[k]; listed[h]++; }
  for (let k = 0; k < K; k++) {
    const h = design.psuStratum[psus[k]];
    const d = psuTotals[k] - sum[h] / design.psuPerStratum[h];
    ss[h] += d * d;
  }
  for (let h = 0; h < H; h++) {
    if (listed[h] === 0) continue;
    const mean = sum[h] / design.psuPerStratum[h];
    ss[h] += (design.psuPerStratum[h] - listed[h]) * mean * mean;
  }
  return combineStrata(design, sum, ss, strataPresent);
}

/** Σ_h over the strata present of (1 − f_h) n_h/(n_h − 1) ss_h, with the lonely-PSU policy. */
function combineStrata(design: LinearizationDesign, sum: Float64Array, ss: Float64Array, strataPresent: Uint8Array): number {
  const H = design.strataLabels.length;
  let total = 0, present = 0, ok = 0;
  for (let h = 0; h < H; h++) {
    if (!strataPresent[h]) continue;
    present++;
    const f = design.fpcFactor[h];
    const nh = design.psuPerStratum[h];
    if (f < 1e-7) { ok++; continue; }
    if (nh > 1) { total += ss[h] * f * nh / (nh - 1); ok++; continue; }
    switch (design.lonelyPsu) {
      case 'fail':
        throw new AnalysisError('lonely-psu', `stratum "${design.strataLabels[h]}" has only one PSU (choose a lonely-PSU policy: remove, certainty, average or adjust)`);
      case 'remove':
      case 'certainty':
        ok++; break;
      case 'adjust':
        total += f * sum[h] * sum[h]; ok++; break;
      case 'average':
        break;
    }
  }
  return ok === 0 ? NaN : (total * present) / ok;
}

/**
 * The second-stage term of a multistage design from row-level influence values z (R
 * `multistage`: Σ_j (n_h/N_h) V̂_2j over the PSUs j; see `secondStage` in design.ts); 0 for a
 * one-stage design. `present` marks the PSUs (the stage's strata) that take part (default: all).
 */
export function secondStageVariance(design: LinearizationDesign, z: Float64Array, present?: Uint8Array): number {
  const stage = design.secondStage;
  if (!stage) return 0;
  const totals = new Float64Array(stage.psuCount);
  for (let i = 0; i < z.length; i++) totals[stage.psu[i]] += z[i];
  const strata = new Uint8Array(stage.strataLabels.length);
  if (present) for (let i = 0; i < z.length; i++) { if (present[design.psu[i]]) strata[stage.stratum[i]] = 1; }
  else strata.fill(1);
  return linearizationVariance(stage, totals, strata) + secondStageVariance(stage, z);
}
