import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AnalysisError, asReplicateDesign, categoryValues, domainsOf, linearizationDesign, numericValues, readCsv, reliabilityFlags, svyProportion, svyQuantile, svyTotal, wilsonInterval,
} from '../../../analysis';
import { fixtureDir } from './fixtures';
import { pchisqUpper, pfUpper, ptTwoSided, qnorm, qt } from '../../../analysis/distributions';

describe('Wilson interval (not in R survey): textbook values', () => {
  it('81 successes in 263 trials, 95%: 0.2553 to 0.3662 (Newcombe 1998, Stat Med 17:857, Table I)', () => {
    const ci = wilsonInterval(81 / 263, 263, qnorm(0.975));
    expect(ci.low).toBeCloseTo(0.2553, 4);
    expect(ci.high).toBeCloseTo(0.3662, 4);
  });
  it('0 successes in 10 trials, 95%: 0 to 0.2775 (Newcombe 1998, Table I)', () => {
    const ci = wilsonInterval(0, 10, qnorm(0.975));
    expect(ci.low).toBeCloseTo(0, 10);
    expect(ci.high).toBeCloseTo(0.2775, 4);
  });
  it('on a design: uses the effective sample size p(1 − p)/V and the design df', () => {
    // Unweighted SRS of 20 without fpc: V(p̂) = p(1 − p)/(n − 1), so n_eff = 19 and df = 19.
    const y = Float64Array.from({ length: 20 }, (_, i) => (i < 6 ? 1 : 0));
    const design = linearizationDesign({ weights: new Float64Array(20).fill(1) });
    const [e] = svyProportion(design, y, { method: 'wilson' });
    const t = 2.0930240544083096; // qt(0.975, 19) in R
    const expected = wilsonInterval(0.3, 19, t);
    expect(e.ciLow).toBeCloseTo(expected.low, 12);
    expect(e.ciHigh).toBeCloseTo(expected.high, 12);
    expect(e.df).toBe(19);
  });
});

describe('reliability flags', () => {
  it('flags small n, small effective n and high CVs with configurable thresholds', () => {
    expect(reliabilityFlags(29, 0.1, 40)).toEqual(['suppress-n']);
    expect(reliabilityFlags(100, 0.2, 20)).toEqual(['suppress-neff', 'cv-over-16.5']);
    expect(reliabilityFlags(100, 0.4, undefined)).toEqual(['cv-over-16.5', 'cv-over-33']);
    expect(reliabilityFlags(100, 0.1, undefined)).toEqual([]);
    expect(reliabilityFlags(40, 0.25, undefined, { minN: 50, cvCaution: 0.3 })).toEqual(['suppress-n']);
  });
  it('sets no CV flag on an undefined CV (estimate 0: 0/0, or se/0)', () => {
    expect(reliabilityFlags(100, NaN, undefined)).toEqual([]);
    expect(reliabilityFlags(100, Infinity, undefined)).toEqual([]);
    const design = linearizationDesign({ weights: new Float64Array(40).fill(2) });
    const [e] = svyTotal(design, new Float64Array(40));
    expect(e.estimate).toBe(0);
    expect(e.flags).toEqual([]);
  });
});

describe('tail quantiles keep their precision (the likelihood interval needs them near 1e-23)', () => {
  it('qnorm and qt in the far tail agree with R', () => {
    // R: qnorm(c(4.898107503932768e-17, 1e-10, 1e-30)); qt(5e-24, c(100, 10))
    expect(qnorm(4.898107503932768e-17)).toBeCloseTo(-8.3072297633706409, 12);
    expect(qnorm(1e-10)).toBeCloseTo(-6.3613409024040557, 12);
    expect(qnorm(1e-30)).toBeCloseTo(-11.46402468844361699, 12);
    expect(qt(5e-24, 100)).toBeCloseTo(-13.243023458122154, 10);
    expect(qt(5e-24, 10)).toBeCloseTo(-548.40756879580499, 8);
  });
  it('upper tails of F, chi-square and t are taken directly, not as 1 − cdf', () => {
    // R: pf(60, 2, 40, lower.tail = FALSE); pchisq(150, 3, lower.tail = FALSE); 2 * pt(-12, 25)
    expect(Math.abs(pfUpper(60, 2, 40) / 9.0949470177292773e-13 - 1)).toBeLessThan(1e-10);
    expect(Math.abs(pchisqUpper(150, 3) / 2.6349139284880449e-32 - 1)).toBeLessThan(1e-10);
    expect(Math.abs(ptTwoSided(-12, 25) / 7.1829730750348347e-12 - 1)).toBeLessThan(1e-10);
  });
});

