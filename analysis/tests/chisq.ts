import type { Labelled, SurveyDesign } from '../design';
import { compareLabels } from '../design';
import { AnalysisError } from '../errors';
import { pchisqUpper, pfUpper } from '../distributions';
import { residualize } from '../calibration/steps';
import { covarianceFromPsuTotals, replicateCovariance } from '../variance/covariance';
import { replicateRank } from '../variance/replicate';
import { solveLinear } from './linear-algebra';

/** R `svychisq`'s `statistic`: `F` the second-order Rao–Scott F (default), `Chisq` the first-order corrected χ². */
export type ChisqStatistic = 'F' | 'Chisq';
export const CHISQ_STATISTICS: readonly ChisqStatistic[] = ['F', 'Chisq'];

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
  /** The test statistic: X²/tr(Δ̂) (F) or X²/δ̄ with δ̄ = tr(Δ̂)/m (Chisq). */
  readonly value: number;
  /** F: numerator and denominator df d₀ = tr(Δ̂)²/tr(Δ̂²) and d₀·ν; Chisq: df m = (r − 1)(c − 1) in `ndf`, `ddf` = ∞. */
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
