import { AnalysisError } from '../errors';
import { linkinv, muEta } from '../estimators/logistic';

/**
 * R's `glm.fit`, step for step, for the two families `svyglm` is used with in survey work:
 * `gaussian` (identity link) and `quasibinomial` (logit link; the binomial's estimating
 * equations without its fixed dispersion, as R recommends for survey logistic models).
 * Reproducing glm's iterations — its start, its working weights, its stopping rule — makes
 * the coefficients agree with R to the last digits, not merely to the convergence tolerance.
 */
export type GlmFamily = 'gaussian' | 'quasibinomial';
export const GLM_FAMILIES: readonly GlmFamily[] = ['gaussian', 'quasibinomial'];

/** The model matrix, column by column (column-major), over the rows used. */
export interface ModelMatrix {
  readonly columns: readonly Float64Array[];
  readonly names: readonly string[];
}

export interface IrlsFit {
  readonly beta: Float64Array;
  /** Final fitted values μ and linear predictor η. */
  readonly mu: Float64Array;
  readonly eta: Float64Array;
  /** glm's `weights`: the working weights w² of the last iteration (computed from the μ before its update). */
  readonly workingWeights: Float64Array;
  /** glm's working residuals (y − μ)/μ′(η) at the final fit. */
  readonly workingResiduals: Float64Array;
  /** (Xᵀ W X)⁻¹ of the last weighted least-squares step, p×p row-major (R `summary.glm`'s `cov.unscaled`). */
  readonly unscaledCovariance: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
}

const EPSILON = 1e-8; // glm.control()$epsilon
const MAXIT = 25; // glm.control()$maxit

/**
 * Binomial deviance residuals 2 wt [y log(y/μ) + (1 − y) log((1 − y)/(1 − μ))] (R
 * `C_binomial_dev_resids`, y log y taken as 0 at y = 0); gaussian wt (y − μ)².
 */
function deviance(family: GlmFamily, y: Float64Array, mu: Float64Array, prior: Float64Array): number {
  let dev = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i], m = mu[i];
    if (family === 'gaussian') { const e = yi - m; dev += prior[i] * e * e; continue; }
    const a = yi !== 0 ? yi * Math.log(yi / m) : 0;
    const b = yi !== 1 ? (1 - yi) * Math.log((1 - yi) / (1 - m)) : 0;
    dev += 2 * prior[i] * (a + b);
  }
  return dev;
}

/**
 * Fits the model by iteratively reweighted least squares as `glm.fit` does:
 *   start: μ = y (gaussian) or μ = (w y + ½)/(w + 1) (binomial's `initialize`), η = g(μ); or η = Xβ₀ given `start`;
 *   each step: z = η + (y − μ)/μ′(η), working weight W = w μ′(η)²/V(μ), β = (XᵀWX)⁻¹XᵀWz by QR;
 *   stop when |D − D_old|/(|D| + 0.1) < 1e-8 (D the deviance), at most 25 steps.
 * Rows with prior weight 0 take no part (glm's `good`).
 */
export function irls(family: GlmFamily, X: ModelMatrix, y: Float64Array, prior: Float64Array, start?: Float64Array): IrlsFit {
  const n = y.length, p = X.columns.length;
  let eta = new Float64Array(n), mu = new Float64Array(n);
  if (start) {
    linearPredictor(X, start, eta);
    for (let i = 0; i < n; i++) mu[i] = family === 'gaussian' ? eta[i] : linkinv(eta[i]);
  } else {
    for (let i = 0; i < n; i++) {
      if (family === 'gaussian') { eta[i] = y[i]; mu[i] = y[i]; continue; }
      const m = (prior[i] * y[i] + 0.5) / (prior[i] + 1);
      eta[i] = Math.log(m / (1 - m));
      mu[i] = linkinv(eta[i]);
    }
  }
  let devOld = deviance(family, y, mu, prior);
  const good: number[] = [];
  for (let i = 0; i < n; i++) if (prior[i] > 0) good.push(i);
  const rows = Int32Array.from(good);
  const w = new Float64Array(rows.length), z = new Float64Array(rows.length);
  let beta: Float64Array = new Float64Array(p);
  let unscaled: Float64Array = new Float64Array(p * p);
  let converged = false, iterations = 0;
  for (let iter = 1; iter <= MAXIT; iter++) {
    iterations = iter;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      if (family === 'gaussian') { z[k] = y[i]; w[k] = Math.sqrt(prior[i]); continue; }
      const me = muEta(eta[i]);
      z[k] = eta[i] + (y[i] - mu[i]) / me;
      w[k] = Math.sqrt((prior[i] * me * me) / (mu[i] * (1 - mu[i])));
    }
    const fit = weightedLeastSquares(X, rows, w, z);
    beta = fit.beta; unscaled = fit.unscaled;
    const etaNew = new Float64Array(n), muNew = new Float64Array(n);
    linearPredictor(X, beta, etaNew);
    for (let i = 0; i < n; i++) muNew[i] = family === 'gaussian' ? etaNew[i] : linkinv(etaNew[i]);
    eta = etaNew; mu = muNew;
    const dev = deviance(family, y, mu, prior);
    if (!Number.isFinite(dev)) throw new AnalysisError('bad-option', 'the model cannot be fitted: its deviance is not finite (separation, or values outside [0, 1] for a logistic model)');
    if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) { converged = true; break; }
    devOld = dev;
  }
  const workingWeights = new Float64Array(n), workingResiduals = new Float64Array(n);
  for (let k = 0; k < rows.length; k++) workingWeights[rows[k]] = w[k] * w[k];
  for (let i = 0; i < n; i++) workingResiduals[i] = family === 'gaussian' ? y[i] - mu[i] : (y[i] - mu[i]) / muEta(eta[i]);
  return { beta, mu, eta, workingWeights, workingResiduals, unscaledCovariance: unscaled, iterations, converged };
}

