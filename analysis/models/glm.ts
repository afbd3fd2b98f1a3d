import type { Labelled, SurveyDesign } from '../design';
import { compareLabels } from '../design';
import { AnalysisError } from '../errors';
import type { MissingPolicy } from '../estimate';
import { pfUpper, pchisqUpper, ptTwoSided, qt } from '../distributions';
import { linearizationCovariance, replicateCovariance } from '../variance/covariance';
import { replicateRank } from '../variance/replicate';
import { invert } from '../tests/linear-algebra';
import { irls, type GlmFamily, type ModelMatrix } from './irls';

/**
 * Design-based generalized linear models, R `svyglm(y ~ a + b, design, family = …)`:
 * linear regression (`gaussian`) and logistic regression (`quasibinomial`) for risk-factor
 * models, with design-based standard errors on every design the engine builds.
 *
 * Point estimates: weighted glm with prior weights w_i/w̄ (R rescales the weights to mean 1).
 * Variance (linearization, R `svy.varcoef`): the coefficients solve Σ w_i x_i (y_i − μ_i)/V… = 0,
 * so their influence values are
 *
 *   h_i = A⁻¹ x_i W_i e_i,   A = Xᵀ W X,   W_i e_i glm's working weight × working residual
 *   (gaussian: w_i (y_i − μ_i); logistic: w_i (y_i − μ_i)),
 *
 * and V̂(β̂) is the design covariance of Σ h_i (strata, PSUs, fpc, two stages, calibration
 * residuals) — the sandwich A⁻¹ B A⁻¹. Replicate designs (R `svyglm.svyrep.design`) refit the
 * model on every replicate's weights from β̂ and take V̂ = scale Σ_r rscale_r (β̂_r − β̄)(β̂_r − β̄)ᵀ.
 *
 * Tests: t = β̂/SE on the residual df = degf(design) + 1 − p (R's `svyglm`), interval
 * β̂ ± t_{df; 1−α/2} SE (R `confint.svyglm`).
 */
export type ModelTerm =
  | { readonly kind: 'numeric'; readonly name: string; readonly values: Float64Array }
  | { readonly kind: 'factor'; readonly name: string; readonly values: Labelled; readonly reference?: string };

export interface GlmOptions {
  readonly family?: GlmFamily;
  /** `fail` (default): a missing response or term value is an error; `exclude`: R's `na.action = na.omit`. */
  readonly missing?: MissingPolicy;
  readonly level?: number;
}

