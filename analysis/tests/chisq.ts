import type { Labelled, SurveyDesign } from '../design';
import { compareLabels } from '../design';
import { AnalysisError } from '../errors';
import { pchisqUpper, pfUpper, pnorm } from '../distributions';
import { zeroin } from '../roots';
import { residualize } from '../calibration/steps';
import { covarianceFromPsuTotals, linearizationCovariance, replicateCovariance } from '../variance/covariance';
import { replicateRank } from '../variance/replicate';
import { solveLinear } from './linear-algebra';

/**
 * R `svychisq`'s `statistic`: `F` the second-order Rao–Scott F (default), `Chisq` the
 * first-order corrected χ², `Wald` and `adjWald` the design-based Wald tests of the
 * interaction (Koch et al. 1975; adjWald Fellegi's F correction), `saddlepoint` Pearson's X²
 * against its asymptotic distribution Σ δ_k χ²₁ (a linear combination, with the F-type
 * denominator) by Kuonen's saddlepoint approximation, and `lincom` the same distribution — R
 * integrates it with Davies's algorithm when the CompQuadForm package is installed and uses the
 * saddlepoint otherwise (as R 4.1.1 without CompQuadForm, the reference here, does).
 */
export type ChisqStatistic = 'F' | 'Chisq' | 'Wald' | 'adjWald' | 'lincom' | 'saddlepoint';
export const CHISQ_STATISTICS: readonly ChisqStatistic[] = ['F', 'Chisq', 'Wald', 'adjWald', 'lincom', 'saddlepoint'];

/** One cell of the two-way table: its labels and estimated population share p̂_rc. */
export interface TableCell {
  readonly row: string;
  readonly column: string;
  readonly proportion: number;
}

export interface ChisqTest {
  readonly statistic: ChisqStatistic;
  /** Pearson's X² of the weighted table scaled to the n rows of the file (R's `chisq.test(svytable(..., Ntotal = n))`). */
  readonly pearson: number;
  /** The test statistic: X²/tr(Δ̂) (F), X²/δ̄ with δ̄ = tr(Δ̂)/m (Chisq), the Wald F (Wald, adjWald), X² itself (lincom, saddlepoint). */
  readonly value: number;
  /**
   * F: numerator and denominator df d₀ = tr(Δ̂)²/tr(Δ̂²) and d₀·ν; Chisq: df m = (r − 1)(c − 1) in `ndf`, `ddf` = ∞;
   * Wald: m and ν; adjWald: m and ν − m + 1; lincom/saddlepoint: m δ's and the denominator d₀·ν (R prints none).
   */
  readonly ndf: number;
  readonly ddf: number;
  readonly pValue: number;
  /** Mean generalized design effect δ̄ = tr(Δ̂)/m, the first-order correction. */
  readonly meanDesignEffect: number;
  /** ν, the design df of the whole design. */
  readonly designDf: number;
  readonly rowLevels: readonly string[];
  readonly columnLevels: readonly string[];
  readonly cells: readonly TableCell[];
}

/**
 * Test of independence in a two-way table under the design (R `svychisq(~row + col, design,
 * statistic = "F" | "Chisq")`, Rao & Scott 1981, 1984). With p̂ the K = r·c cell proportions,
 * V̂ their design covariance, D = diag(p̂) and C the (r − 1)(c − 1) interaction contrasts of the
 * cells (residuals of the interaction columns on the main effects: on the full grid,
 * C_{(i,j),(a,b)} = (1{i=a} − 1/r)(1{j=b} − 1/c)), the generalized design effects are the
 * eigenvalues of
 *
 *   Δ̂ = (Cᵀ D⁻¹ C / n)⁻¹ (Cᵀ D⁻¹ V̂ D⁻¹ C).
 *
 * X² is Pearson's statistic of the weighted table scaled to n rows. First order: X²/δ̄ ~ χ²_m,
 * δ̄ = tr Δ̂ / m. Second order (Satterthwaite): X²/tr Δ̂ ~ F(d₀, d₀ν), d₀ = (tr Δ̂)²/tr(Δ̂²), ν the
 * design df (PSUs − strata; `degf` on replicate designs). Rows missing either variable are left
 * out of p̂ and V̂ (R `na.rm = TRUE`); n counts every row, as R's does.
 */
