import type { LinearizationDesign } from '../design';
import { sparseLinearizationVariance } from './linearization';

/**
 * What one pass over the rows of a linearization design gathers for every domain at once:
 * the domain sums Σ w, Σ w y, Σ w x, the strata with a domain row, and for each (domain, PSU)
 * cell that has rows the PSU totals Σ w y and Σ w x. Only cells that occur are kept — a
 * district's own PSUs, not every PSU of the sample times every district — so the variance of
 * every domain costs O(rows + cells) instead of O(domains × PSUs).
 */
export interface DomainCells {
  /** Domains D. */
  readonly count: number;
  readonly W: Float64Array;
  readonly Y: Float64Array;
  readonly X: Float64Array;
  /** Rows, and rows with a non-zero weight, per domain. */
  readonly n: Int32Array;
  readonly nz: Int32Array;
  /** D × H: 1 when the domain has a row (of any weight) in stratum h. */
  readonly strataPresent: Uint8Array;
  /** The cells of domain d are `start[d] ≤ k < start[d + 1]`. */
  readonly start: Int32Array;
  readonly psu: Int32Array;
  readonly cellY: Float64Array;
  readonly cellX: Float64Array;
  /** 1 when the cell has a row with a positive weight (the PSU counts for the domain's df). */
  readonly positive: Uint8Array;
}

/**
 * Gathers the domain sums and (domain, PSU) cells of y and x (`x = null` means x = 1, so
 * `cellX` is Σ w). Rows whose domain code is −1 take no part. Cells are found through a
 * small open-addressing table keyed by (domain, PSU), with a shortcut for runs of rows in
 * the same cell (rows of a PSU are usually adjacent).
 */
export function gatherDomainCells(design: LinearizationDesign, dom: Int32Array, D: number, y: Float64Array, x: Float64Array | null): DomainCells {
  const H = design.strataLabels.length, n = dom.length;
  const stratum = design.stratum, psu = design.psu, w = design.weights;
  const W = new Float64Array(D), Y = new Float64Array(D), X = new Float64Array(D);
  const rows = new Int32Array(D), nz = new Int32Array(D);
  const strataPresent = new Uint8Array(D * H);
  const capacity = Math.max(1, Math.min(n, D * design.psuCount));
  const bits = Math.max(4, Math.ceil(Math.log2(2 * capacity)));
  const { slots, cellDomain, cellPsu, sy, sx, pos } = workSpace(capacity, bits);
  const shift = 32 - bits;
  let cells = 0, lastD = -1, lastP = -1, lastCell = -1;
  for (let i = 0; i < n; i++) {
    const d = dom[i];
    if (d < 0) continue;
    const wi = w[i], wy = wi * y[i], wx = x === null ? wi : wi * x[i], p = psu[i];
    W[d] += wi; Y[d] += wy; X[d] += wx; rows[d]++;
    strataPresent[d * H + stratum[i]] = 1;
    let c = lastCell;
    if (d !== lastD || p !== lastP) {
      let slot = Math.imul(p ^ Math.imul(d, 0x85ebca77), 0x9e3779b1) >>> shift;
      for (;;) {
        c = slots[slot];
        if (c < 0) { c = cells++; slots[slot] = c; cellDomain[c] = d; cellPsu[c] = p; break; }
        if (cellDomain[c] === d && cellPsu[c] === p) break;
        slot = (slot + 1) & ((1 << bits) - 1);
      }
      lastD = d; lastP = p; lastCell = c;
    }
    sy[c] += wy; sx[c] += wx;
    if (wi !== 0) { nz[d]++; pos[c] = 1; }
  }
  // Group the cells by domain (counting sort, keeping their order of appearance).
  const start = new Int32Array(D + 1);
  for (let c = 0; c < cells; c++) start[cellDomain[c] + 1]++;
  for (let d = 0; d < D; d++) start[d + 1] += start[d];
  const fill = start.slice(0, D);
  const outPsu = new Int32Array(cells), cellY = new Float64Array(cells), cellX = new Float64Array(cells), positive = new Uint8Array(cells);
  for (let c = 0; c < cells; c++) {
    const k = fill[cellDomain[c]]++;
    outPsu[k] = cellPsu[c]; cellY[k] = sy[c]; cellX[k] = sx[c]; positive[k] = pos[c];
  }
  // Leave the work space clean for the next call.
  slots.fill(-1, 0, 1 << bits); sy.fill(0, 0, cells); sx.fill(0, 0, cells); pos.fill(0, 0, cells);
  return { count: D, W, Y, X, n: rows, nz, strataPresent, start, psu: outPsu, cellY, cellX, positive };
}

