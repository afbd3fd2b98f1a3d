import { factorsOf, type LinearizationDesign, type PsuFactors, type ReplicateDesign, type SurveyDesign } from '../design';
import type { Domains } from '../domains';
import { residualize } from '../calibration/steps';
import { linearizationVariance, secondStageVariance } from '../variance/linearization';
import { cellScratch, domainCellVariance, domainDegreesOfFreedom, gatherDomainCells, type DomainCells } from '../variance/domain-cells';
import { replicateRanks, replicateRanksFromFactors, replicateVariance } from '../variance/replicate';

/**
 * The shared engine of the estimators that are smooth functions of weighted totals:
 * total Ŷ = Σ w y, ratio R̂ = Ŷ/X̂ (a mean is the ratio with x = 1). All domains are
 * computed together in one pass over the rows; nothing is subset.
 */
export type LinearKind = 'total' | 'ratio';

/** Per-domain result before intervals: the pieces every estimator and interval needs. */
export interface DomainStatistic {
  readonly estimate: number;
  readonly variance: number;
  /** Design degrees of freedom of the domain (R `degf` of the subset design). */
  readonly df: number;
  /** Rows in the domain (unweighted respondents used). */
  readonly n: number;
  /** Rows in the domain with a non-zero weight. */
  readonly nonzero: number;
  /** Σ w over the domain (the estimated domain size). */
  readonly weightSum: number;
  /** Design effect against simple random sampling without replacement of the same size, as R `deff = TRUE`. */
  readonly deff: number;
  /** Replicate estimates (replicate designs only). */
  readonly replicates?: Float64Array;
}

/**
 * Estimates a total (`kind = 'total'`, z_i = w_i y_i) or a ratio (`kind = 'ratio'`,
 * z_i = w_i (y_i − R̂ x_i)/X̂; `x = null` means x = 1, i.e. the mean) for every domain.
 * Rows whose domain code is −1 take no part. Values must be observed in every domain row.
 */
export function linearStatistic(design: SurveyDesign, domains: Domains, kind: LinearKind, y: Float64Array, x: Float64Array | null): DomainStatistic[] {
  return design.kind === 'linearization' ? linearizationStatistic(design, domains, kind, y, x) : replicateStatistic(design, domains, kind, y, x);
}

interface Sums {
  W: Float64Array; Y: Float64Array; X: Float64Array; n: Int32Array; nz: Int32Array;
}

function domainSums(weights: Float64Array, dom: Int32Array, D: number, y: Float64Array, x: Float64Array | null): Sums {
  const s: Sums = { W: new Float64Array(D), Y: new Float64Array(D), X: new Float64Array(D), n: new Int32Array(D), nz: new Int32Array(D) };
  for (let i = 0; i < dom.length; i++) {
    const d = dom[i];
    if (d < 0) continue;
    const w = weights[i];
    s.W[d] += w; s.Y[d] += w * y[i]; s.X[d] += x === null ? w : w * x[i];
    s.n[d]++; if (w !== 0) s.nz[d]++;
  }
  return s;
}

/** Σ_d w (y − R̂_d x)² over each domain (x = 1 for a mean; R̂ = ȳ for a total's variance). */
function residualSquares(weights: Float64Array, dom: Int32Array, D: number, y: Float64Array, x: Float64Array | null, center: Float64Array): Float64Array {
  const out = new Float64Array(D);
  for (let i = 0; i < dom.length; i++) {
    const d = dom[i];
    if (d < 0) continue;
    const e = y[i] - center[d] * (x === null ? 1 : x[i]);
    out[d] += weights[i] * e * e;
  }
  return out;
}

/**
 * `cells` may be passed when the caller gathered them already (the logit interval reuses
 * them for its residual totals). `binary`: the caller checked that y is 0 or 1 on every domain
 * row (a proportion), so the mean's Σ w (y − p̂)² is Y(1 − p̂)² + (W − Y)p̂² without another pass.
 */
