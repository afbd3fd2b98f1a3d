import type { PsuFactors, ReplicateDesign } from '../design';

/**
 * Replicate variance (R `svrVar`): V̂ = scale · Σ_r rscale_r (θ̂_r − θ̄)², where θ̄ is the
 * mean of the replicates with rscale_r > 0, or the full-sample θ̂ when `mse` is set.
 * Replicates whose estimate is not a number (e.g. an empty domain in that replicate) are
 * dropped with their rscale, as R does.
 */
export function replicateVariance(design: ReplicateDesign, thetas: Float64Array, estimate: number): number {
  const R = thetas.length;
  let center: number;
  if (design.mse) center = estimate;
  else {
    let s = 0, k = 0;
    for (let r = 0; r < R; r++) if (!Number.isNaN(thetas[r]) && design.rscales[r] > 0) { s += thetas[r]; k++; }
    if (k === 0) return NaN;
    center = s / k;
  }
  let v = 0;
  for (let r = 0; r < R; r++) {
    if (Number.isNaN(thetas[r])) continue;
    const d = thetas[r] - center;
    v += d * d * design.rscales[r];
  }
  return v * design.scale;
}

/**
 * Numerical rank of the replicate-weight matrix restricted to the rows in `rows`, as R's
 * `qr(X, tol = 1e-5)$rank` (LINPACK dqrdc2): taking the columns in order, a column counts
 * when what is left of it after removing the part explained by the columns kept before it
 * has norm ≥ tol × its own norm. Computed from the Gram matrix XᵀX (one pass over the rows)
 * by an incremental Cholesky factorisation: the squared residual norm of column j is
 * G_jj − ‖L⁻¹ g_j‖².
 */
export function replicateRank(replicates: readonly Float64Array[], rows: Int32Array, tol = 1e-5): number {
  const R = replicates.length;
  // More replicates than rows: orthogonalise row vectors directly, stopping at full rank.
  if (R > rows.length) return rankByGramSchmidt(replicates, rows, tol);
  const gram = new GramRuns(R);
  const x = new Float64Array(R);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    for (let a = 0; a < R; a++) x[a] = replicates[a][i];
    gram.add(x);
  }
  return rankFromGram(gram.finish(), R, rows.length, tol);
}

/**
 * The same rank for every domain at once (`dom[i]` the domain of row i, −1 for none): one pass
 * over the rows in order, reading the R replicate columns sequentially, each row's weights
 * added to its domain's Gram matrix — the same sums in the same order as `replicateRank` on
 * the domain's rows, so the same ranks, without gathering each domain's rows from R columns.
 */
export function replicateRanks(replicates: readonly Float64Array[], dom: Int32Array, D: number, rowsOf: (d: number) => Int32Array, tol = 1e-5): Int32Array {
  const R = replicates.length, n = dom.length;
  // One R×R matrix per domain: beyond ~32 MB of them, a domain at a time (the same ranks).
  if (D * R * R > 4_000_000) return Int32Array.from({ length: D }, (_, d) => replicateRank(replicates, rowsOf(d), tol));
  const counts = new Int32Array(D);
  for (let i = 0; i < n; i++) if (dom[i] >= 0) counts[dom[i]]++;
  const grams = Array.from({ length: D }, (_, d) => (counts[d] >= R ? new GramRuns(R) : null));
  const x = new Float64Array(R);
  for (let i = 0; i < n; i++) {
    const d = dom[i];
    if (d < 0) continue;
    const g = grams[d];
    if (!g) continue;
    for (let a = 0; a < R; a++) x[a] = replicates[a][i];
    g.add(x);
  }
  return Int32Array.from(grams, (g, d) => (g ? rankFromGram(g.finish(), R, counts[d], tol) : rankByGramSchmidt(replicates, rowsOf(d), tol)));
}

/**
 * The same ranks for a design given by PSU factors (w_ir = w_i · m_r[p]): the rows of PSU p in
 * domain d are all proportional to the vector m_·[p], so the domain's Gram matrix is
 * G_d = Σ_p (Σ_{i∈p,d} w_i²) · m_·[p] m_·[p]ᵀ — one pass over the rows for the Σ w² cells, then
 * R²/2 products per (PSU, domain) cell, with no replicate column ever read.
 */
export function replicateRanksFromFactors(f: PsuFactors, dom: Int32Array, D: number, tol = 1e-5): Int32Array {
  const R = f.multipliers.length, P = f.psuCount, w = f.base;
  const w2 = new Float64Array(P * D); // Σ w² per (PSU, domain) cell, PSU-major
  const counts = new Int32Array(D);
  for (let i = 0; i < dom.length; i++) {
    const d = dom[i];
    if (d < 0) continue;
    w2[f.psu[i] * D + d] += w[i] * w[i];
    counts[d]++;
  }
  const m = new Float64Array(R);
  const ranks = new Int32Array(D);
  for (let d = 0; d < D; d++) {
    const G = new Float64Array(R * R);
    for (let p = 0; p < P; p++) {
      const c = w2[p * D + d];
      if (c === 0) continue;
      for (let r = 0; r < R; r++) m[r] = f.multipliers[r][p];
      addOuter(G, R, m, c);
    }
    ranks[d] = rankFromGram(G, R, counts[d], tol);
  }
  return ranks;
}