function linearPredictor(X: ModelMatrix, beta: Float64Array, out: Float64Array): void {
  out.fill(0);
  X.columns.forEach((col, j) => {
    const b = beta[j];
    for (let i = 0; i < out.length; i++) out[i] += col[i] * b;
  });
}

/**
 * min ‖w ∘ (z − Xβ)‖ over `rows` by Householder QR of diag(w) X (R's `Cdqrls`, LINPACK
 * dqrdc2), with (XᵀWX)⁻¹ = R⁻¹R⁻ᵀ. A column that is (numerically) a combination of the
 * columns before it is refused, naming it: R would report its coefficient as NA.
 */
function weightedLeastSquares(X: ModelMatrix, rows: Int32Array, w: Float64Array, z: Float64Array): { beta: Float64Array; unscaled: Float64Array } {
  const m = rows.length, p = X.columns.length;
  if (m < p) throw new AnalysisError('bad-option', `the model has ${p} coefficients but only ${m} rows with a positive weight`);
  const A = X.columns.map((col) => { const a = new Float64Array(m); for (let k = 0; k < m; k++) a[k] = col[rows[k]] * w[k]; return a; });
  const b = Float64Array.from(z, (v, k) => v * w[k]);
  const Rm = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    const a = A[j];
    let norm0 = 0;
    for (let k = 0; k < m; k++) norm0 += a[k] * a[k];
    // norm of what is left of column j below the diagonal, against the column's own length
    let norm = 0;
    for (let k = j; k < m; k++) norm += a[k] * a[k];
    norm = Math.sqrt(norm);
    if (!(norm > 1e-7 * Math.sqrt(norm0))) {
      throw new AnalysisError('bad-option', `coefficient "${X.names[j]}" cannot be estimated: its column is constant or a combination of the columns before it (R reports NA)`);
    }
    const alpha = a[j] > 0 ? -norm : norm;
    // Householder vector v = a[j:] − α e₁, applied as H = I − 2vvᵀ/(vᵀv).
    const v0 = a[j] - alpha;
    const vtv = v0 * v0 + (norm * norm - a[j] * a[j]);
    a[j] = v0;
    const reflect = (c: Float64Array): void => {
      let s = 0;
      for (let k = j; k < m; k++) s += a[k] * c[k];
      const f = (2 * s) / vtv;
      for (let k = j; k < m; k++) c[k] -= f * a[k];
    };
    for (let l = j + 1; l < p; l++) reflect(A[l]);
    reflect(b);
    Rm[j * p + j] = alpha;
    for (let l = j + 1; l < p; l++) Rm[j * p + l] = A[l][j];
  }
  // Back substitution R β = (Qᵀb)[0:p].
  const beta = new Float64Array(p);
  for (let j = p - 1; j >= 0; j--) {
    let s = b[j];
    for (let l = j + 1; l < p; l++) s -= Rm[j * p + l] * beta[l];
    beta[j] = s / Rm[j * p + j];
  }
  // R⁻¹ (upper triangular), then (XᵀWX)⁻¹ = R⁻¹ R⁻ᵀ.
  const Ri = new Float64Array(p * p);
  for (let c = 0; c < p; c++) {
    Ri[c * p + c] = 1 / Rm[c * p + c];
    for (let r = c - 1; r >= 0; r--) {
      let s = 0;
      for (let l = r + 1; l <= c; l++) s += Rm[r * p + l] * Ri[l * p + c];
      Ri[r * p + c] = -s / Rm[r * p + r];
    }
  }
  const unscaled = new Float64Array(p * p);
  for (let r = 0; r < p; r++) {
    for (let c = r; c < p; c++) {
      let s = 0;
      for (let l = c; l < p; l++) s += Ri[r * p + l] * Ri[c * p + l];
      unscaled[r * p + c] = unscaled[c * p + r] = s;
    }
  }
  return { beta, unscaled };
}
