// A converted replicate design keeps its replicate weights as PSU multipliers of the full-sample
// weights (w_ir = w_i · m_r[psu_i]) and sums rows once per (PSU, domain) cell. Its totals, means,
// ratios, SEs and replicate df must be those of the same replicate columns given explicitly
// (R `svrepdesign(repweights = …, combined.weights = TRUE)` on `as.svrepdesign`'s columns), and a
// design whose weights changed after conversion must not use the stale factors.
import { describe, expect, it } from 'vitest';
import {
  asReplicateDesign, categoryValues, domainsOf, factorsOf, linearizationDesign, numericValues, replicateDesign,
  svyMean, svyRatio, svyTotal, trimWeights, type DomainEstimate, type ReplicateDesign,
} from '../../../analysis';
import { loadTable } from './fixtures';

function explicit(design: ReplicateDesign): ReplicateDesign {
  return replicateDesign({ weights: design.weights, replicates: design.replicates.map((r) => Float64Array.from(r)), type: design.type, scale: design.scale, rscales: design.rscales, ...(design.rho !== undefined ? { rho: design.rho } : {}) });
}

function expectSame(a: DomainEstimate[], b: DomainEstimate[]): void {
  expect(a.length).toBe(b.length);
  a.forEach((x, k) => {
    expect(x.estimate).toBeCloseTo(b[k].estimate, 10);
    expect(Math.abs(x.se - b[k].se) / b[k].se).toBeLessThan(1e-12);
    expect(x.df).toBe(b[k].df);
  });
}

describe('replicate designs kept as PSU factors', () => {
  // apiclus1: 15 districts, unstratified (JK1, bootstrap); apistrat: stratified by school type,
  // each school its own PSU (JKn, bootstrap). Domains: awards × sch.wide.
  const clus = loadTable('apiclus1'), strat = loadTable('apistrat');
  const cases = [
    { t: clus, type: 'JK1' as const, base: linearizationDesign({ weights: numericValues(clus, 'pw'), psu: categoryValues(clus, 'dnum') }) },
    { t: clus, type: 'bootstrap' as const, base: linearizationDesign({ weights: numericValues(clus, 'pw'), psu: categoryValues(clus, 'dnum') }) },
    { t: strat, type: 'JKn' as const, base: linearizationDesign({ weights: numericValues(strat, 'pw'), strata: categoryValues(strat, 'stype') }) },
    { t: strat, type: 'bootstrap' as const, base: linearizationDesign({ weights: numericValues(strat, 'pw'), strata: categoryValues(strat, 'stype') }) },
  ];

  for (const { t, type, base } of cases) {
    it(`${type} (${t.rowCount} rows): totals, means and ratios by domain equal those of the explicit replicate columns`, () => {
      const y = numericValues(t, 'api00'), x = numericValues(t, 'api99'), enroll = numericValues(t, 'enroll');
      const by = domainsOf([{ ...categoryValues(t, 'awards'), name: 'awards' }, { ...categoryValues(t, 'sch.wide'), name: 'sch.wide' }]);
      const factored = asReplicateDesign(base, { type, replicates: 30 });
      expect(factorsOf(factored)).not.toBeNull();
      const columns = explicit(factored);
      expect(factorsOf(columns)).toBeNull();
      expectSame(svyTotal(factored, enroll, { domains: by }), svyTotal(columns, enroll, { domains: by }));
      expectSame(svyMean(factored, y, { domains: by }), svyMean(columns, y, { domains: by }));
      expectSame(svyRatio(factored, y, x, { domains: by }), svyRatio(columns, y, x, { domains: by }));
      expectSame(svyMean(factored, y), svyMean(columns, y));
    });
  }

  it('a design whose weights were trimmed after conversion no longer uses the factors', () => {
    // apistrat's weights differ by stratum (44.2, 15.1, 9.8): trimming at 40 reweights the strata.
    const factored = asReplicateDesign(cases[2].base, { type: 'JKn' });
    const trimmed = trimWeights(factored, { upper: 40 });
    expect(trimmed.weights).not.toBe(factored.weights);
    expect(factorsOf(trimmed)).toBeNull();
    const y = numericValues(strat, 'api00');
    expectSame(svyMean(trimmed, y), svyMean(explicit(trimmed), y));
    expect(svyMean(trimmed, y)[0].estimate).not.toBeCloseTo(svyMean(factored, y)[0].estimate, 3);
  });
});
