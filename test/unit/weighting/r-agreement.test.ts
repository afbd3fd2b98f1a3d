// The weighting chain against R: test/fixtures/weighting/make-weighting-fixtures.R computes the
// nonresponse and selection factors independently and calibrates with survey::rake (then
// trimWeights and rake again) and survey::calibrate(calfun = "linear") on the same inputs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDesigns, parseDesignSpec, parseWeightingPlan, readCsv, svyMean, numericValues, weightSurvey, weightedMicrodataCsv, type WeightingPlan } from '../../../analysis';

const dir = 'test/fixtures/weighting';
const load = (f: string) => readCsv(readFileSync(`${dir}/${f}`));
const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as {
  case_id: string[]; nonresponse: number[]; selection: number[]; prior: number[];
  rake: { weights: number[]; rounds: number; mean_y: number; se_y: number[][] };
  linear: { weights: number[]; mean_y: number; se_y: number[][] };
  jkn: { call: string; replicates: number; mean_y: number; se_y: number };
};
const base: WeightingPlan = {
  questionnaire: 'victimization',
  derive: { age_group: { from: 'age', breaks: [18, 30, 45, 65] } },
  calibration: { method: 'rake', margins: ['region', 'sex', 'age_group'], maxit: 50, epsilon: 1e-7 },
};
const run = (plan: WeightingPlan) => weightSurvey({ sample: load('sample.csv'), data: load('export.csv'), population: load('margins.csv'), plan });
const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

describe('weights agree with R survey on the same inputs', () => {
  it('nonresponse (AAPOR e by stratum) and within-household selection factors, as R computes them', () => {
    const r = run(base);
    expect([...r.units.caseId]).toEqual(expected.case_id);
    r.units.nonresponse.forEach((f, j) => expect(rel(f, expected.nonresponse[j])).toBeLessThan(1e-12));
    r.units.selection.forEach((f, j) => expect(rel(f, expected.selection[j])).toBeLessThan(1e-12));
  });

  it(`raking + trimming [0.3, 3] × mean + re-raking: ${'rake(design, list(~region, ~sex, ~age_group), pops, control = list(maxit = 50, epsilon = 1e-7)); trimWeights(strict = TRUE)'}`, () => {
    const r = run(parseWeightingPlan({ ...base, trimming: { lower: 0.3, upper: 3, rounds: 10 } }));
    expect(r.report.calibration?.rounds).toBe(expected.rake.rounds);
    r.units.weight.forEach((w, j) => expect(rel(w, expected.rake.weights[j]), r.units.caseId[j]).toBeLessThan(1e-9));
    // analyze indicators on the written pair: the mean and its SE with calibration residuals.
    const table = readCsv(new TextEncoder().encode(weightedMicrodataCsv(r, load('export.csv'))));
    const designs = buildDesigns(table, parseDesignSpec(r.design));
    const [m] = svyMean(designs.person, numericValues(table, 'y'));
    expect(rel(m.estimate, expected.rake.mean_y)).toBeLessThan(1e-9);
    expect(rel(m.se, expected.rake.se_y[0][0])).toBeLessThan(1e-9);
  });

  it("linear calibration: calibrate(design, ~region + sex + age_group, population, calfun = 'linear')", () => {
    const r = run({ ...base, calibration: { method: 'linear', margins: ['region', 'sex', 'age_group'] } });
    r.units.weight.forEach((w, j) => expect(rel(w, expected.linear.weights[j]), r.units.caseId[j]).toBeLessThan(1e-9));
    const y = numericValues(load('export.csv'), 'y');
    let num = 0, den = 0;
    r.units.weight.forEach((w, j) => { num += w * y[r.units.dataRow[j]]; den += w; });
    expect(rel(num / den, expected.linear.mean_y)).toBeLessThan(1e-9);
  });

  it(`replicate weights: ${expected.jkn.call}`, () => {
    const r = run({ ...base, replicates: { type: 'JKn' } });
    expect(r.units.replicates?.length).toBe(expected.jkn.replicates);
    const csv = weightedMicrodataCsv(r, load('export.csv'));
    expect(csv.split('\n')[0]).toContain('calibration_factor,repw_1,repw_2,');
    const table = readCsv(new TextEncoder().encode(csv));
    const spec = parseDesignSpec(r.design);
    expect(spec.replicate?.type).toBe('JKn');
    const [m] = svyMean(buildDesigns(table, spec).person, numericValues(table, 'y'));
    expect(rel(m.estimate, expected.jkn.mean_y)).toBeLessThan(1e-9);
    expect(rel(m.se, expected.jkn.se_y)).toBeLessThan(1e-9);
  });
});
