// The (domain, PSU) cell path of the linearization variance against the textbook computation:
// influence values z_i for every row of the sample, PSU totals over every PSU, then
// `linearizationVariance` (the dense formula). A small messy design: unequal PSUs per stratum,
// a lonely-PSU stratum, rows of a PSU scattered through the file, zero weights, fpc, rows
// in no domain, an empty domain and a domain confined to one stratum.
import { describe, expect, it } from 'vitest';
import {
  linearizationDesign, linearizationVariance, linearStatistic, type LinearizationDesign, type LonelyPsuPolicy,
} from '../../../analysis';
import { sparseLinearizationVariance } from '../../../analysis/variance/linearization';

/** A deterministic pseudo-random sequence (LCG), so the data set is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

const N = 600;
const rnd = lcg(42);
// Strata 0..3 with 6, 3, 1 (lonely) and 9 PSUs; PSU labels nested within strata.
const psusPer = [6, 3, 1, 9];
const stratumOf = new Int32Array(N), psuOf = new Int32Array(N);
for (let i = 0; i < N; i++) {
  const h = i % 17 === 0 ? 2 : Math.floor(rnd() * 4) === 2 ? 0 : Math.floor(rnd() * 4);
  stratumOf[i] = h;
  psuOf[i] = Math.floor(rnd() * psusPer[h]);
}
const weights = Float64Array.from({ length: N }, (_, i) => (i % 23 === 5 ? 0 : 1 + rnd() * 9));
const y = Float64Array.from({ length: N }, () => Math.round(rnd() * 40) / 4);
const x = Float64Array.from({ length: N }, () => 1 + Math.round(rnd() * 20) / 4);
const fpc = Float64Array.from(stratumOf, (h) => [40, 10, 5, 90][h]);
// Domains 0..4: 2 is empty, 3 lies in stratum 3 only, −1 = in no domain (about 1 row in 8).
const dom = Int32Array.from({ length: N }, (_, i) => {
  if (i % 8 === 3) return -1;
  if (stratumOf[i] === 3 && i % 3 === 0) return 3;
  return [0, 1, 4][i % 3];
});
const domains = { count: 5, of: dom, labels: [0, 1, 2, 3, 4].map((d) => ({ g: String(d) })) };

function design(lonelyPsu: LonelyPsuPolicy, withFpc: boolean): LinearizationDesign {
  return linearizationDesign({
    weights,
    strata: { codes: stratumOf, levels: ['s0', 's1', 's2', 's3'] },
    psu: { codes: psuOf, levels: Array.from({ length: 9 }, (_, k) => `p${k}`) },
    nest: true, lonelyPsu, ...(withFpc ? { fpc } : {}),
  });
}

/** Textbook: z over all rows, totals over all PSUs, strata with a domain row; df from scratch. */
function reference(des: LinearizationDesign, kind: 'total' | 'ratio', xs: Float64Array | null, d: number): { estimate: number; variance: number; df: number } {
  let Y = 0, X = 0;
  for (let i = 0; i < N; i++) if (dom[i] === d) { Y += weights[i] * y[i]; X += weights[i] * (xs ? xs[i] : 1); }
  const R = Y / X;
  const totals = new Float64Array(des.psuCount);
  const present = new Uint8Array(des.strataLabels.length);
  const psus = new Set<number>(), strata = new Set<number>();
  for (let i = 0; i < N; i++) {
    if (dom[i] !== d) continue;
    const z = kind === 'total' ? weights[i] * y[i] : (weights[i] * (y[i] - R * (xs ? xs[i] : 1))) / X;
    totals[des.psu[i]] += z;
    present[des.stratum[i]] = 1;
    if (weights[i] > 0) { psus.add(des.psu[i]); strata.add(des.stratum[i]); }
  }
  return { estimate: kind === 'total' ? Y : R, variance: linearizationVariance(des, totals, present), df: psus.size - strata.size };
}

function close(a: number, b: number): void {
  if (Number.isNaN(b)) expect(a).toBeNaN();
  else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
}

describe('linearization variance from (domain, PSU) cells', () => {
  for (const policy of ['remove', 'certainty', 'average', 'adjust'] as const) {
    for (const withFpc of [false, true]) {
      it(`agrees with the dense computation: totals, means and ratios by domain (lonely PSU ${policy}${withFpc ? ', fpc' : ''})`, () => {
        const des = design(policy, withFpc);
        for (const [kind, xs] of [['total', null], ['ratio', null], ['ratio', x]] as const) {
          const stats = linearStatistic(des, domains, kind, y, xs);
          expect(stats).toHaveLength(5);
          for (let d = 0; d < 5; d++) {
            const ref = reference(des, kind, xs, d);
            close(stats[d].variance, ref.variance);
            expect(stats[d].df).toBe(ref.df);
            if (d !== 2) close(stats[d].estimate, ref.estimate);
          }
          expect(stats[2].n).toBe(0);
          expect(stats[2].variance).toBeNaN();
          expect(stats[3].variance).toBeGreaterThan(0);
        }
      });
    }
  }

  it('fails on a lonely PSU that a domain reaches, under the default policy', () => {
    expect(() => linearStatistic(design('fail', false), domains, 'total', y, null)).toThrow(/only one PSU/);
  });

  it('sparseLinearizationVariance: listing only the non-zero PSU totals gives the dense result', () => {
    const des = design('adjust', true);
    const dense = Float64Array.from({ length: des.psuCount }, (_, p) => (p % 4 === 1 ? 0 : Math.sin(p + 1) * 100));
    const listed = [...dense.keys()].filter((p) => dense[p] !== 0).reverse();
    const present = new Uint8Array(des.strataLabels.length).fill(1);
    close(
      sparseLinearizationVariance(des, Int32Array.from(listed), Float64Array.from(listed, (p) => dense[p]), present),
      linearizationVariance(des, dense, present),
    );
  });
});
