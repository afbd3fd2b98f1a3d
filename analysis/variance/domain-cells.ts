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
  /** The same cells over the second stage's design (SSUs within PSUs), for multistage designs. */
  readonly second?: DomainCells;
}

/**
 * Gathers the domain sums and (domain, PSU) cells of y and x (`x = null` means x = 1, so
 * `cellX` is Σ w). Rows whose domain code is −1 take no part. Each row only adds to its cell
 * (found from its PSU's short list of cells, one per domain the PSU reaches, with a shortcut
 * for runs of rows in the same cell: rows of a PSU are usually adjacent); the domain sums and the
 * strata present (a cell's stratum is its PSU's) follow from the cells. `gridLimit`: see GRID_LIMIT
 * (tests set 0 to take the PSU lists).
 */
export function gatherDomainCells(design: LinearizationDesign, dom: Int32Array, D: number, y: Float64Array, x: Float64Array | null, gridLimit = GRID_LIMIT): DomainCells {
  const H = design.strataLabels.length, n = dom.length;
  const psu = design.psu, w = design.weights;
  const capacity = Math.max(1, Math.min(n, D * design.psuCount));
  // Where the PSU × domain grid is small (30 districts × 2,000 PSUs), a cell is found by its
  // grid index; otherwise through its PSU's list, which is slow only when rows of one PSU fall
  // in many domains in turn (a domain drawn per person rather than per cluster).
  const grid = design.psuCount * D <= gridLimit ? D : 0;
  const { head, next, cellDomain, cellPsu, sw, sy, sx, rowCount, nonzero, cellOf } = workSpace(capacity, design.psuCount, grid ? design.psuCount * D : 0);
  let cells = 0, lastD = -1, lastP = -1, c = -1;
  for (let i = 0; i < n; i++) {
    const d = dom[i];
    if (d < 0) continue;
    const p = psu[i];
    if (d !== lastD || p !== lastP) {
      if (grid) {
        c = cellOf[p * grid + d];
        if (c < 0) { c = cells++; cellDomain[c] = d; cellPsu[c] = p; cellOf[p * grid + d] = c; }
      } else {
        c = head[p];
        while (c >= 0 && cellDomain[c] !== d) c = next[c];
        if (c < 0) { c = cells++; cellDomain[c] = d; cellPsu[c] = p; next[c] = head[p]; head[p] = c; }
      }
      lastD = d; lastP = p;
    }
    const wi = w[i];
    sy[c] += wi * y[i];
    if (x !== null) { sw[c] += wi; sx[c] += wi * x[i]; } else sx[c] += wi;
    rowCount[c]++;
    if (wi !== 0) nonzero[c]++;
  }
  // Group the cells by domain (counting sort, keeping their order of appearance) and add them up.
  const start = new Int32Array(D + 1);
  for (let k = 0; k < cells; k++) start[cellDomain[k] + 1]++;
  for (let d = 0; d < D; d++) start[d + 1] += start[d];
  const fill = start.slice(0, D);
  const outPsu = new Int32Array(cells), cellY = new Float64Array(cells), cellX = new Float64Array(cells), positive = new Uint8Array(cells);
  const W = new Float64Array(D), Y = new Float64Array(D), X = new Float64Array(D);
  const rows = new Int32Array(D), nz = new Int32Array(D);
  const strataPresent = new Uint8Array(D * H);
  for (let k = 0; k < cells; k++) {
    const d = cellDomain[k], j = fill[d]++;
    outPsu[j] = cellPsu[k]; cellY[j] = sy[k]; cellX[j] = sx[k]; positive[j] = nonzero[k] > 0 ? 1 : 0;
    W[d] += x === null ? sx[k] : sw[k]; Y[d] += sy[k]; X[d] += sx[k];
    rows[d] += rowCount[k]; nz[d] += nonzero[k];
    strataPresent[d * H + design.psuStratum[cellPsu[k]]] = 1;
  }
  // Leave the work space clean for the next call.
  if (grid) for (let k = 0; k < cells; k++) cellOf[cellPsu[k] * grid + cellDomain[k]] = -1;
  else for (let k = 0; k < cells; k++) head[cellPsu[k]] = -1;
  for (const a of [sw, sy, sx]) a.fill(0, 0, cells);
  rowCount.fill(0, 0, cells); nonzero.fill(0, 0, cells);
  const out: DomainCells = { count: D, W, Y, X, n: rows, nz, strataPresent, start, psu: outPsu, cellY, cellX, positive };
  // Multistage: the (domain, SSU) cells too (after the work space above is clean again).
  // The stage design shares the rows; its weights are the design's as they are now (trimmed or calibrated since).
  return design.secondStage ? { ...out, second: gatherDomainCells({ ...design.secondStage, weights: design.weights }, dom, D, y, x, gridLimit) } : out;
}