export function linearizationStatistic(
  design: LinearizationDesign, domains: Domains, kind: LinearKind, y: Float64Array, x: Float64Array | null,
  cells: DomainCells = gatherDomainCells(design, domains.of, domains.count, y, x), binary = false,
): DomainStatistic[] {
  const D = domains.count, dom = domains.of, w = design.weights;
  const calibrated = design.calibration.length > 0;
  const ratio = Float64Array.from(cells.Y, (Y, d) => Y / cells.X[d]);
  const estimate = kind === 'total' ? cells.Y : ratio;
  const variance = new Float64Array(D);
  if (calibrated) {
    // Row by row, one domain at a time: calibration residuals mix the rows of every domain.
    // R keeps every row of a calibrated design in a domain (weights set to 0), so every stratum takes part.
    const allStrata = new Uint8Array(design.strataLabels.length).fill(1);
    const z = new Float64Array(dom.length);
    const totals = new Float64Array(design.psuCount);
    for (let d = 0; d < D; d++) {
      z.fill(0);
      for (let i = 0; i < dom.length; i++) {
        if (dom[i] !== d) continue;
        const xi = x === null ? 1 : x[i];
        z[i] = kind === 'total' ? w[i] * y[i] : (w[i] * (y[i] - ratio[d] * xi)) / cells.X[d];
      }
      residualize(z, design.calibration);
      totals.fill(0);
      for (let i = 0; i < z.length; i++) totals[design.psu[i]] += z[i];
      variance[d] = linearizationVariance(design, totals, allStrata) + secondStageVariance(design, z);
    }
  } else {
    // PSU totals of z = w (y − R̂ x)/X̂ per (domain, PSU) cell: (Σ w y − R̂ Σ w x)/X̂.
    const scratch = cellScratch(design, cells);
    for (let d = 0; d < D; d++) {
      variance[d] = kind === 'total' ? domainCellVariance(design, cells, d, 0, 1, scratch) : domainCellVariance(design, cells, d, ratio[d], cells.X[d], scratch);
    }
  }
  const center = kind === 'total' ? Float64Array.from(cells.Y, (Y, d) => Y / cells.W[d]) : ratio;
  const xForDeff = kind === 'total' ? null : x;
  const rss = binary && kind === 'ratio' && x === null
    ? Float64Array.from(center, (p, d) => cells.Y[d] * (1 - p) ** 2 + (cells.W[d] - cells.Y[d]) * p * p)
    : residualSquares(w, dom, D, y, xForDeff, center);
  const seen = new Int32Array(design.strataLabels.length).fill(-1);
  const out: DomainStatistic[] = [];
  for (let d = 0; d < D; d++) {
    const nz = cells.nz[d], W = cells.W[d];
    // svyvar: nz/(nz−1) · Σ w e² / W; SRS without replacement: · (W − nz)/(W · nz), times W² for a total.
    let svyvar = (nz / (nz - 1)) * (rss[d] / W);
    if (kind === 'ratio' && x !== null) svyvar /= cells.X[d] * cells.X[d];
    let vsrs = (svyvar * (W - nz)) / (W * nz);
    if (kind === 'total' || x !== null) vsrs *= W * W;
    const deff = W < nz ? NaN : variance[d] / vsrs;
    out.push({ estimate: estimate[d], variance: variance[d], df: domainDegreesOfFreedom(design, cells, d, seen), n: cells.n[d], nonzero: nz, weightSum: W, deff });
  }
  return out;
}

