// Design-based regression against R survey 4.1.1: svyglm (gaussian and quasibinomial) with
// summary(), confint() and regTermTest(method = "Wald") on every kind of design the engine builds
// (glm.json, made by test/fixtures/make-glm-fixtures.R; each test is named with its R calls).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryValues, numericValues, regTermTest, svyGlm, type GlmFamily, type ModelTerm } from '../../../analysis';
import { buildDesign, fixtureDir, loadTable, type DesignSpec } from './fixtures';

interface GlmCase {
  id: string; design_call: string; design: DesignSpec; family: GlmFamily; response: string;
  terms: { name: string; kind: 'numeric' | 'factor'; reference?: string }[]; missing: 'fail' | 'exclude'; call: string;
  df: number; n: number;
  coefficients: { name: string; estimate: number; se: number; t: number; p_value: number; ci_low: number; ci_high: number }[];
  tests: { term: string; F: number; ndf: number; ddf: number; p_value: number; call: string }[];
}

const cases = (JSON.parse(readFileSync(join(fixtureDir, 'glm.json'), 'utf8')) as { cases: GlmCase[] }).cases;

function close(actual: number, expected: number, rel: number, label: string): void {
  expect(Math.abs(actual - expected), `${label}: got ${actual}, R ${expected}`).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('svyglm agrees with R (coefficients, SEs, t, p, intervals, residual df, regTermTest)', () => {
  it('has cases on linearization, two-stage, calibrated and every replicate design type', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.family))).toEqual(new Set(['gaussian', 'quasibinomial']));
    expect(new Set(cases.flatMap((c) => (c.design.replicate_type ? [c.design.replicate_type] : [])))).toEqual(new Set(['JK1', 'JKn', 'BRR', 'Fay', 'bootstrap']));
  });
  for (const c of cases) {
    it(`${c.id}: ${c.call}`, () => {
      const t = loadTable(c.design.data);
      const design = buildDesign(c.design, t);
      const terms: ModelTerm[] = c.terms.map((x) => x.kind === 'numeric'
        ? { kind: 'numeric', name: x.name, values: numericValues(t, x.name) }
        : { kind: 'factor', name: x.name, values: categoryValues(t, x.name), ...(x.reference ? { reference: x.reference } : {}) });
      const fit = svyGlm(design, { name: c.response, values: numericValues(t, c.response) }, terms, { family: c.family, missing: c.missing });
      expect(fit.df).toBe(c.df);
      expect(fit.n).toBe(c.n);
      expect(fit.converged).toBe(true);
      expect(fit.coefficients.map((k) => k.name)).toEqual(c.coefficients.map((k) => k.name));
      fit.coefficients.forEach((k, a) => {
        const r = c.coefficients[a];
        close(k.estimate, r.estimate, 1e-9, `${r.name} estimate`);
        close(k.se, r.se, 1e-9, `${r.name} se`);
        close(k.t, r.t, 1e-9, `${r.name} t`);
        close(k.pValue, r.p_value, 1e-9, `${r.name} p`);
        close(k.ciLow, r.ci_low, 1e-9, `${r.name} ci_low`);
        close(k.ciHigh, r.ci_high, 1e-9, `${r.name} ci_high`);
      });
      for (const test of c.tests) {
        const w = regTermTest(fit, test.term);
        close(w.F, test.F, 1e-9, `${test.call} F`);
        expect(w.ndf).toBe(test.ndf);
        expect(w.ddf).toBe(test.ddf);
        close(w.pValue, test.p_value, 1e-9, `${test.call} p`);
      }
    });
  }
});
