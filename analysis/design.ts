import { AnalysisError } from './errors';
import type { CalibrationStep } from './calibration/steps';

/**
 * A weight naming no column (design.json `"weight": "(unweighted)"`): every row weighs 1, a
 * simple random sample of the rows. The app's "no weights" choice writes it. No data file has
 * this column. It lives here, not beside the design.json schema, so that building a design
 * from flags does not load the schema's validator (zod).
 */
export const UNWEIGHTED = '(unweighted)';

/**
 * What to do with a stratum that has a single PSU, as R's `options(survey.lonely.psu=)`:
 * - `fail` (default): stop with an error naming the stratum;
 * - `remove`, `certainty`: the stratum contributes nothing to the variance;
 * - `adjust`: its PSU total is centred at zero (the grand mean of the influence values)
 *   instead of at the stratum mean;
 * - `average`: the variance is scaled up by (strata) / (strata with more than one PSU).
 */
export const LONELY_PSU_POLICIES = ['fail', 'remove', 'certainty', 'average', 'adjust'] as const;
export type LonelyPsuPolicy = (typeof LONELY_PSU_POLICIES)[number];

/** Replicate-weight methods, as R `svrepdesign(type =)`. */
export const REPLICATE_TYPES = ['JK1', 'JKn', 'BRR', 'Fay', 'bootstrap'] as const;
export type ReplicateType = (typeof REPLICATE_TYPES)[number];

/** Codes into a list of labels; `-1` is missing. (A `CategoryColumn` is one.) */
export interface Labelled {
  readonly codes: Int32Array;
  readonly levels: readonly string[];
  readonly name?: string;
}

/**
 * A design for Taylor-linearization variance (R `svydesign(ids=~psu, strata=~s, fpc=~f,
 * weights=~w, nest=)` with the ultimate-cluster approximation).
 */
export interface LinearizationDesign {
  readonly kind: 'linearization';
  readonly rowCount: number;
  readonly weights: Float64Array;
  /** Stratum index of each row (all 0 when unstratified). */
  readonly stratum: Int32Array;
  readonly strataLabels: readonly string[];
  readonly hasStrata: boolean;
  /** PSU index of each row, 0‥psuCount−1 over the whole sample. */
  readonly psu: Int32Array;
  readonly psuCount: number;
  readonly psuStratum: Int32Array;
  /** n_h: PSUs sampled in each stratum. */
  readonly psuPerStratum: Int32Array;
  /** Finite population factor per stratum, (N_h − n_h)/N_h; 1 without fpc. */
  readonly fpcFactor: Float64Array;
  readonly hasFpc: boolean;
  readonly lonelyPsu: LonelyPsuPolicy;
  /** Calibration steps whose residuals replace the influence values (empty when not calibrated). */
  readonly calibration: readonly CalibrationStep[];
  /**
   * The second sampling stage (R `svydesign(id = ~psu + ssu, fpc = ~N1 + M2)`), as a design of
   * its own whose "strata" are the first-stage PSUs and whose "PSUs" are the SSUs within them;
   * its finite population factors carry the first stage's sampling fraction n_h/N_h, so that its
   * variance is the term R's `multistage` adds: Σ_j (n_h/N_h) · V̂_2j. Absent: one stage.
   */
  readonly secondStage?: LinearizationDesign;
  /** What R warns about when it builds the same design (e.g. an fpc that varies within a stratum). */
  readonly warnings?: readonly string[];
}

/**
 * A design described by replicate weights (R `svrepdesign(..., combined.weights = TRUE)`):
 * V̂(θ̂) = scale · Σ_r rscale_r (θ̂_r − θ̄)², θ̄ the mean of the replicates (or θ̂ when `mse`).
 */