interface WorkSpace {
  slots: Int32Array; cellDomain: Int32Array; cellPsu: Int32Array; sy: Float64Array; sx: Float64Array; pos: Uint8Array;
}
let work: WorkSpace | undefined;

/**
 * The hash table and running cell sums, kept between calls (an indicator run gathers cells
 * hundreds of times; allocating ~3 MB each time kept the garbage collector busy). Each call
 * leaves slots at −1 and sums at 0. JavaScript runs this synchronously, so one is enough.
 */
function workSpace(capacity: number, bits: number): WorkSpace {
  if (!work || work.sy.length < capacity || work.slots.length < 1 << bits) {
    const cap = Math.max(capacity, work?.sy.length ?? 0), size = Math.max(1 << bits, work?.slots.length ?? 0);
    work = {
      slots: new Int32Array(size).fill(-1), cellDomain: new Int32Array(cap), cellPsu: new Int32Array(cap),
      sy: new Float64Array(cap), sx: new Float64Array(cap), pos: new Uint8Array(cap),
    };
  }
  return work;
}

/**
 * Linearization variance in domain d of an estimator whose influence values are
 * z_i = w_i (y_i − c x_i)/s on the domain's rows (0 elsewhere), so that its PSU totals are
 * (Σ w y − c Σ w x)/s per cell: a total (c = 0, s = 1), a ratio or mean (c = R̂_d, s = X̂_d),
 * the residual total of a constant fit (c = μ̂_d, s = 1). `scratch` holds ≥ max(3H, cells of d) numbers.
 */
export function domainCellVariance(design: LinearizationDesign, cells: DomainCells, d: number, center: number, divisor: number, scratch?: CellScratch): number {
  const H = design.strataLabels.length;
  const a = cells.start[d], b = cells.start[d + 1];
  const s = scratch ?? cellScratch(design, cells);
  const totals = s.totals.subarray(0, b - a);
  for (let k = a; k < b; k++) totals[k - a] = (cells.cellY[k] - center * cells.cellX[k]) / divisor;
  return sparseLinearizationVariance(design, cells.psu.subarray(a, b), totals, cells.strataPresent.subarray(d * H, (d + 1) * H), s.strata);
}

/** Reusable work space for `domainCellVariance`. */
export interface CellScratch { readonly totals: Float64Array; readonly strata: Float64Array }

export function cellScratch(design: LinearizationDesign, cells: DomainCells): CellScratch {
  let widest = 0;
  for (let d = 0; d < cells.count; d++) widest = Math.max(widest, cells.start[d + 1] - cells.start[d]);
  return { totals: new Float64Array(widest), strata: new Float64Array(3 * design.strataLabels.length) };
}

/** Design df of domain d (R `degf` of the subset design): PSUs with a positive-weight row minus their strata. */
export function domainDegreesOfFreedom(design: LinearizationDesign, cells: DomainCells, d: number, seen: Int32Array = new Int32Array(design.strataLabels.length).fill(-1)): number {
  let psus = 0, strata = 0;
  for (let k = cells.start[d]; k < cells.start[d + 1]; k++) {
    if (!cells.positive[k]) continue;
    psus++;
    const h = design.psuStratum[cells.psu[k]];
    if (seen[h] !== d) { seen[h] = d; strata++; }
  }
  return psus - strata;
}
