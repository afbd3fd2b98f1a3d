// Every number here was produced by R's survey package (test/fixtures/make-fixtures.R);
// each test's name carries the R calls that produced its expected values.
import { describe, expect, it } from 'vitest';
import {
  AnalysisError, asReplicateDesign, calibrate, categoryValues, designFromTable, domainsOf, modelMatrix, numericValues, parseDesignSpec, postStratify, rake,
  svyMean, svyProportion, svyQuantile, svyRatio, svyTotal, trimWeights,
  type DataTable, type DomainEstimate, type LinearizationDesign, type SurveyDesign,
} from '../../../analysis';
import { loadCases, loadTable, type FixtureCase } from './fixtures';

function buildDesign(c: FixtureCase, table: DataTable): SurveyDesign {
  const s = c.design;
  // The design as a design.json would describe it, through the one builder (design-build.ts).
  let design = designFromTable(table, parseDesignSpec({
    weight: s.weights,
    ...(s.strata ? { strata: s.strata } : {}), ...(s.psu ? { psu: s.psu } : {}), ...(s.fpc ? { fpc: s.fpc } : {}),
    nest: s.nest ?? false, lonelyPsu: c.lonely_psu,
    ...(s.replicate_weights ? {
      replicate: {
        columns: s.replicate_weights, type: s.replicate_type!,
        ...(s.rho !== undefined ? { rho: s.rho } : {}), ...(s.mse ? { mse: true } : {}), ...(s.rscales ? { rscales: s.rscales } : {}),
      },
    } : {}),
  }));
  const cal = s.calibration;
  if (cal && design.kind === 'replicate') {
    if (cal.kind === 'poststratify') design = postStratify(design, { ...categoryValues(table, cal.variables![0]) }, cal.population![0]);
    else if (cal.kind === 'rake') design = rake(design, cal.variables!.map((v) => categoryValues(table, v)), cal.population!);
  } else if (cal && design.kind === 'linearization') {
    if (cal.kind === 'poststratify') {
      design = postStratify(design, { ...categoryValues(table, cal.variables![0]) }, cal.population![0]);
    } else if (cal.kind === 'rake') {
      design = rake(design, cal.variables!.map((v) => categoryValues(table, v)), cal.population!);
    } else {
      const mm = modelMatrix(table.rowCount, cal.factors!.map((f) => ({ ...categoryValues(table, f), name: f })),
        cal.numeric!.map((x) => ({ name: x, values: numericValues(table, x) })));
      const t = cal.totals!;
      const totals = mm.names.map((name) => {
        if (name === '(Intercept)') return t.intercept;
        if (name in t.numeric) return t.numeric[name];
        for (const [f, levels] of Object.entries(t.factors)) if (name.startsWith(f) && name.slice(f.length) in levels) return levels[name.slice(f.length)];
        throw new Error(`no total for ${name}`);
      });
      design = calibrate(design, mm, totals);
    }
  }
  if (s.trim) design = trimWeights(design as LinearizationDesign, s.trim);
  if (s.convert) design = asReplicateDesign(design as LinearizationDesign, { type: s.convert.type, ...(s.convert.rho !== undefined ? { rho: s.convert.rho } : {}) });
  return design;
}

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
          estimate(c, buildDesign(c, table), table);
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
      const got = estimate(c, buildDesign(c, table), table);
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
        if (e.deff !== undefined && c.estimator !== 'quantile') close(g.deff ?? NaN, e.deff, 1e-6, `${label} deff`);
      });
    });
  }
});