export interface ReplicateDesign {
  readonly kind: 'replicate';
  readonly rowCount: number;
  /** Full-sample analysis weights. */
  readonly weights: Float64Array;
  /** One full analysis-weight column per replicate. */
  readonly replicates: readonly Float64Array[];
  readonly type: ReplicateType;
  readonly scale: number;
  readonly rscales: Float64Array;
  readonly mse: boolean;
  readonly rho?: number;
  /**
   * Present when every replicate weight is the full-sample weight times a factor of the row's
   * PSU, w_ir = w_i · m_r[psu_i] — every design `asReplicateDesign` converts. Estimators built
   * on weighted totals then sum the rows once into (PSU, domain) cells and form each replicate
   * total as Σ_p m_r[p] · T_pd: O(n + R·P·D) instead of O(n·R), and `replicates` (n·R numbers,
   * 128 MB for 80 replicates of 200,000 rows) need never be built. See `factorsOf`.
   */
  readonly psuFactors?: PsuFactors;
}

/** Replicate weights as PSU multipliers of full-sample weights: w_ir = base_i · multipliers[r][psu_i]. */
export interface PsuFactors {
  /** The full-sample weights the multipliers apply to. */
  readonly base: Float64Array;
  readonly psu: Int32Array;
  readonly psuCount: number;
  readonly multipliers: readonly Float64Array[];
}

/**
 * The PSU factors of a replicate design, when they still describe its replicate weights.
 * A design derived by spreading (`{ ...design, weights, replicates }` in calibration and
 * trimming) carries the factors along but not their base weights, so the identity check
 * below makes such a design fall back to its replicate columns, never to stale factors.
 */
export function factorsOf(design: ReplicateDesign): PsuFactors | null {
  const f = design.psuFactors;
  return f !== undefined && f.base === design.weights ? f : null;
}

export type SurveyDesign = LinearizationDesign | ReplicateDesign;

export interface LinearizationDesignSpec {
  readonly weights: Float64Array;
  readonly strata?: Labelled;
  readonly psu?: Labelled;
  /** Population size (every value > 1) or sampling fraction (every value ≤ 1) of the PSUs in each stratum. */
  readonly fpc?: Float64Array;
  /** PSU labels are unique only within a stratum (R `nest = TRUE`). */
  readonly nest?: boolean;
  readonly lonelyPsu?: LonelyPsuPolicy;
  /** Column names, used in error messages. */
  readonly names?: { weights?: string; strata?: string; psu?: string; fpc?: string };
  /**
   * Second-stage clusters (SSUs, labels unique within their PSU) and, optionally, their
   * population size per PSU (> 1) or sampling fraction (≤ 1). Needs `psu`.
   */
  readonly stage2?: { readonly cluster: Labelled; readonly fpc?: Float64Array; readonly names?: { cluster?: string; fpc?: string } };
}

export interface ReplicateDesignSpec {
  readonly weights: Float64Array;
  readonly replicates: readonly Float64Array[];
  readonly type: ReplicateType;
  /** Fay's ρ (required for `Fay`). */
  readonly rho?: number;
  /** Overrides R's default scale for the type. */
  readonly scale?: number;
  /** Per-replicate factors; required for `JKn` ((n_h − 1)/n_h of the stratum each replicate perturbs). */
  readonly rscales?: Float64Array;
  readonly mse?: boolean;
  readonly names?: { weights?: string };
}

export function checkWeights(weights: Float64Array, name = 'weight'): void {
  let missing = 0, negative = 0, firstNegative = -1, infinite = -1;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (Number.isNaN(w)) missing++;
    else if (w < 0) { if (negative === 0) firstNegative = i; negative++; }
    else if (w === Infinity && infinite < 0) infinite = i;
  }
  if (missing > 0) throw new AnalysisError('missing-weight', `weight column "${name}" has ${missing} missing value${missing === 1 ? '' : 's'}`);
  // An infinite weight (1e400 read from a file) makes every estimate NaN: refuse it, never a null estimate.
  if (infinite >= 0) throw new AnalysisError('not-numeric', `weight column "${name}" has an infinite value at row ${infinite + 1} (a number beyond the double range)`);
  if (negative > 0) throw new AnalysisError('negative-weight', `weight column "${name}" has ${negative} negative value${negative === 1 ? '' : 's'} (first at row ${firstNegative + 1}: ${weights[firstNegative]})`);
}

