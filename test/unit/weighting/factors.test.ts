// Nonresponse and within-household selection factors on hand-computed examples (the arithmetic is
// written beside each expectation), and the chain's bad-input errors with their stable codes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kishSelectionProbability, nonresponseAdjustment, readCsv, selectionFactor, weightSurvey, type CaseStatus, type WeightingPlan } from '../../../analysis';

describe('nonresponse adjustment with AAPOR e (hand-computed)', () => {
  // Class a: R 10 + 10, N 10, U 20, X 10.  e = (20 + 10) / (20 + 10 + 10) = 0.75;
  //          f = (20 + 10 + 0.75 · 20) / 20 = 45 / 20 = 2.25.
  // Class c: R 5 + 15, N 20, U 0, X 0.      e = 1; f = 40 / 20 = 2.
  const status: CaseStatus[] = ['R', 'R', 'N', 'U', 'X', 'R', 'R', 'N'];
  const d = Float64Array.from([10, 10, 10, 20, 10, 5, 15, 20]);
  const cls = ['a', 'a', 'a', 'a', 'a', 'c', 'c', 'c'];
  it('e and f by class; only respondents keep a factor', () => {
    const r = nonresponseAdjustment(status, d, cls);
    expect(r.classes.map((c) => [c.label, c.e, c.factor])).toEqual([['a', 0.75, 2.25], ['c', 1, 2]]);
    expect([...r.factors]).toEqual([2.25, 2.25, 0, 0, 0, 2, 2, 0]);
    // The respondents carry the estimated eligible weight: 20·2.25 = 20 + 10 + 15.
    expect(10 * 2.25 + 10 * 2.25).toBe(20 + 10 + 0.75 * 20);
  });
  it('one e for all classes: e = (40 + 30) / (40 + 30 + 10) = 0.875; f_a = (30 + 0.875 · 20) / 20 = 2.375', () => {
    const r = nonresponseAdjustment(status, d, cls, { eligibility: 'overall' });
    expect(r.classes[0].e).toBe(0.875);
    expect(r.classes[0].factor).toBeCloseTo(2.375, 15);
  });
  it('a class without respondents is collapsed into the next class in label order (the last into the one before)', () => {
    const s: CaseStatus[] = [...status, 'N', 'U'];
    const w = Float64Array.from([...d, 8, 4]);
    const r = nonresponseAdjustment(s, w, [...cls.slice(0, 5), 'd', 'd', 'd', 'b', 'b']);
    // Classes in label order a, b, d; b (no respondent) goes into the next, d.
    // b+d: R 5 + 15 = 20, N 20 + 8 = 28, U 4, X 0 → e = 1, f = (20 + 28 + 4) / 20 = 2.6.
    expect(r.collapsed).toEqual([{ from: 'b', into: 'd', respondents: 0 }]);
    expect(r.classes.map((c) => c.label)).toEqual(['a', 'b+d']);
    expect(r.classes[1].factor).toBeCloseTo(2.6, 15);
    expect(() => nonresponseAdjustment(s, w, [...cls.slice(0, 5), 'd', 'd', 'd', 'b', 'b'], { collapse: 'error' }))
      .toThrow(expect.objectContaining({ code: 'no-respondents', message: expect.stringContaining('"b" has 0 respondents') }));
  });
});

