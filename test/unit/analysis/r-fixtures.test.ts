// Every number here was produced by R's survey package (test/fixtures/make-fixtures.R);
// each test's name carries the R calls that produced its expected values.
import { describe, expect, it } from 'vitest';
import {
  AnalysisError, categoryValues, domainsOf, numericValues,
  svyMean, svyProportion, svyQuantile, svyRatio, svyTotal,
  type DataTable, type DomainEstimate, type SurveyDesign,
} from '../../../analysis';
import { buildDesign, loadCases, loadTable, type FixtureCase } from './fixtures';

function estimate(c: FixtureCase, design: SurveyDesign, table: DataTable): DomainEstimate[] {
  const by = c.by === undefined || c.by === null ? [] : Array.isArray(c.by) ? c.by : [c.by];
  const options = {
    ...(by.length ? { domains: domainsOf(by.map((b) => ({ ...categoryValues(table, b), name: b })), c.missing) } : {}),
    missing: c.missing, level: c.level, name: c.variable,
  };
  const y = numericValues(table, c.variable);
  switch (c.estimator) {
    case 'mean': return svyMean(design, y, options);
    case 'total': return svyTotal(design, y, options);
    case 'ratio': return svyRatio(design, y, numericValues(table, c.denominator!), { ...options, denominatorName: c.denominator! });
    case 'proportion': return svyProportion(design, y, { ...options, method: c.method ?? 'logit' });
    case 'quantile': return svyQuantile(design, y, c.quantile ?? 0.5, options);
  }
}

function close(actual: number, expected: number | null | undefined, rel: number, label: string): void {
  if (expected === null || expected === undefined) {
    expect(Number.isFinite(actual), `${label}: R gave NA, got ${actual}`).toBe(false);
    return;
  }
  const tol = rel * Math.max(Math.abs(expected), 1e-300);
  expect(Math.abs(actual - expected), `${label}: got ${actual}, R ${expected}`).toBeLessThanOrEqual(tol + (expected === 0 ? 1e-12 : 0));
}

const cases = loadCases();

describe('agreement with R survey 4.1.1 (test/fixtures/make-fixtures.R)', () => {
  for (const c of cases) {
    it(`${c.id}: ${c.design_call} ⟶ ${c.calls[0] ?? ''}`, () => {
      const table = loadTable(c.data);
      if (c.error) {
        let thrown: unknown;
        try {
          estimate(c, buildDesign(c.design, table, c.lonely_psu), table);
        } catch (err) {
          thrown = err;
        }
        expect(thrown, `R: ${c.error_detail}`).toBeInstanceOf(AnalysisError);
        const err = thrown as AnalysisError;
        expect(err.code).toBe(c.error);
        if (c.error === 'lonely-psu') {
          const stratum = /Stratum \(([^)]+)\)/.exec(c.error_detail ?? '')?.[1];
          expect(err.message).toContain(`"${stratum}"`);
        }
        if (c.error === 'missing-values') expect(err.message).toContain(`"${c.variable}"`);
        return;
      }
      const got = estimate(c, buildDesign(c.design, table, c.lonely_psu), table);
      const expected = c.results!;
      expect(got.map((g) => g.domain)).toEqual(expected.map((e) => (Array.isArray(e.domain) ? {} : e.domain)));
      got.forEach((g, k) => {
        const e = expected[k];
        const label = `${c.id} ${JSON.stringify(g.domain)}`;
        close(g.estimate, e.estimate, 1e-9, `${label} estimate`);
        close(g.se, e.se, 1e-9, `${label} se`);
        expect(g.df, `${label} df`).toBe(e.df);
        expect(g.n, `${label} n`).toBe(e.n);
        close(g.ciLow, e.ci_low, 1e-6, `${label} ci_low`);
        close(g.ciHigh, e.ci_high, 1e-6, `${label} ci_high`);
        // Where R has no interval the estimate says so (never a silent null), and only there.
        if (e.ci_low === null || e.ci_high === null) expect(g.flags, `${label} flags`).toContain('no-interval');
        else expect(g.flags, `${label} flags`).not.toContain('no-interval');
        if (e.deff !== undefined && c.estimator !== 'quantile') close(g.deff ?? NaN, e.deff, 1e-6, `${label} deff`);
      });
    });
  }
});
