// Design-based tests and comparisons against R survey 4.1.1: svychisq, svyttest / svycontrast
// between domains, and differences between two independent surveys (tests.json, made by
// test/fixtures/make-fixtures.R; each test is named with the R call that produced it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  categoryValues, domainsOf, independentDifference, numericValues, svyChisq, svyDomainDifferences, svyMean, svyTable, svyTotal,
  type ChisqStatistic, type ComparedStatistic, type SurveyDesign, type DataTable,
} from '../../../analysis';
import { buildDesign, fixtureDir, loadTable, type DesignSpec } from './fixtures';

interface Expected { estimate: number; se: number; df: number; ci_low: number; ci_high: number; p_value: number }
type Case =
  | { id: string; kind: 'chisq'; design_call: string; design: DesignSpec; rows: string; columns: string; statistic: ChisqStatistic; call: string; value: number; ndf: number | null; ddf: number | null; p_value: number }
  | ({ id: string; kind: 'domain-difference'; design_call: string; design: DesignSpec; statistic: ComparedStatistic; variable: string; denominator: string | null; by: string; first: string; second: string; missing: 'fail' | 'exclude'; call: string } & Expected)
  | { id: string; kind: 'table'; design_call: string; design: DesignSpec; rows: string; columns: string; call: string;
      cells: { row: string; column: string; count: number; count_se: number; share: number; share_se: number; row_share: number; row_share_se: number }[] }
  | ({ id: string; kind: 'independent-difference'; first: { design_call: string; design: DesignSpec }; second: { design_call: string; design: DesignSpec }; variable: string; by: string | null; value: string | null; call: string } & Expected);

const tests = (JSON.parse(readFileSync(join(fixtureDir, 'tests.json'), 'utf8')) as { tests: Case[] }).tests;

function close(actual: number, expected: number, rel: number, label: string): void {
  expect(Math.abs(actual - expected), `${label}: got ${actual}, R ${expected}`).toBeLessThanOrEqual(rel * Math.abs(expected));
}

function design(spec: DesignSpec): { d: SurveyDesign; t: DataTable } {
  const t = loadTable(spec.data);
  return { d: buildDesign(spec, t), t };
}

describe('svychisq: Rao–Scott tests of independence agree with R', () => {
  for (const c of tests) {
    if (c.kind !== 'chisq') continue;
    it(`${c.id}: ${c.design_call} ⟶ ${c.call}`, () => {
      const { d, t } = design(c.design);
      const r = svyChisq(d, { ...categoryValues(t, c.rows), name: c.rows }, { ...categoryValues(t, c.columns), name: c.columns }, c.statistic);
      // R reports X² itself as the statistic of the first-order test, and X²/tr(Δ) for F.
      close(['F', 'Wald', 'adjWald'].includes(c.statistic) ? r.value : r.pearson, c.value, 1e-9, 'statistic');
      if (c.ndf !== null) close(r.ndf, c.ndf, 1e-9, 'ndf');
      if (c.ddf !== null) close(r.ddf, c.ddf, 1e-9, 'ddf');
      close(r.pValue, c.p_value, 1e-9, 'p-value');
    });
  }
});

describe('differences between domains of one design agree with R (svyttest, svycontrast)', () => {
  for (const c of tests) {
    if (c.kind !== 'domain-difference') continue;
    it(`${c.id}: ${c.design_call} ⟶ ${c.call}`, () => {
      const { d, t } = design(c.design);
      const [r] = svyDomainDifferences(d, c.statistic, numericValues(t, c.variable), c.denominator ? numericValues(t, c.denominator) : null, {
        domains: domainsOf([{ ...categoryValues(t, c.by), name: c.by }]), missing: c.missing, name: c.variable,
        pairs: [[{ [c.by]: c.first }, { [c.by]: c.second }]],
      });
      close(r.estimate, c.estimate, 1e-9, 'estimate');
      close(r.se, c.se, 1e-9, 'se');
      expect(r.df).toBe(c.df);
      close(r.ciLow, c.ci_low, 1e-9, 'ci_low');
      close(r.ciHigh, c.ci_high, 1e-9, 'ci_high');
      close(r.pValue, c.p_value, 1e-9, 'p-value');
    });
  }
});

describe('differences between two independent surveys agree with R on the stacked design', () => {
  for (const c of tests) {
    if (c.kind !== 'independent-difference') continue;
    it(`${c.id}: ${c.call}`, () => {
      const sides = [c.first, c.second].map((s) => {
        const { d, t } = design(s.design);
        const options = { missing: 'exclude' as const, name: c.variable, ...(c.by ? { domains: domainsOf([{ ...categoryValues(t, c.by), name: c.by }]) } : {}) };
        const rows = svyMean(d, numericValues(t, c.variable), options);
        return rows.find((e) => !c.by || e.domain[c.by] === c.value)!;
      });
      const r = independentDifference(sides[0], sides[1]);
      close(r.estimate, c.estimate, 1e-9, 'estimate');
      close(r.se, c.se, 1e-9, 'se');
      expect(r.df).toBe(c.df);
      close(r.ciLow, c.ci_low, 1e-9, 'ci_low');
      close(r.ciHigh, c.ci_high, 1e-9, 'ci_high');
      close(r.pValue, c.p_value, 1e-9, 'p-value');
    });
  }
});

describe('svyTable: weighted counts and shares with design-based SEs agree with R', () => {
  for (const c of tests) {
    if (c.kind !== 'table') continue;
    it(`${c.id}: ${c.design_call} ⟶ ${c.call}`, () => {
      const { d, t } = design(c.design);
      const out = svyTable(d, { ...categoryValues(t, c.rows), name: c.rows }, { ...categoryValues(t, c.columns), name: c.columns });
      expect(out.filter((e) => e.statistic === 'count')).toHaveLength(c.cells.length);
      for (const cell of c.cells) {
        const find = (statistic: string) => out.find((e) => e.statistic === statistic && e.domain[c.rows] === cell.row && e.domain[c.columns] === cell.column)!;
        const label = `${cell.row} × ${cell.column}`;
        close(find('count').estimate, cell.count, 1e-9, `${label} count`);
        close(find('count').se, cell.count_se, 1e-9, `${label} count se`);
        close(find('share').estimate, cell.share, 1e-9, `${label} share`);
        close(find('share').se, cell.share_se, 1e-9, `${label} share se`);
        close(find('row-share').estimate, cell.row_share, 1e-9, `${label} row share`);
        close(find('row-share').se, cell.row_share_se, 1e-9, `${label} row share se`);
      }
    });
  }
});

describe('comparisons: what R does not show directly', () => {
  it('a domain difference of totals on independent domains of a stratified SRS is V_a + V_b (strata disjoint)', () => {
    const { d, t } = design({ data: 'apistrat', weights: 'pw', strata: 'stype', fpc: 'fpc' });
    const y = numericValues(t, 'enroll');
    const domains = domainsOf([{ ...categoryValues(t, 'stype'), name: 'stype' }]);
    const [diff] = svyDomainDifferences(d, 'total', y, null, { domains, missing: 'exclude', pairs: [[{ stype: 'E' }, { stype: 'H' }]] });
    const tot = svyTotal(d, y, { domains, missing: 'exclude' });
    expect(diff.variance).toBeCloseTo(tot[0].variance + tot[1].variance, 3);
  });
});
