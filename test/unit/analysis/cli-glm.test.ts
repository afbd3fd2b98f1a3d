// `analyze glm` (R svyglm + regTermTest through the command's options) and the model's refusals.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGlm } from '../../../analysis/cli/glm';
import { AnalysisError, categoryValues, linearizationDesign, numericValues, svyGlm, readCsv } from '../../../analysis';
import { fixtureDir } from './fixtures';

interface GlmCase { id: string; call: string; df: number; coefficients: { name: string; estimate: number; se: number; p_value: number }[]; tests: { term: string; F: number; p_value: number }[] }
const cases = new Map((JSON.parse(readFileSync(join(fixtureDir, 'glm.json'), 'utf8')) as { cases: GlmCase[] }).cases.map((c) => [c.id, c]));
const data = (name: string) => join(fixtureDir, `${name}.csv`);
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.abs(b));

interface Out { model: { family: string; df: number; n: number; references: Record<string, string>; flags: string[] }; coefficients: { name: string; estimate: number; se: number; p_value: number }[]; tests: { name: string; statistic: number; p_value: number }[] }

describe('analyze glm', () => {
  it(`--response api00 --terms api99,stype --factors stype --reference stype=H: ${cases.get('clus1-gaussian-api00-api99-stype-refH')!.call}`, async () => {
    const r = cases.get('clus1-gaussian-api00-api99-stype-refH')!;
    const out = JSON.parse(await runGlm({ data: data('apiclus1'), weight: 'pw', psu: 'dnum', fpc: 'fpc', response: 'api00', terms: 'api99,stype', factors: 'stype', reference: 'stype=H' })) as Out;
    expect(out.model.df).toBe(r.df);
    expect(out.model.references).toEqual({ stype: 'H' });
    expect(out.coefficients.map((c) => c.name)).toEqual(r.coefficients.map((c) => c.name));
    out.coefficients.forEach((c, k) => { near(c.estimate, r.coefficients[k].estimate); near(c.se, r.coefficients[k].se); near(c.p_value, r.coefficients[k].p_value); });
    expect(out.tests.map((t) => t.name)).toEqual(['stype']);
    near(out.tests[0].statistic, r.tests[0].F);
    near(out.tests[0].p_value, r.tests[0].p_value);
  });
  it(`--family quasibinomial on a JK1 design: ${cases.get('jk1-logistic-yes-meals-stype')!.call}`, async () => {
    const r = cases.get('jk1-logistic-yes-meals-stype')!;
    const out = JSON.parse(await runGlm({
      data: data('apiclus1_jk1'), weight: 'pw', replicateWeights: '^repw[0-9]+$', replicateType: 'JK1', response: 'yes', terms: ['meals', 'stype'], factors: 'stype', family: 'quasibinomial',
    })) as Out;
    out.coefficients.forEach((c, k) => { near(c.estimate, r.coefficients[k].estimate); near(c.se, r.coefficients[k].se); });
    near(out.tests[0].statistic, r.tests[0].F);
  });
  it('a design.json, --missing exclude and CSV output (one row per coefficient and test)', async () => {
    const r = cases.get('simok-gaussian-y-x-region-sex-exclude')!;
    const dir = mkdtempSync(join(tmpdir(), 'glm-'));
    writeFileSync(join(dir, 'design.json'), JSON.stringify({ weight: 'wt', strata: 'stratum', psu: 'psu', fpc: 'frac', nest: true }));
    const csv = await runGlm({ data: data('sim_ok'), design: join(dir, 'design.json'), response: 'y', terms: 'x,region,sex', factors: 'region,sex', test: 'region', missing: 'exclude', format: 'csv' });
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('kind,name,term,level,estimate,se,statistic,ndf,ddf,p_value,ci_low,ci_high');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([...r.coefficients.map((c) => `coefficient,${c.name}`), 'wald-test,region']);
    lines.slice(1, 1 + r.coefficients.length).forEach((l, k) => { near(Number(l.split(',')[4]), r.coefficients[k].estimate); near(Number(l.split(',')[5]), r.coefficients[k].se); });
    expect(await runGlm({ data: data('sim_ok'), design: join(dir, 'design.json'), response: 'y', terms: 'x', missing: 'exclude', format: 'table' })).toMatch(/^gaussian model of y: n = 192, residual df = \d+/);
  });
  it('refuses what it cannot fit, with a clear message', async () => {
    const clus1 = { data: data('apiclus1'), weight: 'pw', psu: 'dnum', fpc: 'fpc' };
    await expect(runGlm({ ...clus1, terms: 'api99' })).rejects.toThrow(/--response/);
    await expect(runGlm({ ...clus1, response: 'api00' })).rejects.toThrow(/--terms/);
    await expect(runGlm({ ...clus1, response: 'api00', terms: 'api99', factors: 'stype' })).rejects.toThrow(/--factors names "stype", which is not among --terms/);
    await expect(runGlm({ ...clus1, response: 'api00', terms: 'stype', factors: 'stype', reference: 'stype=Q' })).rejects.toThrow(/reference level "Q" of factor "stype" does not occur \(levels: E, H, M\)/);
    await expect(runGlm({ ...clus1, response: 'api00', terms: 'api99', reference: 'stype' })).rejects.toThrow(/FACTOR=LEVEL/);
    await expect(runGlm({ ...clus1, response: 'api00', terms: 'api99', family: 'quasibinomial' })).rejects.toThrow(/response between 0 and 1/);
    await expect(runGlm({ ...clus1, response: 'api00', terms: 'acs.k3' })).rejects.toThrow(/column "acs.k3" has \d+ missing values \(use --missing exclude/);
    await expect(runGlm({ ...clus1, response: 'api00', terms: 'api99', test: 'meals' })).rejects.toThrow(/--test names "meals"/);
    await expect(runGlm({ ...clus1, response: 'api00', terms: 'api99', level: '2' })).rejects.toThrow(AnalysisError);
  });
  it('a collinear term and a one-level factor are errors naming them (R would give NA)', () => {
    const t = readCsv(readFileSync(data('apiclus1')));
    const design = linearizationDesign({ weights: numericValues(t, 'pw'), psu: categoryValues(t, 'dnum') });
    const api99 = numericValues(t, 'api99');
    const twice = Float64Array.from(api99, (v) => 2 * v);
    expect(() => svyGlm(design, { name: 'api00', values: numericValues(t, 'api00') }, [
      { kind: 'numeric', name: 'api99', values: api99 }, { kind: 'numeric', name: 'double', values: twice },
    ])).toThrow(/coefficient "double" cannot be estimated/);
    const one = { codes: new Int32Array(t.rowCount), levels: ['only'] };
    expect(() => svyGlm(design, { name: 'api00', values: numericValues(t, 'api00') }, [{ kind: 'factor', name: 'f', values: one }])).toThrow(/factor "f" takes only the value "only"/);
  });
  it('flags perfect separation as R warns (fitted probabilities 0 or 1)', () => {
    const n = 40;
    const x = Float64Array.from({ length: n }, (_, i) => i);
    const y = Float64Array.from(x, (v) => (v < 20 ? 0 : 1));
    const design = linearizationDesign({ weights: new Float64Array(n).fill(1) });
    const fit = svyGlm(design, { name: 'y', values: y }, [{ kind: 'numeric', name: 'x', values: x }], { family: 'quasibinomial' });
    expect(fit.flags).toContain('fitted-0-or-1');
  });
});