export function svyChisq(design: SurveyDesign, rows: Labelled & { name: string }, columns: Labelled & { name: string }, statistic: ChisqStatistic = 'F'): ChisqTest {
  const n = design.rowCount;
  const rowMap = presentLevels(rows), colMap = presentLevels(columns);
  const nr = rowMap.levels.length, nc = colMap.levels.length;
  if (nr < 2 || nc < 2) throw new AnalysisError('bad-option', `a test of independence needs at least two levels in each variable ("${rows.name}" has ${nr}, "${columns.name}" ${nc})`);
  const K = nr * nc;
  const cell = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows.codes[i] < 0 ? -1 : rowMap.index[rows.codes[i]], c = columns.codes[i] < 0 ? -1 : colMap.index[columns.codes[i]];
    cell[i] = r < 0 || c < 0 ? -1 : r + nr * c; // rows vary fastest, as R's interaction()
  }
  const w = design.weights;
  const Wk = new Float64Array(K);
  let W = 0;
  for (let i = 0; i < n; i++) if (cell[i] >= 0) { Wk[cell[i]] += w[i]; W += w[i]; }
  const p = Float64Array.from(Wk, (v) => v / W);
  const V = cellCovariance(design, cell, K, p, W);
  const nu = design.kind === 'linearization' ? design.psuCount - design.strataLabels.length : replicateDesignDf(design);

  // Pearson's X² on the table N·p̂.
  const rowSum = new Float64Array(nr), colSum = new Float64Array(nc);
  for (let k = 0; k < K; k++) { rowSum[k % nr] += n * p[k]; colSum[Math.floor(k / nr)] += n * p[k]; }
  let pearson = 0;
  for (let k = 0; k < K; k++) {
    const e = (rowSum[k % nr] * colSum[Math.floor(k / nr)]) / n;
    pearson += (n * p[k] - e) ** 2 / e;
  }

  if (statistic === 'Wald' || statistic === 'adjWald') {
    const common = { pearson, designDf: nu, rowLevels: rowMap.levels, columnLevels: colMap.levels, cells: [] as TableCell[] };
    for (let k = 0; k < K; k++) common.cells.push({ row: rowMap.levels[k % nr], column: colMap.levels[Math.floor(k / nr)], proportion: p[k] });
    return { statistic, ...common, ...waldTest(design, cell, nr, nc, nu, statistic), meanDesignEffect: NaN };
  }

  // Δ̂ = (Cᵀ D⁻¹ C / n)⁻¹ Cᵀ D⁻¹ V̂ D⁻¹ C, with D⁻¹ = 0 on empty cells as R.
  const m = (nr - 1) * (nc - 1);
  const C = new Float64Array(K * m);
  for (let k = 0; k < K; k++) {
    const i = k % nr, j = Math.floor(k / nr);
    for (let a = 1; a < nr; a++) for (let b = 1; b < nc; b++) C[k * m + (a - 1) + (nr - 1) * (b - 1)] = ((i === a ? 1 : 0) - 1 / nr) * ((j === b ? 1 : 0) - 1 / nc);
  }
  const inv = Float64Array.from(p, (v) => (v === 0 ? 0 : 1 / v));
  const denom = new Float64Array(m * m), numr = new Float64Array(m * m);
  const DC = new Float64Array(K * m); // D⁻¹ C
  for (let k = 0; k < K; k++) for (let a = 0; a < m; a++) DC[k * m + a] = inv[k] * C[k * m + a];
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += C[k * m + a] * DC[k * m + b];
      denom[a * m + b] = s / n;
      let t = 0;
      for (let k = 0; k < K; k++) {
        const dk = DC[k * m + a];
        if (dk === 0) continue;
        for (let l = 0; l < K; l++) t += dk * V[k * K + l] * DC[l * m + b];
      }
      numr[a * m + b] = t;
    }
  }
  const delta = solveLinear(denom, numr, m);
  let trace = 0, trace2 = 0;
  for (let a = 0; a < m; a++) {
    trace += delta[a * m + a];
    for (let b = 0; b < m; b++) trace2 += delta[a * m + b] * delta[b * m + a];
  }
  const meanDesignEffect = trace / m;
  const cells: TableCell[] = [];
  for (let k = 0; k < K; k++) cells.push({ row: rowMap.levels[k % nr], column: colMap.levels[Math.floor(k / nr)], proportion: p[k] });
  const common = { pearson, meanDesignEffect, designDf: nu, rowLevels: rowMap.levels, columnLevels: colMap.levels, cells };
  if (statistic === 'Chisq') {
    return { statistic, ...common, value: pearson / meanDesignEffect, ndf: m, ddf: Infinity, pValue: pchisqUpper(pearson / meanDesignEffect, m) };
  }
  const d0 = (trace * trace) / trace2;
  if (statistic === 'lincom' || statistic === 'saddlepoint') {
    // R's replicate-design method uses no F denominator (pchisqsum); the linearization one does (pFsum).
    const ddf = design.kind === 'replicate' ? Infinity : d0 * nu;
    return { statistic, ...common, value: pearson, ndf: m, ddf, pValue: pFsumUpper(pearson, generalizedEigenvalues(denom, numr, m), ddf) };
  }
  const value = pearson / trace;
  return { statistic, ...common, value, ndf: d0, ddf: d0 * nu, pValue: pfUpper(value, d0, d0 * nu) };
}