function checkNoMissing(labels: Labelled, role: string, name: string | undefined): void {
  let missing = 0;
  for (let i = 0; i < labels.codes.length; i++) if (labels.codes[i] < 0) missing++;
  if (missing > 0) {
    throw new AnalysisError('missing-design-value', `${role} column "${name ?? labels.name ?? role}" has ${missing} missing value${missing === 1 ? '' : 's'}`);
  }
}

/** Builds a linearization design once; every estimator reuses it. */
export function linearizationDesign(spec: LinearizationDesignSpec): LinearizationDesign {
  const n = spec.weights.length;
  const names = spec.names ?? {};
  checkWeights(spec.weights, names.weights);
  let stratum: Int32Array;
  let strataLabels: string[];
  if (spec.strata) {
    if (spec.strata.codes.length !== n) throw new AnalysisError('bad-option', 'strata and weights differ in length');
    // Renumber to the strata that occur, in order of the labels.
    const strataCodes = spec.strata.codes;
    const used = new Int32Array(spec.strata.levels.length).fill(-1);
    let missing = false;
    for (let i = 0; i < n; i++) { const c = strataCodes[i]; if (c < 0) missing = true; else used[c] = 1; }
    if (missing) checkNoMissing(spec.strata, 'strata', names.strata);
    const order = [...spec.strata.levels.keys()].filter((k) => used[k] === 1);
    order.sort((a, b) => compareLabels(spec.strata!.levels[a], spec.strata!.levels[b]));
    order.forEach((k, h) => { used[k] = h; });
    strataLabels = order.map((k) => spec.strata!.levels[k]);
    // Codes already in label order (a file sorted by stratum) are the stratum indices: shared,
    // not copied (a design never writes to them), which spares 4 MB per million rows.
    if (order.length === used.length && order.every((k, h) => k === h)) stratum = strataCodes;
    else {
      stratum = new Int32Array(n);
      for (let i = 0; i < n; i++) stratum[i] = used[strataCodes[i]];
    }
  } else {
    stratum = new Int32Array(n);
    strataLabels = ['1'];
  }
  const H = strataLabels.length;
  const psu = new Int32Array(n);
  const psuStratumList: number[] = [];
  if (spec.psu) {
    if (spec.psu.codes.length !== n) throw new AnalysisError('bad-option', 'PSU and weights differ in length');
    const L = spec.psu.levels.length;
    const key = new Map<number, number>();
    const firstStratum = new Int32Array(L).fill(-1);
    let lastCode = -1, lastStratum = -1, lastIndex = -1;
    const psuCodes = spec.psu.codes;
    for (let i = 0; i < n; i++) {
      const c = psuCodes[i], h = stratum[i];
      if (c === lastCode && h === lastStratum) { psu[i] = lastIndex; continue; }
      if (c < 0) checkNoMissing(spec.psu, 'PSU', names.psu);
      if (!spec.nest) {
        if (firstStratum[c] === -1) firstStratum[c] = h;
        else if (firstStratum[c] !== h) {
          throw new AnalysisError('not-nested', `PSU "${spec.psu.levels[c]}" appears in strata "${strataLabels[firstStratum[c]]}" and "${strataLabels[h]}": PSU labels repeat across strata, use nest`);
        }
      }
      const k = h * L + c;
      let idx = key.get(k);
      if (idx === undefined) { idx = psuStratumList.length; psuStratumList.push(h); key.set(k, idx); }
      psu[i] = idx; lastCode = c; lastStratum = h; lastIndex = idx;
    }
  } else {
    for (let i = 0; i < n; i++) { psu[i] = i; psuStratumList.push(stratum[i]); }
  }
  const psuStratum = Int32Array.from(psuStratumList);
  const psuPerStratum = new Int32Array(H);
  for (let p = 0; p < psuStratum.length; p++) psuPerStratum[psuStratum[p]]++;
  const fpcFactor = new Float64Array(H).fill(1);
  const warnings: string[] = [];
  if (spec.fpc) {
    const fpc = spec.fpc;
    const fpcName = names.fpc ?? 'fpc';
    let anyBig = false, allAtLeastOne = true;
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(fpc[i])) throw new AnalysisError('bad-fpc', `fpc column "${fpcName}" has a missing value at row ${i + 1}`);
      if (fpc[i] > 1) anyBig = true;
      if (fpc[i] < 1) allAtLeastOne = false;
    }
    // R `as.fpc`: population sizes if any value exceeds 1, else sampling fractions.
    if (anyBig !== allAtLeastOne) throw new AnalysisError('bad-fpc', `fpc column "${fpcName}" mixes population sizes (> 1) and sampling fractions (< 1)`);
    const seen = new Uint8Array(H);
    // R `as.fpc` warns "`fpc' varies within strata" and goes on, weighting each PSU's squared
    // deviation by a factor (1 − n_h/N) taken from its own rows but paired with the PSUs in an order
    // that depends on how the file is sorted (rowsum's sorted clusters against first appearances):
    // a number no one can state. Using the stratum's first value instead would be a different
    // wrong number. So the engine refuses, naming the stratum, the rows and the values.
    const firstRow = new Int32Array(H).fill(-1);
    for (let i = 0; i < n; i++) {
      const h = stratum[i];
      if (firstRow[h] < 0) firstRow[h] = i;
      else if (fpc[i] !== fpc[firstRow[h]]) {
        throw new AnalysisError('bad-fpc', `fpc column "${fpcName}" varies within stratum "${strataLabels[h]}" (rows ${firstRow[h] + 1} and ${i + 1}: ${fpc[firstRow[h]]} and ${fpc[i]}): give every row of a stratum the stratum's population size (or sampling fraction) of PSUs — R warns here and mixes the values in an order that depends on the file's sorting`);
      }
    }
    for (let i = 0; i < n; i++) {
      const h = stratum[i];
      if (seen[h]) continue;
      seen[h] = 1;
      const nh = psuPerStratum[h];
      const popsize = anyBig ? fpc[i] : nh / fpc[i];
      if (popsize < nh) throw new AnalysisError('bad-fpc', `fpc implies more than 100% sampling in stratum "${strataLabels[h]}"`);
      fpcFactor[h] = popsize === Infinity ? 1 : (popsize - nh) / popsize;
    }
  }
  const first: LinearizationDesign = {
    kind: 'linearization', rowCount: n, weights: spec.weights, stratum, strataLabels, hasStrata: spec.strata !== undefined,
    psu, psuCount: psuStratum.length, psuStratum, psuPerStratum, fpcFactor, hasFpc: spec.fpc !== undefined,
    lonelyPsu: spec.lonelyPsu ?? 'fail', calibration: [], ...(warnings.length ? { warnings } : {}),
  };
  return spec.stage2 ? { ...first, secondStage: secondStageDesign(first, spec, spec.stage2) } : first;
}

