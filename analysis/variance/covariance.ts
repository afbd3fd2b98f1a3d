import { AnalysisError } from '../errors';
import type { LinearizationDesign, ReplicateDesign } from '../design';
import { residualize } from '../calibration/steps';

/**
 * Design covariance matrix of K estimators from their influence values (R `svyrecvar` on a
 * matrix of influence functions, as `svymean(~a + b)`, `svyby(..., covmat = TRUE)` or
 * `svyglm` use):
 *
 *   Ĉov_kl = Σ_h (1 − f_h) · n_h/(n_h − 1) · Σ_j (z_hjk − z̄_hk)(z_hjl − z̄_hl),
 *
 * z_hjk the PSU totals of estimator k's influence values `z[k]` (0 on rows outside its domain).
 * Calibrated designs use the calibration residuals of each z, as the scalar variance does.
 * Strata take part as in `linearizationVariance` (`strataPresent`, lonely-PSU policy with
 * `adjust` centring at 0 and `average` rescaling). A two-stage design adds R's `multistage`
 * second-stage term, Σ_j (n_h/N_h) Ĉov_2j, over the PSUs marked in `psuPresent` (default all),
 * exactly as `secondStageVariance` does for one estimator. Returns the K×K matrix row-major.
 */
export function linearizationCovariance(design: LinearizationDesign, z: readonly Float64Array[], strataPresent: Uint8Array, psuPresent?: Uint8Array): Float64Array {
  const K = z.length, P = design.psuCount;
  const zs = design.calibration.length > 0 ? z.map((zk) => { const c = Float64Array.from(zk); residualize(c, design.calibration); return c; }) : z;
  const totals = new Float64Array(P * K);
  const psu = design.psu;
  for (let k = 0; k < K; k++) {
    const zk = zs[k];
    for (let i = 0; i < zk.length; i++) { const v = zk[i]; if (v !== 0) totals[psu[i] * K + k] += v; }
  }
  const out = stageCovariance(design, totals, K, strataPresent);
  if (design.secondStage) addInto(out, secondStageCovariance(design, zs, psuPresent));
  return out;
}

function addInto(a: Float64Array, b: Float64Array): void {
  for (let k = 0; k < a.length; k++) a[k] += b[k];
}

/** The second-stage term of a multistage design for K influence columns (see `secondStageVariance`). */
function secondStageCovariance(design: LinearizationDesign, z: readonly Float64Array[], present?: Uint8Array): Float64Array {
  const stage = design.secondStage!;
  const K = z.length;
  const totals = new Float64Array(stage.psuCount * K);
  for (let k = 0; k < K; k++) {
    const zk = z[k];
    for (let i = 0; i < zk.length; i++) totals[stage.psu[i] * K + k] += zk[i];
  }
  const strata = new Uint8Array(stage.strataLabels.length);
  if (present) for (let i = 0; i < stage.rowCount; i++) { if (present[design.psu[i]]) strata[stage.stratum[i]] = 1; }
  else strata.fill(1);
  const out = stageCovariance(stage, totals, K, strata);
  if (stage.secondStage) addInto(out, secondStageCovariance(stage, z));
  return out;
}

/**
 * The same from the PSU totals already summed: `totals[p·K + k]` is Σ of estimator k's
 * influence values over PSU p (calibration residuals already taken, if any). First stage only:
 * a two-stage design is refused here (its second-stage term needs the row-level values; use
 * `linearizationCovariance`).
 */
export function covarianceFromPsuTotals(design: LinearizationDesign, totals: Float64Array, K: number, strataPresent: Uint8Array): Float64Array {
  if (design.secondStage) throw new AnalysisError('bad-design', 'tests of association on a two-stage design are not available yet: give the first stage only (psu, fpc; R\'s ultimate-cluster variance) for this test');
  return stageCovariance(design, totals, K, strataPresent);
}