/** The levels a variable takes (sorted as labels sort), and each code's position among them. */
function presentLevels(v: Labelled): { levels: string[]; index: Int32Array } {
  const seen = new Uint8Array(v.levels.length);
  for (let i = 0; i < v.codes.length; i++) if (v.codes[i] >= 0) seen[v.codes[i]] = 1;
  const codes = [...v.levels.keys()].filter((c) => seen[c]).sort((a, b) => compareLabels(v.levels[a], v.levels[b]));
  const index = new Int32Array(v.levels.length).fill(-1);
  codes.forEach((c, k) => { index[c] = k; });
  return { levels: codes.map((c) => v.levels[c]), index };
}

/**
 * Design covariance of the cell proportions p̂_k = Ŵ_k/Ŵ: influence values
 * z_ik = w_i (1{cell_i = k} − p̂_k)/Ŵ on the rows with both variables, or the replicate
 * proportions' covariance.
 */
function cellCovariance(design: SurveyDesign, cell: Int32Array, K: number, p: Float64Array, W: number): Float64Array {
  const n = cell.length, w = design.weights;
  if (design.kind === 'replicate') {
    const R = design.replicates.length;
    const thetas = Array.from({ length: K }, () => new Float64Array(R));
    const cellW = new Float64Array(K);
    for (let r = 0; r < R; r++) {
      const rw = design.replicates[r];
      cellW.fill(0);
      let total = 0;
      for (let i = 0; i < n; i++) if (cell[i] >= 0) { cellW[cell[i]] += rw[i]; total += rw[i]; }
      for (let k = 0; k < K; k++) thetas[k][r] = cellW[k] / total;
    }
    return replicateCovariance(design, thetas, Array.from(p));
  }
  const P = design.psuCount;
  const totals = new Float64Array(P * K);
  const strataPresent = new Uint8Array(design.strataLabels.length);
  for (let i = 0; i < n; i++) if (cell[i] >= 0) strataPresent[design.stratum[i]] = 1;
  if (design.secondStage) {
    // Two stages: the second-stage term needs row-level influence values (R's multistage svyrecvar).
    const psuPresent = new Uint8Array(P);
    for (let i = 0; i < n; i++) if (cell[i] >= 0 || design.calibration.length > 0) psuPresent[design.psu[i]] = 1;
    if (design.calibration.length > 0) strataPresent.fill(1);
    const z = Array.from({ length: K }, (_, k) => Float64Array.from(cell, (c, i) => (c < 0 ? 0 : (w[i] * ((c === k ? 1 : 0) - p[k])) / W)));
    return linearizationCovariance(design, z, strataPresent, psuPresent);
  }
  if (design.calibration.length > 0) {
    // Calibration residuals mix rows: one influence column at a time, every stratum taking part.
    strataPresent.fill(1);
    const z = new Float64Array(n);
    for (let k = 0; k < K; k++) {
      for (let i = 0; i < n; i++) z[i] = cell[i] < 0 ? 0 : (w[i] * ((cell[i] === k ? 1 : 0) - p[k])) / W;
      residualize(z, design.calibration);
      for (let i = 0; i < n; i++) totals[design.psu[i] * K + k] += z[i];
    }
  } else {
    // PSU totals without a row-level column per cell: (Σ_{p, cell k} w − p̂_k Σ_p w)/Ŵ.
    const psuW = new Float64Array(P);
    for (let i = 0; i < n; i++) {
      const c = cell[i];
      if (c < 0) continue;
      const q = design.psu[i];
      totals[q * K + c] += w[i];
      psuW[q] += w[i];
    }
    for (let q = 0; q < P; q++) for (let k = 0; k < K; k++) totals[q * K + k] = (totals[q * K + k] - p[k] * psuW[q]) / W;
  }
  return covarianceFromPsuTotals(design, totals, K, strataPresent);
}

/** R `degf` of a replicate design: the rank of the replicate weights minus 1. */
function replicateDesignDf(design: Extract<SurveyDesign, { kind: 'replicate' }>): number {
  return replicateRank(design.replicates, Int32Array.from({ length: design.rowCount }, (_, i) => i)) - 1;
}