/**
 * The second stage as a design: strata = the first-stage PSUs, PSUs = the SSUs nested in them,
 * fpc = the SSUs' population per PSU. R's `multistage` adds, for each PSU j of stratum h, the
 * within-PSU variance V̂_2j = (1 − m_j/M_j) m_j/(m_j − 1) Σ_k (z_jk − z̄_j)² times the first
 * stage's sampling fraction n_h/N_h — so it counts only when the first stage has an fpc (with
 * replacement, N_h = ∞, the ultimate-cluster variance is already unbiased). Both factors are
 * folded into the stage design's finite population factors.
 */
function secondStageDesign(first: LinearizationDesign, spec: LinearizationDesignSpec, stage2: NonNullable<LinearizationDesignSpec['stage2']>): LinearizationDesign {
  if (!spec.psu) throw new AnalysisError('bad-design', 'a second stage needs the first-stage clusters (psu)');
  const n = first.rowCount;
  if (stage2.cluster.codes.length !== n) throw new AnalysisError('bad-option', 'second-stage clusters and weights differ in length');
  const psuLabels = new Array<string>(first.psuCount);
  for (let i = 0; i < n; i++) {
    const p = first.psu[i];
    psuLabels[p] ??= first.hasStrata ? `${first.strataLabels[first.stratum[i]]}/${spec.psu.levels[spec.psu.codes[i]]}` : spec.psu.levels[spec.psu.codes[i]];
  }
  const stage = linearizationDesign({
    weights: first.weights,
    strata: { codes: first.psu, levels: psuLabels.map((l) => `PSU ${l}`), name: spec.names?.psu ?? 'psu' },
    psu: stage2.cluster,
    ...(stage2.fpc ? { fpc: stage2.fpc } : {}),
    nest: true,
    lonelyPsu: first.lonelyPsu,
    names: { weights: spec.names?.weights ?? 'weight', psu: stage2.names?.cluster ?? 'stage-2 cluster', ...(stage2.names?.fpc ? { fpc: stage2.names.fpc } : {}) },
  });
  // The stage's "stratum" of a row is its PSU (relabelled in label order): fold n_h/N_h of that PSU's stratum in.
  const firstFraction = new Float64Array(stage.strataLabels.length).fill(NaN);
  for (let i = 0; i < n; i++) {
    const j = stage.stratum[i];
    if (Number.isNaN(firstFraction[j])) firstFraction[j] = first.hasFpc ? 1 - first.fpcFactor[first.stratum[i]] : 0;
  }
  for (let j = 0; j < stage.fpcFactor.length; j++) stage.fpcFactor[j] *= firstFraction[j];
  return stage;
}