describe('replicate weights from a linearization design', () => {
  const n = 400;
  const strata = { codes: Int32Array.from({ length: n }, (_, i) => i % 4), levels: ['a', 'b', 'c', 'd'] };
  const psu = { codes: Int32Array.from({ length: n }, (_, i) => Math.floor(i / 4) % 10), levels: Array.from({ length: 10 }, (_, k) => String(k)) };
  const weights = Float64Array.from({ length: n }, (_, i) => 10 + (i % 7));
  const y = Float64Array.from({ length: n }, (_, i) => ((i * 37) % 11) + (i % 4) * 3);
  const design = linearizationDesign({ weights, strata, psu, nest: true });

  it('bootstrap is reproducible from its seed and near the linearization variance with many replicates', () => {
    const a = asReplicateDesign(design, { type: 'bootstrap', replicates: 2000, seed: 7 });
    const b = asReplicateDesign(design, { type: 'bootstrap', replicates: 2000, seed: 7 });
    const va = svyTotal(a, y)[0].variance, vb = svyTotal(b, y)[0].variance;
    expect(va).toBe(vb);
    const lin = svyTotal(design, y)[0].variance;
    expect(va / lin).toBeGreaterThan(0.85);
    expect(va / lin).toBeLessThan(1.15);
  }, 30_000);
  it('refuses JK1 on a stratified design and BRR without two PSUs per stratum', () => {
    expect(() => asReplicateDesign(design, { type: 'JK1' })).toThrow(AnalysisError);
    expect(() => asReplicateDesign(design, { type: 'BRR' })).toThrow(/exactly two PSUs/);
  });
  it('JKn reproduces the linearization variance of a total exactly', () => {
    const jkn = asReplicateDesign(design, { type: 'JKn' });
    expect(svyTotal(jkn, y)[0].variance).toBeCloseTo(svyTotal(design, y)[0].variance, 6);
  });
});

describe('an infinite weight is refused, never a null estimate', () => {
  it('names the column and the row', () => {
    const w = Float64Array.from([1, 2, Infinity, 1]);
    expect(() => linearizationDesign({ weights: w, names: { weights: 'pw' } })).toThrow(/weight column "pw" has an infinite value at row 3/);
  });
});

describe('quantile intervals R cannot give, and the ones that need the other kind of design', () => {
  const sim = readCsv(readFileSync(join(fixtureDir, 'sim.csv')));
  const design = linearizationDesign({ weights: numericValues(sim, 'wt'), strata: categoryValues(sim, 'stratum'), psu: categoryValues(sim, 'psu'), nest: true, lonelyPsu: 'remove' });
  const domains = domainsOf([{ ...categoryValues(sim, 'region'), name: 'region' }]);
  it('score interval without a sign change between the search ends (R: "f() values at end points not of opposite sign"): no interval, flagged', () => {
    const rows = svyQuantile(design, numericValues(sim, 'y'), 0.9, { domains, missing: 'exclude', intervalType: 'score' });
    const east = rows.find((r) => r.domain.region === 'East')!;
    expect(Number.isFinite(east.estimate)).toBe(true);
    expect(east.ciHigh).toBeNaN();
    expect(east.flags).toContain('no-interval');
  });
  it('refuses score on replicate weights and the replicate-quantile interval on a linearization design', () => {
    const y = numericValues(sim, 'y');
    expect(() => svyQuantile(design, y, 0.5, { missing: 'exclude', intervalType: 'quantile' })).toThrow(/uses replicate weights/);
    const jk = asReplicateDesign(linearizationDesign({ weights: numericValues(sim, 'wt'), psu: categoryValues(sim, 'psu') }), { type: 'JK1' });
    expect(() => svyQuantile(jk, y, 0.5, { missing: 'exclude', intervalType: 'score' })).toThrow(AnalysisError);
  });
});
