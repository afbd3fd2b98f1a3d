import type { LinearizationDesign, ReplicateDesign, SurveyDesign } from '../design';
import type { Domains } from '../domains';
import { residualize } from '../calibration/steps';
import { linearizationVariance } from '../variance/linearization';
import { replicateRank, replicateVariance } from '../variance/replicate';

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

function linearizationStatistic(design: LinearizationDesign, domains: Domains, kind: LinearKind, y: Float64Array, x: Float64Array | null): DomainStatistic[] {
  const D = domains.count, dom = domains.of, w = design.weights;
  const P = design.psuCount, H = design.strataLabels.length;
  const calibrated = design.calibration.length > 0;
  const dense = !calibrated && D * P <= 1 << 23;
  // One pass: domain sums, strata with a domain row, PSUs with a positive-weight domain row
  // (for df), and — on the fast path — PSU totals Σ w y and Σ w x per (domain, PSU).
  const sums: Sums = { W: new Float64Array(D), Y: new Float64Array(D), X: new Float64Array(D), n: new Int32Array(D), nz: new Int32Array(D) };
  const strataPresent = new Uint8Array(D * H);
  const psuPresent = new Uint8Array(D * P);
  const SY = dense ? new Float64Array(D * P) : null, SX = dense ? new Float64Array(D * P) : null;
  const stratum = design.stratum, psu = design.psu;
  for (let i = 0; i < dom.length; i++) {
    const d = dom[i];
    if (d < 0) continue;
    const wi = w[i], wy = wi * y[i], wx = x === null ? wi : wi * x[i];
    sums.W[d] += wi; sums.Y[d] += wy; sums.X[d] += wx; sums.n[d]++;
    const k = d * P + psu[i];
    strataPresent[d * H + stratum[i]] = 1;
    if (wi !== 0) { sums.nz[d]++; psuPresent[k] = 1; }
    if (SY !== null && SX !== null) { SY[k] += wy; SX[k] += wx; }
  }
  const ratio = Float64Array.from(sums.Y, (Y, d) => Y / sums.X[d]);
  const estimate = kind === 'total' ? sums.Y : ratio;
  const variance = new Float64Array(D);
  if (SY === null || SX === null) {
    // Row by row, one domain at a time: calibration residuals mix the rows of every domain,
    // and (domain × PSU) tables would be too large when every row is its own PSU.
    const allStrata = new Uint8Array(H).fill(1);
    const z = new Float64Array(dom.length);
    const totals = new Float64Array(P);
    for (let d = 0; d < D; d++) {
      z.fill(0);
      for (let i = 0; i < dom.length; i++) {
        if (dom[i] !== d) continue;
        const xi = x === null ? 1 : x[i];
        z[i] = kind === 'total' ? w[i] * y[i] : (w[i] * (y[i] - ratio[d] * xi)) / sums.X[d];
      }
      if (calibrated) residualize(z, design.calibration);
      totals.fill(0);
      for (let i = 0; i < z.length; i++) totals[design.psu[i]] += z[i];
      // R keeps every row of a calibrated design in a domain (weights set to 0), so every stratum takes part.
      variance[d] = linearizationVariance(design, totals, calibrated ? allStrata : strataPresent.subarray(d * H, (d + 1) * H));
    }
  } else {
    for (let d = 0; d < D; d++) {
      const totals = new Float64Array(P);
      const off = d * P;
      if (kind === 'total') for (let p = 0; p < P; p++) totals[p] = SY[off + p];
      else {
        const R = ratio[d], X = sums.X[d];
        for (let p = 0; p < P; p++) totals[p] = (SY[off + p] - R * SX[off + p]) / X;
      }
      variance[d] = linearizationVariance(design, totals, strataPresent.subarray(d * H, (d + 1) * H));
    }
  }
  const center = kind === 'total' ? Float64Array.from(sums.Y, (Y, d) => Y / sums.W[d]) : ratio;
  const xForDeff = kind === 'total' ? null : x;
  const rss = residualSquares(w, dom, D, y, xForDeff, center);
  const out: DomainStatistic[] = [];
  for (let d = 0; d < D; d++) {
    let psus = 0, strataCount = 0;
    const seenStratum = new Uint8Array(H);
    for (let p = 0; p < P; p++) {
      if (!psuPresent[d * P + p]) continue;
      psus++;
      const h = design.psuStratum[p];
      if (!seenStratum[h]) { seenStratum[h] = 1; strataCount++; }
    }
    const nz = sums.nz[d], W = sums.W[d];
    // svyvar: nz/(nz−1) · Σ w e² / W; SRS without replacement: · (W − nz)/(W · nz), times W² for a total.
    let svyvar = (nz / (nz - 1)) * (rss[d] / W);
    if (kind === 'ratio' && x !== null) svyvar /= sums.X[d] * sums.X[d];
    let vsrs = (svyvar * (W - nz)) / (W * nz);
    if (kind === 'total' || x !== null) vsrs *= W * W;
    const deff = W < nz ? NaN : variance[d] / vsrs;
    out.push({ estimate: estimate[d], variance: variance[d], df: psus - strataCount, n: sums.n[d], nonzero: nz, weightSum: W, deff });
  }
  return out;
}

function replicateStatistic(design: ReplicateDesign, domains: Domains, kind: LinearKind, y: Float64Array, x: Float64Array | null): DomainStatistic[] {
  const D = domains.count, dom = domains.of, w = design.weights;
  const R = design.replicates.length;
  const sums = domainSums(w, dom, D, y, x);
  const ratio = Float64Array.from(sums.Y, (Y, d) => Y / sums.X[d]);
  const estimate = kind === 'total' ? sums.Y : ratio;
  const SY = new Float64Array(D * R), SX = new Float64Array(D * R);
  for (let r = 0; r < R; r++) {
    const rw = design.replicates[r];
    for (let i = 0; i < dom.length; i++) {
      const d = dom[i];
      if (d < 0) continue;
      SY[d * R + r] += rw[i] * y[i];
      SX[d * R + r] += x === null ? rw[i] : rw[i] * x[i];
    }
  }
  const center = kind === 'total' ? Float64Array.from(sums.Y, (Y, d) => Y / sums.W[d]) : ratio;
  const rss = residualSquares(w, dom, D, y, kind === 'total' ? null : x, center);
  const rowsOf = rowsByDomain(dom, D, sums.n);
  const out: DomainStatistic[] = [];
  for (let d = 0; d < D; d++) {
    const thetas = new Float64Array(R);
    for (let r = 0; r < R; r++) thetas[r] = kind === 'total' ? SY[d * R + r] : SY[d * R + r] / SX[d * R + r];
    const variance = replicateVariance(design, thetas, estimate[d]);
    const df = replicateRank(design.replicates, rowsOf[d]) - 1;
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
