import { AnalysisError } from '../errors';
import type { Labelled, LinearizationDesign, ReplicateDesign } from '../design';
import type { PostStratumStep } from './steps';

/** Population counts per post-stratum label. */
export interface PopulationCounts {
  readonly levels: readonly string[];
  readonly counts: readonly number[];
}

/**
 * Post-stratification (R `postStratify`): in each cell c the weights are multiplied by
 * N_c / N̂_c, the population count over the weighted sample count, so the weights add up to
 * the known counts. The returned design keeps the step: its variances use the residuals
 * z_i − w*_i · (Σ_c z_j w_j/w*_j) / (Σ_c w_j), the z's deviations from their cell means.
 * Cells in the sample but not in the population are an error; cells in the population but
 * not in the sample too, unless `partial`.
 *
 * On a replicate design (R `postStratify.svyrep.design`, combined weights) every replicate
 * column is post-stratified to the same counts with its own cell totals, and the replicate
 * variance then carries the calibration.
 */
export function postStratify<D extends LinearizationDesign | ReplicateDesign>(design: D, cells: Labelled, population: PopulationCounts, options: { partial?: boolean } = {}): D {
  const partial = options.partial ?? false;
  const { step, weights } = postStratifyStep(design.weights, cells, population, partial);
  if (design.kind === 'replicate') {
    const replicates = design.replicates.map((r) => postStratifyStep(r, cells, population, partial).weights);
    return { ...design, weights, replicates };
  }
  return { ...design, weights, calibration: [...design.calibration, step] };
}

/** The weights after post-stratifying `weights`, and the variance step. */
export function postStratifyStep(weights: Float64Array, cells: Labelled, population: PopulationCounts, partial: boolean): { step: PostStratumStep; weights: Float64Array } {
  const L = cells.levels.length;
  const sample = new Float64Array(L);
  const present = new Uint8Array(L);
  for (let i = 0; i < weights.length; i++) {
    const c = cells.codes[i];
    if (c < 0) throw new AnalysisError('bad-calibration', `post-stratification variable${cells.name ? ` "${cells.name}"` : ''} has a missing value at row ${i + 1}`);
    sample[c] += weights[i];
    present[c] = 1;
  }
  const popByLabel = new Map<string, number>();
  population.levels.forEach((l, k) => popByLabel.set(String(l), population.counts[k]));
  const factor = new Float64Array(L);
  for (let c = 0; c < L; c++) {
    if (!present[c]) continue;
    const N = popByLabel.get(cells.levels[c]);
    if (N === undefined || N === 0) {
      if (sample[c] === 0) { factor[c] = 1; continue; }
      throw new AnalysisError('bad-calibration', `post-stratum "${cells.levels[c]}" is in the sample but not in the population`);
    }
    factor[c] = N / sample[c];
  }
  if (!partial) {
    const inSample = new Set(cells.levels.filter((_, c) => present[c] && sample[c] > 0));
    for (const [label, N] of popByLabel) {
      if (N > 0 && !inSample.has(label)) throw new AnalysisError('bad-calibration', `post-stratum "${label}" is in the population but not in the sample (use partial)`);
    }
  }
  const out = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = weights[i] * factor[cells.codes[i]];
  return { step: { kind: 'poststratify', cell: Int32Array.from(cells.codes), cellCount: L, weights: out, oldWeights: Float64Array.from(weights) }, weights: out };
}