/**
 * Builds a replicate-weight design. Default scales follow R `svrepdesign`:
 * JK1 (R−1)/R; BRR 1/R; Fay 1/(R(1−ρ)²); bootstrap 1/(R−1); JKn 1 with rscales required.
 */
export function replicateDesign(spec: ReplicateDesignSpec): ReplicateDesign {
  const n = spec.weights.length;
  checkWeights(spec.weights, spec.names?.weights);
  const R = spec.replicates.length;
  if (R < 2) throw new AnalysisError('bad-option', `replicate designs need at least 2 replicate weight columns, got ${R}`);
  for (const r of spec.replicates) {
    if (r.length !== n) throw new AnalysisError('bad-option', 'replicate weights and weights differ in length');
    for (let i = 0; i < n; i++) if (Number.isNaN(r[i])) throw new AnalysisError('missing-weight', 'replicate weights have missing values');
  }
  let scale: number;
  let rscales = spec.rscales ?? new Float64Array(R).fill(1);
  switch (spec.type) {
    case 'BRR': scale = 1 / R; break;
    case 'Fay':
      if (spec.rho === undefined) throw new AnalysisError('bad-option', 'Fay replicate weights need rho (--fay-rho)');
      scale = 1 / (R * (1 - spec.rho) ** 2); break;
    case 'bootstrap': scale = spec.scale ?? 1 / (R - 1); break;
    case 'JK1': scale = spec.scale ?? (R - 1) / R; break;
    case 'JKn':
      if (!spec.rscales) throw new AnalysisError('bad-option', 'JKn replicate weights need rscales ((n_h − 1)/n_h per replicate)');
      scale = spec.scale ?? 1; break;
  }
  if (rscales.length !== R) throw new AnalysisError('bad-option', `rscales has length ${rscales.length}, should be ${R}`);
  rscales = Float64Array.from(rscales);
  return { kind: 'replicate', rowCount: n, weights: spec.weights, replicates: spec.replicates, type: spec.type, scale, rscales, mse: spec.mse ?? false, ...(spec.rho !== undefined ? { rho: spec.rho } : {}) };
}

/**
 * JKn factors from combined replicate weights: in replicate r the rows of the perturbed
 * stratum that stay in carry w·n_h/(n_h−1), so rscale_r = (n_h − 1)/n_h = w/w_r on them.
 */
export function guessJknRscales(weights: Float64Array, replicates: readonly Float64Array[]): Float64Array {
  return Float64Array.from(replicates.map((rep) => {
    let best = 1;
    let bestRatio = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i], wr = rep[i];
      if (w > 0 && wr > 0) {
        const ratio = wr / w;
        if (ratio > 1 + 1e-9 && ratio > bestRatio) { bestRatio = ratio; best = w / wr; }
      }
    }
    return best;
  }));
}

/** Label order used for strata and domains: numeric when both look numeric, else by text. */
export function compareLabels(a: string, b: string): number {
  const x = Number(a), y = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y || (a < b ? -1 : a > b ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}
