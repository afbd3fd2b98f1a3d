import type { Labelled, LinearizationDesign, ReplicateDesign } from '../design';
import { postStratifyStep, type PopulationCounts } from './poststratify';
import type { RakingStep } from './steps';

export interface RakeOptions {
  /** Most iterations (R default 10). */
  readonly maxit?: number;
  /** Stop when no cell of the joint weighted table moves more than this (R default 1; < 1 means a fraction of Σw). */
  readonly epsilon?: number;
}

/**
 * Raking (iterative proportional fitting, R `rake`): post-stratify to each margin in turn
 * until the weighted cross-table of all margin variables changes by less than `epsilon`.
 * Variances use R's raking residuals: ten sweeps of z ← z − w_m · (cell mean of z/w_m) over
 * the margins of the last iteration, w_m the weights after margin m. On a replicate design
 * every replicate column is raked alongside (R `rake` on a `svyrep.design`), with the
 * convergence judged on the full-sample weights.
 */
export function rake<D extends LinearizationDesign | ReplicateDesign>(design: D, margins: readonly Labelled[], populations: readonly PopulationCounts[], options: RakeOptions = {}): D & { converged: boolean } {
  const maxit = options.maxit ?? 10;
  let weights = design.weights;
  let replicates = design.kind === 'replicate' ? design.replicates : [];
  const total = weights.reduce((a, b) => a + b, 0);
  const epsilon = (options.epsilon ?? 1) < 1 ? (options.epsilon ?? 1) * total : options.epsilon ?? 1;
  const joint = jointCells(margins);
  let oldTable = jointTable(weights, joint);
  let last: RakingStep['margins'][number][] = [];
  let converged = false;
  for (let iter = 0; iter < maxit; iter++) {
    last = [];
    margins.forEach((m, k) => {
      const r = postStratifyStep(weights, m, populations[k], false);
      weights = r.weights;
      replicates = replicates.map((rw) => postStratifyStep(rw, m, populations[k], false).weights);
      last.push({ cell: r.step.cell, cellCount: r.step.cellCount, weights: r.weights });
    });
    const newTable = jointTable(weights, joint);
    let delta = 0;
    for (let c = 0; c < newTable.length; c++) delta = Math.max(delta, Math.abs(oldTable[c] - newTable[c]));
    if (delta < epsilon) { converged = true; break; }
    oldTable = newTable;
  }
  const step: RakingStep = { kind: 'raking', margins: last };
  const out: D = design.kind === 'replicate' ? { ...design, weights, replicates } : { ...design, weights, calibration: [...design.calibration, step] };
  return Object.assign(out, { converged });
}

function jointCells(margins: readonly Labelled[]): { code: Int32Array; count: number } {
  const n = margins[0]?.codes.length ?? 0;
  const code = new Int32Array(n);
  let stride = 1;
  for (const m of margins) {
    for (let i = 0; i < n; i++) code[i] += m.codes[i] * stride;
    stride *= m.levels.length;
  }
  return { code, count: stride };
}

function jointTable(weights: Float64Array, joint: { code: Int32Array; count: number }): Float64Array {
  const t = new Float64Array(joint.count);
  for (let i = 0; i < weights.length; i++) t[joint.code[i]] += weights[i];
  return t;
}
