import { AnalysisError } from '../errors';
import { compareLabels, type Labelled, type LinearizationDesign, type ReplicateDesign } from '../design';
import type { GregStep } from './steps';

/** A model matrix: named columns (as R's `model.matrix` names them). */
export interface ModelMatrix {
  readonly names: readonly string[];
  readonly columns: readonly Float64Array[];
}

/**
 * R's `model.matrix(~ f1 + … + x1 + …)` with treatment contrasts: an intercept, an
 * indicator for every level of each factor but the first (levels in sorted order; named
 * factor+level, e.g. `stypeH`), and the numeric columns as they are.
 */
export function modelMatrix(rowCount: number, factors: readonly (Labelled & { name: string })[], numeric: readonly { name: string; values: Float64Array }[], intercept = true): ModelMatrix {
  const names: string[] = [];
  const columns: Float64Array[] = [];
  if (intercept) { names.push('(Intercept)'); columns.push(new Float64Array(rowCount).fill(1)); }
  for (const f of factors) {
    const order = [...f.levels.keys()].sort((a, b) => compareLabels(f.levels[a], f.levels[b]));
    for (const k of order.slice(intercept ? 1 : 0)) {
      const col = new Float64Array(rowCount);
      for (let i = 0; i < rowCount; i++) col[i] = f.codes[i] === k ? 1 : 0;
      names.push(`${f.name}${f.levels[k]}`);
      columns.push(col);
    }
  }
  for (const x of numeric) { names.push(x.name); columns.push(x.values); }
  return { names, columns };
}

/**
 * Linear (GREG) calibration to population totals T_x (R `calibrate(calfun = "linear")`
 * without bounds): g_i = 1 + x_iᵀ (Σ_j w_j x_j x_jᵀ)⁻¹ (T_x − Σ_j w_j x_j), new weights
 * w_i g_i, so that Σ_i w_i g_i x_i = T_x. Variances use the residuals of z/(g√w) regressed
 * (unweighted) on x√w, times g√w — R's `qr.resid` on the calibration model. On a replicate
 * design every replicate column is calibrated to the same totals (R `calibrate.svyrep.design`).
 */
export function calibrate<D extends LinearizationDesign | ReplicateDesign>(design: D, model: ModelMatrix, totals: readonly number[]): D {
  const p = model.columns.length;
  if (totals.length !== p) throw new AnalysisError('bad-calibration', `calibration needs ${p} population totals (${model.names.join(', ')}), got ${totals.length}`);
  if (design.kind === 'replicate') {
    // R `calibrate.svyrep.design`: the full-sample weights and every replicate column are
    // calibrated to the same totals, each with its own g (linear calfun: one exact step).
    const times = (w: Float64Array): Float64Array => { const g = gregFactors(w, model, totals); return Float64Array.from(g, (gi, i) => gi * w[i]); };
    return { ...design, weights: times(design.weights), replicates: design.replicates.map(times) };
  }
  const lin = design as LinearizationDesign;
  const w = lin.weights;
  const g = gregFactors(w, model, totals);
  const whalf = Float64Array.from(w, Math.sqrt);
  const basis = orthonormalBasis(model.columns.map((c) => Float64Array.from(c, (v, i) => v * whalf[i])));
  const step: GregStep = { kind: 'greg', basis, w: Float64Array.from(g, (gi, i) => gi * whalf[i]) };
  const out: LinearizationDesign = { ...lin, weights: Float64Array.from(g, (gi, i) => gi * w[i]), calibration: [...lin.calibration, step] };
  return out as D;
}

/** The linear calibration factors g_i = 1 + x_iᵀ (Σ w x xᵀ)⁻¹ (T_x − Σ w x) of weights w. */
function gregFactors(w: Float64Array, model: ModelMatrix, totals: readonly number[]): Float64Array {
  const n = w.length;
  const p = model.columns.length;
  const sampleTotals = model.columns.map((c) => { let s = 0; for (let i = 0; i < n; i++) s += c[i] * w[i]; return s; });
  const T = Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, b) => {
    let s = 0;
    const ca = model.columns[a], cb = model.columns[b];
    for (let i = 0; i < n; i++) s += ca[i] * cb[i] * w[i];
    return s;
  }));
  const lambda = solve(T, totals.map((t, k) => t - sampleTotals[k]));
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 1;
    for (let k = 0; k < p; k++) s += model.columns[k][i] * lambda[k];
    g[i] = s;
  }
  return g;
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    if (M[piv][c] === 0) throw new AnalysisError('bad-calibration', 'calibration model is singular (a column is constant or duplicated)');
    [M[c], M[piv]] = [M[piv], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/** Orthonormal basis of the column space (modified Gram–Schmidt, twice for stability). */
function orthonormalBasis(columns: Float64Array[]): Float64Array[] {
  const basis: Float64Array[] = [];
  for (const c of columns) {
    const v = Float64Array.from(c);
    let norm0 = 0;
    for (const x of v) norm0 += x * x;
    for (let pass = 0; pass < 2; pass++) {
      for (const q of basis) {
        let dot = 0;
        for (let i = 0; i < v.length; i++) dot += q[i] * v[i];
        for (let i = 0; i < v.length; i++) v[i] -= dot * q[i];
      }
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    if (norm <= 1e-14 * norm0) continue;
    norm = Math.sqrt(norm);
    for (let i = 0; i < v.length; i++) v[i] /= norm;
    basis.push(v);
  }
  return basis;
}