describe('within-household selection factor (hand-computed from the Kish tables)', () => {
  it('one adult: 1; last birthday: k', () => {
    expect(selectionFactor('x', 1, 1, 1)).toBe(1);
    expect(selectionFactor('x', 1, NaN, NaN)).toBe(1);
    expect(selectionFactor('x', 3, 2, NaN)).toBe(3);
  });
  it('Kish: 1/k for 2–4 and 6 adults; for 5 adults numbers 3 and 5 have 1/4 (C + E1, E2 + F), the others 1/6; beyond 6, 6', () => {
    expect(selectionFactor('x', 4, 1, 2)).toBeCloseTo(4, 12); // B2 1/12 + C 1/6
    expect(selectionFactor('x', 5, 1, 3)).toBeCloseTo(4, 12); // C 1/6 + E1 1/12
    expect(selectionFactor('x', 5, 1, 5)).toBeCloseTo(4, 12); // E2 1/12 + F 1/6
    expect(selectionFactor('x', 5, 1, 4)).toBeCloseTo(6, 12); // D 1/6
    expect(selectionFactor('x', 5, 1, 2)).toBeCloseTo(6, 12); // B1 + B2
    expect(selectionFactor('x', 8, 1, 6)).toBeCloseTo(6, 12); // F only
    for (const k of [2, 3, 4, 6]) {
      let total = 0;
      for (let m = 1; m <= k; m++) { total += kishSelectionProbability(k, m); expect(kishSelectionProbability(k, m)).toBeCloseTo(1 / k, 12); }
      expect(total).toBeCloseTo(1, 12);
    }
  });
  it('what is missing is missing-selection, naming the case', () => {
    expect(() => selectionFactor('EA1-004', NaN, 1, 1)).toThrow(expect.objectContaining({ code: 'missing-selection', message: expect.stringContaining('case EA1-004') }));
    expect(() => selectionFactor('EA1-004', 3, 1, NaN)).toThrow(expect.objectContaining({ code: 'missing-selection' }));
    expect(() => selectionFactor('EA1-004', 3, NaN, NaN)).toThrow(expect.objectContaining({ code: 'missing-selection' }));
    expect(() => selectionFactor('EA1-004', 3, 1, 7)).toThrow(expect.objectContaining({ code: 'missing-selection' }));
  });
});

describe('bad input to the weighting chain', () => {
  const dir = 'test/fixtures/weighting';
  const text = (f: string): string => readFileSync(`${dir}/${f}`, 'utf8');
  const table = (s: string) => readCsv(new TextEncoder().encode(s));
  const plan: WeightingPlan = { questionnaire: 'victimization', derive: { age_group: { from: 'age', breaks: [18, 30, 45, 65] } }, calibration: { margins: ['region', 'sex', 'age_group'] } };
  const run = (over: { sample?: string; data?: string; margins?: string; plan?: WeightingPlan }) => () => weightSurvey({
    sample: table(over.sample ?? text('sample.csv')), data: table(over.data ?? text('export.csv')),
    population: table(over.margins ?? text('margins.csv')), plan: over.plan ?? plan,
  });
  it('a sampled case missing from the export: case-missing-from-export', () => {
    const data = text('export.csv').split('\n').filter((l) => !l.includes(',B2-004,')).join('\n');
    expect(run({ data })).toThrow(expect.objectContaining({ code: 'case-missing-from-export', message: expect.stringContaining('B2-004') }));
  });
  it('an export of another questionnaire: wrong-questionnaire', () => {
    expect(run({ data: text('export.csv').replace(/,victimization,/g, ',corruption,') }))
      .toThrow(expect.objectContaining({ code: 'wrong-questionnaire', message: 'the export is from questionnaire "corruption" but the weighting plan is for "victimization"' }));
    const noSelection = text('export.csv').replace('hh_eligible', 'hh_size');
    expect(run({ data: noSelection, plan: { ...plan, questionnaire: undefined } })).toThrow(expect.objectContaining({ code: 'wrong-questionnaire' }));
  });
  it('margins whose totals disagree: margins-disagree', () => {
    expect(run({ margins: text('margins.csv').replace('sex,2,15500', 'sex,2,15000') }))
      .toThrow(expect.objectContaining({ code: 'margins-disagree', message: expect.stringContaining('region adds up to 30000 but sex to 29500') }));
  });
  it('raking that does not converge names the iterations: raking-not-converged', () => {
    expect(run({ plan: { ...plan, calibration: { margins: ['region', 'sex', 'age_group'], maxit: 2, epsilon: 1e-12 } } }))
      .toThrow(expect.objectContaining({ code: 'raking-not-converged', message: expect.stringContaining('did not converge in 2 iterations') }));
  });
  it('two interviews for one case: duplicate-case', () => {
    const lines = text('export.csv').trim().split('\n');
    const dup = lines.find((l) => l.includes(',1.1,'))!;
    expect(run({ data: [...lines, dup.replace(/^i\d+/, 'i999')].join('\n') + '\n' })).toThrow(expect.objectContaining({ code: 'duplicate-case' }));
  });
});