/**
 * G = Σ_i x_i x_iᵀ over rows added in order. Rows whose replicate weights are proportional to
 * the row before them (x_i = c·x_rep: the rows of one PSU in a converted or jackknife design,
 * which sorted files keep together) add c² x_rep x_repᵀ, so G is accumulated once per run of
 * such rows: R²/2 products per PSU instead of per row. A run of one row adds 1·x xᵀ exactly.
 */
class GramRuns {
  private readonly G: Float64Array;
  private readonly cur: Float64Array;
  private runWeight = 0; // Σ c² of the current run; 0 before the first row

  constructor(private readonly R: number) {
    this.G = new Float64Array(R * R);
    this.cur = new Float64Array(R);
  }

  add(x: Float64Array): void {
    const c = this.runWeight === 0 ? NaN : proportionTo(x, this.cur);
    if (Number.isNaN(c)) { this.flush(); this.cur.set(x); this.runWeight = 1; } else this.runWeight += c * c;
  }

  finish(): Float64Array {
    this.flush();
    this.runWeight = 0;
    return this.G;
  }

  private flush(): void {
    if (this.runWeight !== 0) addOuter(this.G, this.R, this.cur, this.runWeight);
  }
}

/** G += c · x xᵀ on the upper triangle (c = 1 adds x xᵀ exactly, with no rounding from c). */
function addOuter(G: Float64Array, R: number, x: Float64Array, c: number): void {
  for (let a = 0; a < R; a++) {
    const xa = x[a];
    if (xa === 0) continue;
    const off = a * R;
    if (c === 1) for (let b = a; b < R; b++) G[off + b] += xa * x[b];
    else for (let b = a; b < R; b++) G[off + b] += c * (xa * x[b]);
  }
}

/** The rank from the Gram matrix (upper triangle), by the incremental Cholesky of `replicateRank`. */
function rankFromGram(G: Float64Array, R: number, rowCount: number, tol: number): number {
  const kept: number[] = [];
  const L: Float64Array[] = []; // row k: coefficients of kept column k on the kept basis
  for (let j = 0; j < R; j++) {
    const norm0 = G[j * R + j];
    if (!(norm0 > 0)) continue;
    const y = new Float64Array(kept.length + 1);
    let explained = 0;
    for (let k = 0; k < kept.length; k++) {
      const c = kept[k];
      let v = G[Math.min(c, j) * R + Math.max(c, j)];
      const row = L[k];
      for (let l = 0; l < k; l++) v -= row[l] * y[l];
      y[k] = v / row[k];
      explained += y[k] * y[k];
    }
    const residual = norm0 - explained;
    if (!(residual >= tol * tol * norm0)) continue;
    y[kept.length] = Math.sqrt(residual);
    L.push(y);
    kept.push(j);
    if (kept.length === rowCount) break;
  }
  return kept.length;
}

/**
 * c with x = c·ref (to 1e-13 relative in every entry, zeros in the same places), or NaN. The
 * tolerance covers the rounding of w_i·m_r; the Gram matrix moves by less than 1e-12 relative,
 * far inside the rank tolerance (1e-10 on squared norms).
 */
function proportionTo(x: Float64Array, ref: Float64Array): number {
  let c = NaN;
  for (let a = 0; a < x.length; a++) {
    const r = ref[a], v = x[a];
    if (r === 0 || v === 0) { if (r !== v) return NaN; continue; }
    if (Number.isNaN(c)) { c = v / r; continue; }
    if (Math.abs(v - c * r) > 1e-13 * Math.abs(v)) return NaN;
  }
  return c;
}

/** The same rank by modified Gram–Schmidt (twice) on the columns, stopping at full rank. */
function rankByGramSchmidt(replicates: readonly Float64Array[], rows: Int32Array, tol: number): number {
  const m = rows.length;
  const basis: Float64Array[] = [];
  for (const column of replicates) {
    const v = new Float64Array(m);
    let norm0 = 0;
    for (let k = 0; k < m; k++) { v[k] = column[rows[k]]; norm0 += v[k] * v[k]; }
    norm0 = Math.sqrt(norm0);
    if (norm0 === 0) continue;
    for (let pass = 0; pass < 2; pass++) {
      for (const q of basis) {
        let dot = 0;
        for (let k = 0; k < m; k++) dot += q[k] * v[k];
        for (let k = 0; k < m; k++) v[k] -= dot * q[k];
      }
    }
    let norm = 0;
    for (let k = 0; k < m; k++) norm += v[k] * v[k];
    norm = Math.sqrt(norm);
    if (norm < tol * norm0) continue;
    for (let k = 0; k < m; k++) v[k] /= norm;
    basis.push(v);
    if (basis.length === m) break;
  }
  return basis.length;
}
