import { AnalysisError } from './errors';
import type { LinearizationDesign, PsuFactors, ReplicateDesign, ReplicateType } from './design';
import { mulberry32 } from './prng';

/** The replicate methods a linearization design converts to: all of them (R `as.svrepdesign`). */
export type ConversionType = ReplicateType;

export interface ConversionOptions {
  readonly type: ConversionType;
  /** Fay's ρ for `Fay` (default 0.5); the word of design.json's `replicate.rho`. */
  readonly rho?: number;
  /** Bootstrap replicates (default 50, as R). */
  readonly replicates?: number;
  /** Seed of the bootstrap's random draws (default 1). */
  readonly seed?: number;
  readonly mse?: boolean;
}

/**
 * Replicate weights for a linearization design, like R's `as.svrepdesign` (replicate
 * columns are full analysis weights w_i · m_ir):
 * - `JK1` (unstratified): drop one PSU at a time, others × n/(n − 1); scale (1 − f)(n − 1)/n.
 * - `JKn` (stratified): drop one PSU of stratum h, the rest of h × n_h/(n_h − 1); rscale
 *   (1 − f_h)(n_h − 1)/n_h. Lonely strata follow the design's policy as R's `jknweights`.
 * - `BRR` / `Fay` (exactly two PSUs per stratum): half-samples from the rows of a Sylvester
 *   Hadamard matrix (full orthogonal balance), × 2 − ρ and × ρ; scale 1/(R(1 − ρ)²).
 *   For linear statistics the variance does not depend on which Hadamard matrix is used;
 *   R may pick a different one, so nonlinear statistics can differ slightly from R's.
 * - `bootstrap`: Rao–Wu with n_h PSUs drawn with replacement in each stratum (without
 *   replacement from the N_h-fold population when fpc is known), multiplier = times drawn;
 *   scale n̄/((n̄ − 1)(R − 1)), n̄ the harmonic mean of n_h. The draws come from a seeded
 *   generator, so they are reproducible but not R's.
 */
export function asReplicateDesign(design: LinearizationDesign, options: ConversionOptions): ReplicateDesign {
  const multipliers: Float64Array[] = [];
  const rscales: number[] = [];
  let scale = 1;
  const P = design.psuCount, H = design.strataLabels.length;
  const psusOf: number[][] = Array.from({ length: H }, () => []);
  for (let p = 0; p < P; p++) psusOf[design.psuStratum[p]].push(p);
  let rho: number | undefined;
  switch (options.type) {
    case 'JK1': {
      if (design.hasStrata) throw new AnalysisError('bad-option', "JK1 replicates are for unstratified designs: use 'JKn'");
      const n = P;
      for (let r = 0; r < n; r++) {
        const m = new Float64Array(P).fill(n / (n - 1));
        m[r] = 0;
        multipliers.push(m);
        rscales.push(1);
      }
      scale = (design.fpcFactor[0] * (n - 1)) / n;
      break;
    }
    case 'JKn': {
      if (!design.hasStrata) throw new AnalysisError('bad-option', "JKn replicates are for stratified designs: use 'JK1' or 'bootstrap'");
      for (let h = 0; h < H; h++) {
        const psus = psusOf[h];
        const nh = psus.length, f = design.fpcFactor[h];
        if (f === 0) continue;
        if (nh === 1) {
          if (design.lonelyPsu === 'fail') throw new AnalysisError('lonely-psu', `stratum "${design.strataLabels[h]}" has only one PSU (choose a lonely-PSU policy: remove, certainty, average or adjust)`);
          if (design.lonelyPsu === 'adjust') {
            const m = new Float64Array(P).fill(H / (H - 1));
            m[psus[0]] = 0;
            multipliers.push(m);
            rscales.push((H - 1) / H);
          }
          continue;
        }
        for (const drop of psus) {
          const m = new Float64Array(P).fill(1);
          for (const p of psus) m[p] = p === drop ? 0 : nh / (nh - 1);
          multipliers.push(m);
          rscales.push((f * (nh - 1)) / nh);
        }
      }
      if (multipliers.length === 0) throw new AnalysisError('bad-option', 'every stratum was sampled exhaustively: there is nothing to replicate');
      if (design.lonelyPsu === 'average' && multipliers.length < P) scale = P / multipliers.length;
      break;
    }
    case 'BRR':
    case 'Fay': {
      rho = options.type === 'Fay' ? options.rho ?? 0.5 : 0;
      const bad = psusOf.findIndex((ps) => ps.length !== 2);
      if (bad >= 0) throw new AnalysisError('bad-option', `BRR needs exactly two PSUs per stratum; stratum "${design.strataLabels[bad]}" has ${psusOf[bad].length}`);
      let order = 1;
      while (order < H + 1) order *= 2;
      for (let r = 0; r < order; r++) {
        const m = new Float64Array(P);
        for (let h = 0; h < H; h++) {
          // Sylvester Hadamard entry (row h + 1, column r): (−1)^popcount((h + 1) & r).
          const plus = popcount((h + 1) & r) % 2 === 0;
          const [a, b] = psusOf[h];
          m[a] = plus ? 2 - rho : rho;
          m[b] = plus ? rho : 2 - rho;
        }
        multipliers.push(m);
        rscales.push(1);
      }
      scale = 1 / (order * (1 - rho) ** 2);
      break;
    }
    case 'bootstrap': {
      const R = options.replicates ?? 50;
      const rand = mulberry32(options.seed ?? 1);
      for (let r = 0; r < R; r++) {
        const m = new Float64Array(P);
        for (let h = 0; h < H; h++) {
          const psus = psusOf[h];
          const nh = psus.length;
          const f = design.fpcFactor[h];
          if (f < 1 && design.hasFpc) {
            // Without replacement from the population of N_h = n_h/(1 − f_h) PSU copies.
            const N = Math.round(nh / (1 - f));
            const pool = Array.from({ length: N }, (_, k) => psus[k % nh]);
            for (let k = 0; k < nh; k++) {
              const j = k + Math.floor(rand() * (N - k));
              [pool[k], pool[j]] = [pool[j], pool[k]];
              m[pool[k]]++;
            }
          } else {
            for (let k = 0; k < nh; k++) m[psus[Math.floor(rand() * nh)]]++;
          }
        }
        multipliers.push(m);
        rscales.push(1);
      }
      let inv = 0;
      for (let h = 0; h < H; h++) inv += 1 / psusOf[h].length;
      const nbar = H / inv;
      scale = nbar / ((nbar - 1) * (R - 1));
      break;
    }
  }
  // The replicate columns w_i · m_r[psu(i)] are built only if an estimator asks for them
  // (quantiles, models, calibration): totals-based estimators use the factors (`factorsOf`).
  const n = design.rowCount, psu = design.psu, w = design.weights;
  let columns: Float64Array[] | null = null;
  const psuFactors: PsuFactors = { base: w, psu, psuCount: P, multipliers };
  return {
    kind: 'replicate', rowCount: n, weights: w,
    get replicates(): readonly Float64Array[] {
      // A plain loop: Float64Array.from with a mapping function takes V8's slow iterator path.
      columns ??= multipliers.map((m) => {
        const out = new Float64Array(n);
        for (let i = 0; i < n; i++) out[i] = w[i] * m[psu[i]];
        return out;
      });
      return columns;
    },
    psuFactors,
    type: options.type, scale, rscales: Float64Array.from(rscales), mse: options.mse ?? false, ...(rho !== undefined && options.type === 'Fay' ? { rho } : {}),
  };
}

function popcount(x: number): number {
  let c = 0;
  while (x) { c += x & 1; x >>>= 1; }
  return c;
}