/**
 * The design-based Wald test of no interaction (R `svychisq(statistic = "Wald" | "adjWald")`):
 * on the estimated totals, Y_rc = N̂_rc − N̂_r· N̂_·c / N̂ for the cells of rows 2…r and columns
 * 2…c, V̂(Y) by linearization (influence w_i g_rc(i), g_rc = 1{cell rc} − 1{row r} N̂_·c/N̂ −
 * 1{col c} N̂_r·/N̂ + N̂_r· N̂_·c/N̂², i.e. R's Jacobian times the covariance of the totals) or
 * from the replicates of the same linear combination, and W = Yᵀ V̂⁻¹ Y:
 *   Wald: F = W/m on (m, ν);  adjWald: F = W (ν − m + 1)/(m ν) on (m, ν − m + 1),  m = (r − 1)(c − 1).
 */
function waldTest(design: SurveyDesign, cell: Int32Array, nr: number, nc: number, nu: number, statistic: 'Wald' | 'adjWald'): { value: number; ndf: number; ddf: number; pValue: number } {
  const n = cell.length, w = design.weights, K = nr * nc;
  const Nrc = new Float64Array(K), Nr = new Float64Array(nr), Nc = new Float64Array(nc);
  let N = 0;
  for (let i = 0; i < n; i++) {
    const k = cell[i];
    if (k < 0) continue;
    Nrc[k] += w[i]; Nr[k % nr] += w[i]; Nc[Math.floor(k / nr)] += w[i]; N += w[i];
  }
  const used: number[] = [];
  for (let c = 1; c < nc; c++) for (let r = 1; r < nr; r++) used.push(r + nr * c);
  const m = used.length;
  const Y = Float64Array.from(used, (k) => Nrc[k] - (Nr[k % nr] * Nc[Math.floor(k / nr)]) / N);
  /** g_k(i) for a row in cell `ci`. */
  const g = (k: number, ci: number): number => {
    const r = k % nr, c = Math.floor(k / nr), ri = ci % nr, cj = Math.floor(ci / nr);
    return (ci === k ? 1 : 0) - (ri === r ? Nc[c] / N : 0) - (cj === c ? Nr[r] / N : 0) + (Nr[r] * Nc[c]) / (N * N);
  };
  let V: Float64Array;
  if (design.kind === 'replicate') {
    const R = design.replicates.length;
    const thetas = used.map(() => new Float64Array(R));
    const cellW = new Float64Array(K);
    for (let r = 0; r < R; r++) {
      const rw = design.replicates[r];
      cellW.fill(0);
      for (let i = 0; i < n; i++) if (cell[i] >= 0) cellW[cell[i]] += rw[i];
      used.forEach((k, a) => { let t = 0; for (let ci = 0; ci < K; ci++) if (cellW[ci] !== 0) t += cellW[ci] * g(k, ci); thetas[a][r] = t; });
    }
    V = replicateCovariance(design, thetas, Array.from(Y));
  } else {
    const z = used.map((k) => { const zk = new Float64Array(n); for (let i = 0; i < n; i++) if (cell[i] >= 0) zk[i] = w[i] * g(k, cell[i]); return zk; });
    const strataPresent = new Uint8Array(design.strataLabels.length), psuPresent = new Uint8Array(design.psuCount);
    if (design.calibration.length > 0) { strataPresent.fill(1); psuPresent.fill(1); }
    else for (let i = 0; i < n; i++) if (cell[i] >= 0) { strataPresent[design.stratum[i]] = 1; psuPresent[design.psu[i]] = 1; }
    V = linearizationCovariance(design, z, strataPresent, psuPresent);
  }
  const VY = solveLinear(V, Y, m, 1);
  let W = 0;
  for (let a = 0; a < m; a++) W += Y[a] * VY[a];
  if (statistic === 'Wald') { const F = W / m; return { value: F, ndf: m, ddf: nu, pValue: pfUpper(F, m, nu) }; }
  const ddf = nu - m + 1;
  const F = (W * ddf) / (m * nu);
  return { value: F, ndf: m, ddf, pValue: pfUpper(F, m, ddf) };
}

/**
 * Eigenvalues of Δ̂ = A⁻¹B (A = CᵀD⁻¹C/n positive definite, B symmetric): those of the symmetric
 * L⁻¹BL⁻ᵀ, A = LLᵀ, by cyclic Jacobi rotations (m is (r − 1)(c − 1), small).
 */