/** PSU × domain grids up to this many cells (4 MB) are indexed directly. */
const GRID_LIMIT = 1 << 20;

interface WorkSpace {
  /** First cell of each PSU (−1: none yet); `next` chains the cells of one PSU (one per domain it reaches). */
  head: Int32Array; next: Int32Array; cellDomain: Int32Array; cellPsu: Int32Array;
  sw: Float64Array; sy: Float64Array; sx: Float64Array; rowCount: Int32Array; nonzero: Int32Array;
  /** Cell of (PSU p, domain d) at p · D + d (−1: none yet), when the grid is small. */
  cellOf: Int32Array;
}
let work: WorkSpace | undefined;

/**
 * The cell lists and running cell sums, kept between calls (an indicator run gathers cells
 * hundreds of times; allocating megabytes each time kept the garbage collector busy). Each
 * call leaves `head` at −1 and the sums at 0. JavaScript runs this synchronously, so one is enough.
 */
function workSpace(capacity: number, psuCount: number, gridSize: number): WorkSpace {
  if (!work || work.sy.length < capacity || work.head.length < psuCount) {
    const cap = Math.max(capacity, work?.sy.length ?? 0), psus = Math.max(psuCount, work?.head.length ?? 0);
    work = {
      head: new Int32Array(psus).fill(-1), next: new Int32Array(cap), cellDomain: new Int32Array(cap), cellPsu: new Int32Array(cap),
      sw: new Float64Array(cap), sy: new Float64Array(cap), sx: new Float64Array(cap), rowCount: new Int32Array(cap), nonzero: new Int32Array(cap),
      cellOf: work?.cellOf ?? new Int32Array(0),
    };
  }
  if (work.cellOf.length < gridSize) work.cellOf = new Int32Array(gridSize).fill(-1);
  return work;
}

/**
 * Linearization variance in domain d of an estimator whose influence values are
 * z_i = w_i (y_i − c x_i)/s on the domain's rows (0 elsewhere), so that its PSU totals are
 * (Σ w y − c Σ w x)/s per cell: a total (c = 0, s = 1), a ratio or mean (c = R̂_d, s = X̂_d),
 * the residual total of a constant fit (c = μ̂_d, s = 1). Pass one `cellScratch` for all domains
 * to avoid allocating per domain.
 */
export function domainCellVariance(design: LinearizationDesign, cells: DomainCells, d: number, center: number, divisor: number, scratch?: CellScratch): number {
  const H = design.strataLabels.length;
  const a = cells.start[d], b = cells.start[d + 1];
  const s = scratch ?? cellScratch(design, cells);
  const totals = s.totals.subarray(0, b - a);
  for (let k = a; k < b; k++) totals[k - a] = (cells.cellY[k] - center * cells.cellX[k]) / divisor;
  const v = sparseLinearizationVariance(design, cells.psu.subarray(a, b), totals, cells.strataPresent.subarray(d * H, (d + 1) * H), s.strata);
  // Multistage (R `multistage`): + Σ_j (n_h/N_h) V̂_2j, the same influence values' SSU totals within each PSU.
  return design.secondStage && cells.second ? v + domainCellVariance(design.secondStage, cells.second, d, center, divisor, s.second) : v;
}

/** Reusable work space for `domainCellVariance`. */
export interface CellScratch { readonly totals: Float64Array; readonly strata: Float64Array; readonly second?: CellScratch }

export function cellScratch(design: LinearizationDesign, cells: DomainCells): CellScratch {
  let widest = 0;
  for (let d = 0; d < cells.count; d++) widest = Math.max(widest, cells.start[d + 1] - cells.start[d]);
  const own = { totals: new Float64Array(widest), strata: new Float64Array(3 * design.strataLabels.length) };
  return design.secondStage && cells.second ? { ...own, second: cellScratch(design.secondStage, cells.second) } : own;
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
