/**
 * What a calibration leaves on the design so that variances use calibration residuals
 * (R keeps the same in `design$postStrata`). Each step replaces the influence values z by
 * their residuals from the calibration model, weighted as the step says.
 */
export type CalibrationStep = PostStratumStep | RakingStep | GregStep;

/** Post-stratification to cell counts (R `postStratify`). */
export interface PostStratumStep {
  readonly kind: 'poststratify';
  /** Cell of each row, 0‥cellCount−1. */
  readonly cell: Int32Array;
  readonly cellCount: number;
  /** Weights after (w*) and before (w) the step. */
  readonly weights: Float64Array;
  readonly oldWeights: Float64Array;
}

/** Raking over several margins (R `rake`): the margins of the final iteration. */
export interface RakingStep {
  readonly kind: 'raking';
  readonly margins: readonly { cell: Int32Array; cellCount: number; weights: Float64Array }[];
}

/** Linear (GREG) calibration (R `calibrate`, stage 0): residuals of z/w on X√d, times w. */
export interface GregStep {
  readonly kind: 'greg';
  /** Orthonormal basis (columns) of X·√d, the model matrix scaled by the root of the input weights. */
  readonly basis: readonly Float64Array[];
  /** g·√d: the factor z is divided by before, and multiplied by after, taking residuals. */
  readonly w: Float64Array;
}

/**
 * Post-stratification residuals: z_i − w*_i · Σ_{c} (z_j w_j / w*_j) / Σ_{c} w_j, the
 * cell mean taken with the pre-step weights (R `svyrecvar`).
 */
function residualizePostStratum(z: Float64Array, step: PostStratumStep): void {
  const num = new Float64Array(step.cellCount), den = new Float64Array(step.cellCount);
  const { cell, weights, oldWeights } = step;
  for (let i = 0; i < z.length; i++) {
    let psw = weights[i];
    if (psw === 0 && oldWeights[i] === 0) psw = 1;
    num[cell[i]] += (z[i] * oldWeights[i]) / psw;
    den[cell[i]] += oldWeights[i];
  }
  for (let i = 0; i < z.length; i++) {
    let psw = weights[i];
    if (psw === 0 && oldWeights[i] === 0) psw = 1;
    z[i] -= (num[cell[i]] / den[cell[i]]) * psw;
  }
}

/** Raking residuals: ten sweeps of z ← z − w · (cell mean of z/w) over every margin, as R does. */
function residualizeRaking(z: Float64Array, step: RakingStep): void {
  for (let iteration = 0; iteration < 10; iteration++) {
    for (const m of step.margins) {
      const sum = new Float64Array(m.cellCount), count = new Float64Array(m.cellCount);
      for (let i = 0; i < z.length; i++) { sum[m.cell[i]] += z[i] / m.weights[i]; count[m.cell[i]]++; }
      for (let i = 0; i < z.length; i++) z[i] -= m.weights[i] * (sum[m.cell[i]] / count[m.cell[i]]);
    }
  }
}

/** GREG residuals: u = z/w; z ← w · (u − Q Qᵀ u). */
function residualizeGreg(z: Float64Array, step: GregStep): void {
  const n = z.length;
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) u[i] = z[i] / step.w[i];
  for (const q of step.basis) {
    let dot = 0;
    for (let i = 0; i < n; i++) dot += q[i] * u[i];
    for (let i = 0; i < n; i++) u[i] -= dot * q[i];
  }
  for (let i = 0; i < n; i++) z[i] = u[i] * step.w[i];
}

/** Applies every calibration step in order (in place). */
export function residualize(z: Float64Array, steps: readonly CalibrationStep[]): void {
  for (const step of steps) {
    if (step.kind === 'poststratify') residualizePostStratum(z, step);
    else if (step.kind === 'raking') residualizeRaking(z, step);
    else residualizeGreg(z, step);
  }
}