function generalizedEigenvalues(A: Float64Array, B: Float64Array, m: number): number[] {
  const L = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * m + j];
      for (let k = 0; k < j; k++) s -= L[i * m + k] * L[j * m + k];
      L[i * m + j] = i === j ? Math.sqrt(s) : s / L[j * m + j];
    }
  }
  // M = L⁻¹ B L⁻ᵀ: solve L X = B, then L Mᵀ = Xᵀ.
  const forward = (Bm: Float64Array): Float64Array => {
    const X = new Float64Array(m * m);
    for (let c = 0; c < m; c++) for (let i = 0; i < m; i++) {
      let s = Bm[i * m + c];
      for (let k = 0; k < i; k++) s -= L[i * m + k] * X[k * m + c];
      X[i * m + c] = s / L[i * m + i];
    }
    return X;
  };
  const X = forward(B);
  const Xt = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) Xt[i * m + j] = X[j * m + i];
  const M = forward(Xt);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) off += M[i * m + j] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) {
      const apq = M[p * m + q];
      if (Math.abs(apq) < 1e-300) continue;
      const theta = (M[q * m + q] - M[p * m + p]) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1), s = t * c;
      for (let k = 0; k < m; k++) {
        const mkp = M[k * m + p], mkq = M[k * m + q];
        M[k * m + p] = c * mkp - s * mkq; M[k * m + q] = s * mkp + c * mkq;
      }
      for (let k = 0; k < m; k++) {
        const mpk = M[p * m + k], mqk = M[q * m + k];
        M[p * m + k] = c * mpk - s * mqk; M[q * m + k] = s * mpk + c * mqk;
      }
    }
  }
  return Array.from({ length: m }, (_, i) => M[i * m + i]);
}

/**
 * P(X² > x) for X² ~ Σ_k δ_k χ²₁ divided by an independent χ²_ddf/ddf (R `pFsum(x, rep(1, m), δ,
 * ddf, method = "saddlepoint", lower.tail = FALSE)`): the saddlepoint tail of Σ δ_k χ²₁ − (x/ddf)
 * χ²_⌊ddf⌋ at 0 (R's `rep` truncates the non-integer ddf), falling back, where the saddlepoint
 * ζ̂ is within 1e-4 of 0, on the Satterthwaite F.
 */
function pFsumUpper(x: number, delta: readonly number[], ddf: number): number {
  const m = delta.length;
  const tr = delta.reduce((a, b) => a + b, 0) / m;
  const tr2 = delta.reduce((a, b) => a + b * b, 0) / m / (tr * tr);
  const scale = tr * tr2, ndf = m / tr2;
  if (ddf === Infinity) {
    // R `pchisqsum(x, rep(1, m), δ, method = "saddlepoint", lower.tail = FALSE)`: the saddlepoint
    // tail of Σ δ_k χ²₁ at x, or Satterthwaite's scaled χ² where it is undefined.
    const s = saddle(x, delta);
    return Number.isNaN(s) ? pchisqUpper(x / scale, ndf) : s;
  }
  const satterthwaite = pfUpper(x / ndf / scale, ndf, ddf);
  const lambda = [...delta, ...Array.from({ length: Math.trunc(ddf) }, () => -x / ddf)];
  const s = saddle(0, lambda);
  return Number.isNaN(s) ? satterthwaite : s;
}

/** Kuonen's saddlepoint upper tail of Σ λ_k χ²₁ at x (R `survey:::saddle`), NaN where ζ̂ ≈ 0. */
function saddle(x0: number, lambda0: readonly number[]): number {
  const d = Math.max(...lambda0);
  const lambda = lambda0.map((l) => l / d);
  const x = x0 / d;
  const k0 = (z: number): number => -lambda.reduce((a, l) => a + Math.log(1 - 2 * z * l), 0) / 2;
  const k1 = (z: number): number => lambda.reduce((a, l) => a + l / (1 - 2 * z * l), 0);
  const k2 = (z: number): number => 2 * lambda.reduce((a, l) => a + (l * l) / (1 - 2 * z * l) ** 2, 0);
  const neg = lambda.filter((l) => l < 0), pos = lambda.filter((l) => l > 0);
  const lmin = neg.length > 0 ? Math.max(...neg.map((l) => 1 / (2 * l))) * 0.99999 : x > lambda.reduce((a, b) => a + b, 0) ? -0.01 : -lambda.length / (2 * x);
  const lmax = Math.min(...pos.map((l) => 1 / (2 * l))) * 0.99999;
  const zeta = zeroin((z) => k1(z) - x, lmin, lmax, 1e-8);
  if (Number.isNaN(zeta)) return NaN;
  const w = Math.sign(zeta) * Math.sqrt(2 * (zeta * x - k0(zeta)));
  const v = zeta * Math.sqrt(k2(zeta));
  if (Math.abs(zeta) < 1e-4) return NaN;
  return pnorm(-(w + Math.log(v / w) / w));
}