export interface GlmCoefficient {
  /** R's coefficient name: `(Intercept)`, `x`, or factor and level pasted (`stypeH`). */
  readonly name: string;
  /** The term the coefficient belongs to (null for the intercept) and, for a factor, its level. */
  readonly term: string | null;
  readonly level?: string;
  readonly estimate: number;
  readonly se: number;
  readonly t: number;
  readonly pValue: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

export interface GlmFit {
  readonly family: GlmFamily;
  readonly response: string;
  readonly coefficients: readonly GlmCoefficient[];
  /** V̂(β̂), p×p row-major. */
  readonly covariance: Float64Array;
  /** Residual df: degf(design) + 1 − p. */
  readonly df: number;
  readonly designDf: number;
  /** Rows used (observed response and terms). */
  readonly n: number;
  readonly level: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** `not-converged` (IRLS stopped at 25 steps, R warns), `fitted-0-or-1` (R: "fitted probabilities numerically 0 or 1 occurred"). */
  readonly flags: readonly string[];
  /** The coefficient positions of each term (for Wald tests of a whole factor). */
  readonly terms: readonly { readonly name: string; readonly columns: readonly number[] }[];
  /** Reference level of each factor (R's treatment contrasts: the first level, or the one chosen). */
  readonly references: Readonly<Record<string, string>>;
}

export function svyGlm(design: SurveyDesign, response: { name: string; values: Float64Array }, terms: readonly ModelTerm[], options: GlmOptions = {}): GlmFit {
  const family = options.family ?? 'gaussian';
  const level = options.level ?? 0.95;
  const N = design.rowCount;
  const names = new Set<string>();
  for (const t of terms) {
    if (names.has(t.name)) throw new AnalysisError('bad-option', `term "${t.name}" is given twice`);
    names.add(t.name);
    const len = t.kind === 'numeric' ? t.values.length : t.values.codes.length;
    if (len !== N) throw new AnalysisError('bad-option', `term "${t.name}" has ${len} rows, the design ${N}`);
  }
  if (response.values.length !== N) throw new AnalysisError('bad-option', `response "${response.name}" has ${response.values.length} rows, the design ${N}`);
  if (terms.some((t) => t.name === response.name)) throw new AnalysisError('bad-option', `"${response.name}" is the response: it cannot be a term too`);

  const used = usedRows(response, terms, options.missing ?? 'fail');
  const m = used.length;
  const y = Float64Array.from(used, (i) => response.values[i]);
  if (family === 'quasibinomial') {
    const bad = y.findIndex((v) => v < 0 || v > 1);
    if (bad >= 0) throw new AnalysisError('bad-option', `a logistic model needs a response between 0 and 1 (a 0/1 indicator): "${response.name}" is ${y[bad]} at row ${used[bad] + 1}`);
  }
  const { matrix, termColumns, references, labels } = modelMatrix(terms, used);
  const p = matrix.columns.length;

  // R rescales the weights to mean 1 over the design's rows before glm (svyglm's `rescale`).
  const w = design.weights;
  let wsum = 0;
  for (let i = 0; i < N; i++) wsum += w[i];
  const prior = Float64Array.from(used, (i) => w[i] / (wsum / N));
  const fit = irls(family, matrix, y, prior);

  let covariance: Float64Array;
  let designDf: number;
  if (design.kind === 'linearization') {
    // Influence values h_i = A⁻¹ x_i W_i e_i, zero on rows not used (R pads them with zeros).
    const A = fit.unscaledCovariance;
    const z = Array.from({ length: p }, () => new Float64Array(N));
    for (let k = 0; k < m; k++) {
      const e = fit.workingWeights[k] * fit.workingResiduals[k];
      if (e === 0) continue;
      const i = used[k];
      for (let a = 0; a < p; a++) {
        let s = 0;
        for (let j = 0; j < p; j++) s += matrix.columns[j][k] * A[j * p + a];
        z[a][i] = s * e;
      }
    }
    // The design restricted to the rows used (R: design[-nas, ]): strata and PSUs with a row take
    // part; a calibrated design keeps every row with weight 0, so every stratum does.
    const calibrated = design.calibration.length > 0;
    const strataPresent = new Uint8Array(design.strataLabels.length);
    const psuPresent = new Uint8Array(design.psuCount);
    if (calibrated) { strataPresent.fill(1); psuPresent.fill(1); } else {
      for (const i of used) { strataPresent[design.stratum[i]] = 1; psuPresent[design.psu[i]] = 1; }
    }
    covariance = linearizationCovariance(design, z, strataPresent, psuPresent);
    designDf = degreesOfFreedom(design, used);
  } else {
    const R = design.replicates.length;
    const thetas = Array.from({ length: p }, () => new Float64Array(R));
    for (let r = 0; r < R; r++) {
      const rw = design.replicates[r];
      let s = 0;
      for (const i of used) s += rw[i];
      // R: glm.fit(weights = w_r/Σ w_r, start = β̂) on the rows used.
      const wr = Float64Array.from(used, (i) => rw[i] / s);
      const b = irls(family, matrix, y, wr, fit.beta).beta;
      for (let a = 0; a < p; a++) thetas[a][r] = b[a];
    }
    covariance = replicateCovariance(design, thetas, Array.from(fit.beta));
    // R: degf of the whole replicate design (before rows with missing values are dropped).
    designDf = replicateRank(design.replicates, Int32Array.from({ length: N }, (_, i) => i)) - 1;
  }
  const df = designDf + 1 - p;
  const q = df > 0 ? qt(1 - (1 - level) / 2, df) : NaN;
  const coefficients: GlmCoefficient[] = labels.map((l, a) => {
    const estimate = fit.beta[a], se = Math.sqrt(covariance[a * p + a]);
    const t = estimate / se;
    return { ...l, estimate, se, t, pValue: df > 0 ? ptTwoSided(t, df) : NaN, ciLow: estimate - q * se, ciHigh: estimate + q * se };
  });
  const flags: string[] = [];
  if (!fit.converged) flags.push('not-converged');
  if (family === 'quasibinomial') {
    const eps = 10 * 2.220446049250313e-16;
    if (fit.mu.some((v) => v > 1 - eps || v < eps)) flags.push('fitted-0-or-1');
  }
  return {
    family, response: response.name, coefficients, covariance, df, designDf, n: m, level, iterations: fit.iterations, converged: fit.converged,
    flags, terms: termColumns, references,
  };
}

/** The rows with an observed response and observed terms; `fail` names the first column with missing values. */
function usedRows(response: { name: string; values: Float64Array }, terms: readonly ModelTerm[], missing: MissingPolicy): Int32Array {
  const N = response.values.length;
  const ok = new Uint8Array(N).fill(1);
  const columns: { name: string; missingAt: (i: number) => boolean }[] = [
    { name: response.name, missingAt: (i) => Number.isNaN(response.values[i]) },
    ...terms.map((t) => ({ name: t.name, missingAt: t.kind === 'numeric' ? (i: number) => Number.isNaN(t.values[i]) : (i: number) => t.values.codes[i] < 0 })),
  ];
  for (const c of columns) {
    let count = 0;
    for (let i = 0; i < N; i++) if (c.missingAt(i)) { count++; ok[i] = 0; }
    if (count > 0 && missing === 'fail') {
      throw new AnalysisError('missing-values', `column "${c.name}" has ${count} missing value${count === 1 ? '' : 's'} (use --missing exclude to fit the model on the complete rows, as R's na.omit)`);
    }
  }
  const rows: number[] = [];
  for (let i = 0; i < N; i++) if (ok[i]) rows.push(i);
  if (rows.length === 0) throw new AnalysisError('nothing-computable', 'no row has the response and every term observed');
  return Int32Array.from(rows);
}

/**
 * The model matrix as R's `model.matrix(~ a + b)` with treatment contrasts: an intercept, a
 * numeric term as itself, a factor as one 0/1 column per level other than its reference
 * (named term + level, R's `stypeH`). Levels are those present on the rows used, in label order
 * (numeric labels numerically); the reference is the first unless chosen.
 */
function modelMatrix(terms: readonly ModelTerm[], used: Int32Array): {
  matrix: ModelMatrix; termColumns: { name: string; columns: number[] }[]; references: Record<string, string>;
  labels: { name: string; term: string | null; level?: string }[];
} {
  const m = used.length;
  const columns: Float64Array[] = [new Float64Array(m).fill(1)];
  const labels: { name: string; term: string | null; level?: string }[] = [{ name: '(Intercept)', term: null }];
  const termColumns: { name: string; columns: number[] }[] = [];
  const references: Record<string, string> = {};
  for (const t of terms) {
    if (t.kind === 'numeric') {
      termColumns.push({ name: t.name, columns: [columns.length] });
      columns.push(Float64Array.from(used, (i) => t.values[i]));
      labels.push({ name: t.name, term: t.name });
      continue;
    }
    const { codes, levels } = t.values;
    const seen = new Uint8Array(levels.length);
    for (const i of used) seen[codes[i]] = 1;
    const present = [...levels.keys()].filter((c) => seen[c]).sort((a, b) => compareLabels(levels[a], levels[b]));
    if (present.length < 2) throw new AnalysisError('bad-option', `factor "${t.name}" takes ${present.length === 1 ? `only the value "${levels[present[0]]}"` : 'no value'} on the rows used: a factor needs at least two levels`);
    let ref = present[0];
    if (t.reference !== undefined) {
      const chosen = present.find((c) => levels[c] === t.reference);
      if (chosen === undefined) throw new AnalysisError('bad-option', `reference level "${t.reference}" of factor "${t.name}" does not occur (levels: ${present.map((c) => levels[c]).join(', ')})`);
      ref = chosen;
    }
    references[t.name] = levels[ref];
    const cols: number[] = [];
    for (const c of present) {
      if (c === ref) continue;
      cols.push(columns.length);
      columns.push(Float64Array.from(used, (i) => (codes[i] === c ? 1 : 0)));
      labels.push({ name: `${t.name}${levels[c]}`, term: t.name, level: levels[c] });
    }
    termColumns.push({ name: t.name, columns: cols });
  }
  return { matrix: { columns, names: labels.map((l) => l.name) }, termColumns, references, labels };
}

/** R `degf` of the design restricted to the rows used: PSUs minus strata among rows with a non-zero weight. */
function degreesOfFreedom(design: Extract<SurveyDesign, { kind: 'linearization' }>, used: Int32Array): number {
  const psuSeen = new Uint8Array(design.psuCount), stratumSeen = new Uint8Array(design.strataLabels.length);
  let psus = 0, strata = 0;
  for (const i of used) {
    if (design.weights[i] === 0) continue;
    const q = design.psu[i], h = design.stratum[i];
    if (!psuSeen[q]) { psuSeen[q] = 1; psus++; }
    if (!stratumSeen[h]) { stratumSeen[h] = 1; strata++; }
  }
  return psus - strata;
}

/** A Wald test that every coefficient of a term is 0 (R `regTermTest(model, ~term)`, method "Wald"). */
export interface TermTest {
  readonly term: string;
  /** β̂ᵀ V̂⁻¹ β̂ over the term's k coefficients. */
  readonly chisq: number;
  /** F = χ²/k on (k, df) — the model's residual df; with df = ∞ the χ²_k test. */
  readonly F: number;
  readonly ndf: number;
  readonly ddf: number;
  readonly pValue: number;
}

export function regTermTest(fit: GlmFit, term: string): TermTest {
  const t = fit.terms.find((x) => x.name === term);
  if (!t) throw new AnalysisError('bad-option', `"${term}" is not a term of the model (terms: ${fit.terms.map((x) => x.name).join(', ')})`);
  const k = t.columns.length, p = fit.coefficients.length;
  const V = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) V[a * k + b] = fit.covariance[t.columns[a] * p + t.columns[b]];
  const Vi = invert(V, k);
  let chisq = 0;
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) chisq += fit.coefficients[t.columns[a]].estimate * Vi[a * k + b] * fit.coefficients[t.columns[b]].estimate;
  const df = fit.df;
  const F = chisq / k;
  const pValue = df === Infinity ? pchisqUpper(chisq, k) : df > 0 ? pfUpper(F, k, df) : NaN;
  return { term, chisq, F, ndf: k, ddf: df, pValue };
}