/** One stage's Σ_h (1 − f_h) n_h/(n_h − 1) Σ_j (z_hj − z̄_h)(z_hj − z̄_h)ᵀ with the lonely-PSU policy. */
function stageCovariance(design: LinearizationDesign, totals: Float64Array, K: number, strataPresent: Uint8Array): Float64Array {
  const P = design.psuCount, H = design.strataLabels.length;
  const sum = new Float64Array(H * K);
  for (let p = 0; p < P; p++) {
    const h = design.psuStratum[p];
    for (let k = 0; k < K; k++) sum[h * K + k] += totals[p * K + k];
  }
  const ss = new Float64Array(H * K * K);
  const dev = new Float64Array(K);
  for (let p = 0; p < P; p++) {
    const h = design.psuStratum[p], nh = design.psuPerStratum[h];
    for (let k = 0; k < K; k++) dev[k] = totals[p * K + k] - sum[h * K + k] / nh;
    const off = h * K * K;
    for (let k = 0; k < K; k++) for (let l = k; l < K; l++) ss[off + k * K + l] += dev[k] * dev[l];
  }
  const out = new Float64Array(K * K);
  let present = 0, ok = 0;
  for (let h = 0; h < H; h++) {
    if (!strataPresent[h]) continue;
    present++;
    const f = design.fpcFactor[h], nh = design.psuPerStratum[h];
    if (f < 1e-7) { ok++; continue; }
    const off = h * K * K;
    if (nh > 1) {
      for (let k = 0; k < K; k++) for (let l = k; l < K; l++) out[k * K + l] += ss[off + k * K + l] * f * nh / (nh - 1);
      ok++;
      continue;
    }
    switch (design.lonelyPsu) {
      case 'fail':
        throw new AnalysisError('lonely-psu', `stratum "${design.strataLabels[h]}" has only one PSU (choose a lonely-PSU policy: remove, certainty, average or adjust)`);
      case 'remove':
      case 'certainty':
        ok++; break;
      case 'adjust':
        for (let k = 0; k < K; k++) for (let l = k; l < K; l++) out[k * K + l] += f * sum[h * K + k] * sum[h * K + l];
        ok++; break;
      case 'average':
        break;
    }
  }
  const scale = ok === 0 ? NaN : present / ok;
  for (let k = 0; k < K; k++) for (let l = k; l < K; l++) { out[k * K + l] *= scale; out[l * K + k] = out[k * K + l]; }
  return out;
}

/**
 * Replicate covariance of K estimators (R `svrVar` on a matrix of replicate estimates):
 * Ĉov_kl = scale · Σ_r rscale_r (θ̂_rk − θ̄_k)(θ̂_rl − θ̄_l), θ̄ the replicates' mean (over
 * rscale_r > 0) or the full-sample estimates with `mse`. A replicate with any estimate not a
 * number is dropped with its rscale, as R drops it.
 */
export function replicateCovariance(design: ReplicateDesign, thetas: readonly Float64Array[], estimates: readonly number[]): Float64Array {
  const K = thetas.length, R = design.replicates.length;
  const usable = new Uint8Array(R);
  for (let r = 0; r < R; r++) usable[r] = thetas.every((t) => !Number.isNaN(t[r])) ? 1 : 0;
  const center = thetas.map((t, k) => {
    if (design.mse) return estimates[k];
    let s = 0, m = 0;
    for (let r = 0; r < R; r++) if (usable[r] && design.rscales[r] > 0) { s += t[r]; m++; }
    return m === 0 ? NaN : s / m;
  });
  const out = new Float64Array(K * K);
  for (let k = 0; k < K; k++) {
    for (let l = k; l < K; l++) {
      let v = 0;
      for (let r = 0; r < R; r++) if (usable[r]) v += (thetas[k][r] - center[k]) * (thetas[l][r] - center[l]) * design.rscales[r];
      out[k * K + l] = out[l * K + k] = v * design.scale;
    }
  }
  return out;
}