function replicateStatistic(design: ReplicateDesign, domains: Domains, kind: LinearKind, y: Float64Array, x: Float64Array | null): DomainStatistic[] {
  const D = domains.count, dom = domains.of, w = design.weights;
  const R = design.rscales.length; // not replicates.length: that would build the columns of a factored design
  const sums = domainSums(w, dom, D, y, x);
  const ratio = Float64Array.from(sums.Y, (Y, d) => Y / sums.X[d]);
  const estimate = kind === 'total' ? sums.Y : ratio;
  const factors = factorsOf(design);
  const rowsOf = factors ? [] : rowsByDomain(dom, D, sums.n);
  const { SY, SX } = factors ? replicateTotalsFromFactors(factors, dom, D, y, x) : replicateTotals(design.replicates, dom, D, y, x);
  const center = kind === 'total' ? Float64Array.from(sums.Y, (Y, d) => Y / sums.W[d]) : ratio;
  const rss = residualSquares(w, dom, D, y, kind === 'total' ? null : x, center);
  const ranks = factors ? replicateRanksFromFactors(factors, dom, D) : replicateRanks(design.replicates, dom, D, (d) => rowsOf[d]);
  const out: DomainStatistic[] = [];
  for (let d = 0; d < D; d++) {
    const thetas = new Float64Array(R);
    for (let r = 0; r < R; r++) thetas[r] = kind === 'total' ? SY[d * R + r] : SY[d * R + r] / SX[d * R + r];
    const variance = replicateVariance(design, thetas, estimate[d]);
    const df = ranks[d] - 1;
    // R's deff on replicate designs: n counts every row of the domain; a ratio uses the total of y − R̂x.
    const nobs = sums.n[d], W = sums.W[d];
    let vDeff = variance;
    if (kind === 'ratio' && x !== null) {
      const t = new Float64Array(R);
      for (let r = 0; r < R; r++) t[r] = SY[d * R + r] - ratio[d] * SX[d * R + r];
      vDeff = replicateVariance(design, t, sums.Y[d] - ratio[d] * sums.X[d]);
    }
    const svyvar = (nobs / (nobs - 1)) * (rss[d] / W);
    let vsrs = (svyvar / nobs) * ((W - nobs) / W);
    if (kind === 'total' || x !== null) vsrs *= W * W;
    out.push({ estimate: estimate[d], variance, df, n: nobs, nonzero: sums.nz[d], weightSum: W, deff: vDeff / vsrs, replicates: thetas });
  }
  return out;
}

/** Replicate totals SY[d·R + r] = Σ_{i∈d} w_ir y_i and SX likewise (x = 1 when null), column by column. */
function replicateTotals(replicates: readonly Float64Array[], dom: Int32Array, D: number, y: Float64Array, x: Float64Array | null): { SY: Float64Array; SX: Float64Array } {
  const R = replicates.length;
  const SY = new Float64Array(D * R), SX = new Float64Array(D * R);
  for (let r = 0; r < R; r++) {
    const rw = replicates[r];
    for (let i = 0; i < dom.length; i++) {
      const d = dom[i];
      if (d < 0) continue;
      SY[d * R + r] += rw[i] * y[i];
      SX[d * R + r] += x === null ? rw[i] : rw[i] * x[i];
    }
  }
  return { SY, SX };
}

/**
 * The same totals from PSU factors: Σ_{i∈d} w_i m_r[p_i] y_i = Σ_p m_r[p] · T_pd with
 * T_pd = Σ_{i∈p,d} w_i y_i — one pass over the rows, then R·P·D products.
 */
function replicateTotalsFromFactors(f: PsuFactors, dom: Int32Array, D: number, y: Float64Array, x: Float64Array | null): { SY: Float64Array; SX: Float64Array } {
  const R = f.multipliers.length, P = f.psuCount, w = f.base, psu = f.psu;
  const TY = new Float64Array(P * D), TX = new Float64Array(P * D);
  for (let i = 0; i < dom.length; i++) {
    const d = dom[i];
    if (d < 0) continue;
    const cell = psu[i] * D + d;
    TY[cell] += w[i] * y[i];
    TX[cell] += x === null ? w[i] : w[i] * x[i];
  }
  const SY = new Float64Array(D * R), SX = new Float64Array(D * R);
  for (let r = 0; r < R; r++) {
    const m = f.multipliers[r];
    for (let p = 0; p < P; p++) {
      const mp = m[p];
      if (mp === 0) continue;
      const off = p * D;
      for (let d = 0; d < D; d++) {
        SY[d * R + r] += mp * TY[off + d];
        SX[d * R + r] += mp * TX[off + d];
      }
    }
  }
  return { SY, SX };
}

/** Row indices of each domain. */
export function rowsByDomain(dom: Int32Array, D: number, counts: Int32Array): Int32Array[] {
  const rows = Array.from({ length: D }, (_, d) => new Int32Array(counts[d]));
  const fill = new Int32Array(D);
  for (let i = 0; i < dom.length; i++) {
    const d = dom[i];
    if (d >= 0) rows[d][fill[d]++] = i;
  }
  return rows;
}
