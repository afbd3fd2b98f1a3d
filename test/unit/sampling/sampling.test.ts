// Inclusion probabilities against R `sampling::inclusionprobabilities` (fixture made by
// test/fixtures/sampling/make-sampling-fixtures.R; each test names its R call), selection
// frequencies of the two-stage draw over many seeds against those probabilities, allocation
// rules and the plan's errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AnalysisError, allocate, drawTwoStageSample, inclusionProbabilities, largestRemainder, parseSamplingPlan, readCsv,
  sampleFileCsv, assignmentsCsv, simpleRandom, KISH_TABLE_SHARES, systematicEqual, systematicPps, type SamplingPlan,
} from '../../../analysis';

interface InclusionCase { name: string; call: string; a: number[]; n: number; pik: number[] }
const cases = JSON.parse(readFileSync('test/fixtures/sampling/inclusion-probabilities.json', 'utf8')) as InclusionCase[];

describe('inclusion probabilities agree with R sampling::inclusionprobabilities', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.call}`, () => {
      const pik = inclusionProbabilities(c.a, c.n);
      expect(pik.length).toBe(c.pik.length);
      pik.forEach((p, k) => expect(Math.abs(p - c.pik[k])).toBeLessThanOrEqual(1e-12 * Math.max(1, c.pik[k])));
      expect(pik.reduce((a, b) => a + b, 0)).toBeCloseTo(c.n, 9);
    });
  }
  it('the cascade case really takes several units with certainty (the fixture exercises the iteration)', () => {
    const c = cases.find((x) => x.name === 'cascade of certainty')!;
    expect(c.pik.filter((p) => p === 1).length).toBeGreaterThanOrEqual(2);
  });
});

/** A frame: strata × areas of varying size, one row per listed household. */
function frameCsv(): string {
  const lines = ['household_id,stratum,ea,ea_size,region,urban'];
  const areas: { stratum: string; ea: string; size: number; listed: number }[] = [
    { stratum: 'north', ea: 'N1', size: 30, listed: 28 }, { stratum: 'north', ea: 'N2', size: 60, listed: 61 },
    { stratum: 'north', ea: 'N3', size: 90, listed: 85 }, { stratum: 'north', ea: 'N4', size: 400, listed: 390 },
    { stratum: 'north', ea: 'N5', size: 20, listed: 22 }, { stratum: 'north', ea: 'N6', size: 50, listed: 49 },
    { stratum: 'south', ea: 'S1', size: 70, listed: 70 }, { stratum: 'south', ea: 'S2', size: 40, listed: 44 },
    { stratum: 'south', ea: 'S3', size: 55, listed: 50 }, { stratum: 'south', ea: 'S4', size: 35, listed: 6 },
  ];
  for (const a of areas) for (let k = 1; k <= a.listed; k++) lines.push(`${a.ea}-${k},${a.stratum},${a.ea},${a.size},${a.stratum},${a.stratum === 'north' ? 1 : 2}`);
  return lines.join('\n') + '\n';
}
const frame = readCsv(new TextEncoder().encode(frameCsv()));
const plan = (over: Partial<SamplingPlan> = {}): SamplingPlan => parseSamplingPlan({
  frame: { stratum: 'stratum', psu: 'ea', size: 'ea_size' },
  psus: { allocation: 'given', given: { north: 3, south: 2 } },
  households: { perPsu: 8, method: 'systematic' },
  interviewers: { list: ['ana', 'besa', 'cvetko'] },
  prefill: ['region', 'urban'],
  ...over,
});

describe('the two-stage draw', () => {
  it('is reproducible from the seed and writes π = π1·π2 and d = 1/π', () => {
    const a = drawTwoStageSample(frame, plan(), { seed: 7 });
    const b = drawTwoStageSample(frame, plan(), { seed: 7 });
    expect(sampleFileCsv(a, frame)).toBe(sampleFileCsv(b, frame));
    expect(sampleFileCsv(drawTwoStageSample(frame, plan(), { seed: 8 }), frame)).not.toBe(sampleFileCsv(a, frame));
    // The 400-household area is larger than the north interval (760/3): certainty.
    expect(a.strata[0].selected).toContain('N4');
    expect(a.strata[0].psus.find((p) => p.psu === 'N4')!.pi1).toBe(1);
    for (const h of a.households) {
      expect(h.pi).toBeCloseTo(h.pi1 * h.pi2, 15);
      expect(h.baseWeight).toBeCloseTo(1 / h.pi, 9);
    }
    // S4 lists 6 households < 8: all are taken (π2 = 1).
    const s4 = a.households.filter((h) => h.psu === 'S4');
    if (s4.length > 0) { expect(s4.length).toBe(6); expect(s4[0].pi2).toBe(1); }
    expect(a.households.length).toBe(new Set(a.households.map((h) => h.caseId)).size);
  });

  it('writes the supervision desk\'s assignment format: interviewer, case_id, prefill; one interviewer per area, round-robin', () => {
    const s = drawTwoStageSample(frame, plan(), { seed: 3 });
    const text = assignmentsCsv(s, frame, ['region', 'urban']);
    const rows = text.trim().split('\n');
    expect(rows[0]).toBe('interviewer,case_id,region,urban');
    expect(rows.length - 1).toBe(s.households.length);
    const byArea = new Map<string, Set<string>>();
    for (const h of s.households) byArea.set(h.psu, (byArea.get(h.psu) ?? new Set()).add(h.interviewer));
    for (const set of byArea.values()) expect(set.size).toBe(1);
    const order = [...new Set(s.households.map((h) => h.psu))].map((p) => [...byArea.get(p)!][0]);
    expect(order.slice(0, 3)).toEqual(['ana', 'besa', 'cvetko']);
  });

  it('Kish tables on request: drawn after the selection (the sample is the same) in Kish\'s shares, prefilled as sel_kish_table', () => {
    const without = drawTwoStageSample(frame, plan(), { seed: 11 });
    const withTables = drawTwoStageSample(frame, plan({ households: { perPsu: 8, kishTables: true } }), { seed: 11 });
    expect(withTables.households.map((h) => h.caseId)).toEqual(without.households.map((h) => h.caseId));
    expect(assignmentsCsv(withTables, frame, ['region']).split('\n')[0]).toBe('interviewer,case_id,region,sel_kish_table');
    const counts = new Map<string, number>();
    let total = 0;
    for (let s = 0; s < 300; s++) {
      for (const h of drawTwoStageSample(frame, plan({ households: { perPsu: 8, kishTables: true } }), { seed: s }).households) {
        counts.set(h.kishTable!, (counts.get(h.kishTable!) ?? 0) + 1);
        total++;
      }
    }
    for (const [table, share] of Object.entries(KISH_TABLE_SHARES)) {
      const se = Math.sqrt((share * (1 - share)) / total);
      expect(Math.abs((counts.get(table) ?? 0) / total - share), table).toBeLessThan(4.5 * se);
    }
  });

  it('selects areas and households with the stated probabilities (empirical frequencies over 4000 seeds)', () => {
    const runs = 4000;
    const areaHits = new Map<string, number>();
    const hhHits = new Map<string, number>();
    const srs = plan({ households: { perPsu: 8, method: 'srs' } });
    let expected: Map<string, number> | undefined;
    const expectedHh = new Map<string, number>();
    for (let s = 0; s < runs; s++) {
      const d = drawTwoStageSample(frame, s % 2 === 0 ? plan() : srs, { seed: 1000 + s });
      expected ??= new Map(d.strata.flatMap((st) => st.psus.map((p) => [p.psu, p.pi1] as const)));
      for (const st of d.strata) for (const p of st.selected) areaHits.set(p, (areaHits.get(p) ?? 0) + 1);
      for (const h of d.households) {
        hhHits.set(h.caseId, (hhHits.get(h.caseId) ?? 0) + 1);
        expectedHh.set(h.caseId, h.pi);
      }
      for (const st of d.strata) expect(st.selected.length).toBe(st.allocated);
    }
    for (const [psu, pi] of expected!) {
      const f = (areaHits.get(psu) ?? 0) / runs;
      const se = Math.sqrt((pi * (1 - pi)) / runs);
      expect(Math.abs(f - pi), `area ${psu}: frequency ${f} vs π ${pi}`).toBeLessThanOrEqual(4.5 * se + 1e-12);
    }
    // Households: π = π1·m/M; check each of a few areas' households pooled (their π are equal).
    for (const psu of ['N1', 'N2', 'S3']) {
      const ids = [...expectedHh.keys()].filter((id) => id.startsWith(`${psu}-`));
      const pi = expectedHh.get(ids[0])!;
      const listed = frameCsv().split('\n').filter((l) => l.startsWith(`${psu}-`)).length;
      expect(ids.length).toBe(listed);
      const hits = ids.reduce((a, id) => a + (hhHits.get(id) ?? 0), 0);
      const f = hits / (runs * listed);
      const se = Math.sqrt((pi * (1 - pi)) / (runs * listed));
      expect(Math.abs(f - pi), `households of ${psu}`).toBeLessThanOrEqual(6 * se);
    }
  });

  it('systematic PPS takes exactly round(Σπ) units and every certainty unit', () => {
    const pik = inclusionProbabilities([5, 10, 400, 20, 30, 35], 3);
    for (const u of [0, 0.1, 0.5, 0.9, 0.999]) {
      const s = systematicPps(pik, u);
      expect(s.length).toBe(3);
      expect(s).toContain(2);
    }
    expect(systematicEqual(10, 3, 0.5).length).toBe(3);
    expect(new Set(simpleRandom(10, 4, Math.random)).size).toBe(4);
  });
});

describe('allocation', () => {
  const strata = [{ label: 'a', psuCount: 40, size: 1000 }, { label: 'b', psuCount: 40, size: 3000 }, { label: 'c', psuCount: 40, size: 6000 }];
  it('proportional: minimum 2 each, the rest by largest remainders; Σ = total', () => {
    const n = allocate(strata, { allocation: 'proportional', total: 20 });
    // 14 left after minimums: 1.4, 4.2, 8.4 → 1, 4, 8 + one to the largest remainder (a: .4 vs c: .4 — first wins)
    expect(n).toEqual([4, 6, 10]);
  });
  it('neyman: n_h ∝ N_h S_h', () => {
    expect(allocate(strata, { allocation: 'neyman', total: 26, minimum: 2, sd: { a: 3, b: 1, c: 1 } })).toEqual([2 + 5, 2 + 5, 2 + 10]);
  });
  it('equal', () => expect(allocate(strata, { allocation: 'equal', total: 9 })).toEqual([3, 3, 3]));
  it('largest remainder keeps the total', () => expect(largestRemainder([1, 1, 1], 10).reduce((a, b) => a + b, 0)).toBe(10));
  it('an allocation larger than the stratum is allocation-exceeds-stratum', () => {
    expect(() => drawTwoStageSample(frame, plan({ psus: { allocation: 'given', given: { north: 3, south: 5 } } }), { seed: 1 }))
      .toThrow(expect.objectContaining({ code: 'allocation-exceeds-stratum', message: expect.stringContaining('stratum "south": 5 areas allocated but the frame lists only 4') }));
  });
});

describe('bad plans and frames', () => {
  it('a frame without the measure of size is no-measure-of-size', () => {
    expect(() => drawTwoStageSample(frame, plan({ frame: { stratum: 'stratum', psu: 'ea', size: 'mos' } }), { seed: 1 }))
      .toThrow(expect.objectContaining({ code: 'no-measure-of-size' }));
    const blank = readCsv(new TextEncoder().encode('stratum,ea,ea_size\nn,A,\nn,B,3\n'));
    expect(() => drawTwoStageSample(blank, plan({ psus: { allocation: 'equal', total: 1, minimum: 1 } }), { seed: 1 }))
      .toThrow(expect.objectContaining({ code: 'no-measure-of-size', message: expect.stringContaining('row 2') }));
  });
  it('an unknown key is bad-plan with did-you-mean', () => {
    try {
      parseSamplingPlan({ frame: { stratum: 's', psu: 'p', size: 'm' }, psus: { allocation: 'equal', total: 4 }, households: { perPsu: 3, metod: 'srs' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AnalysisError);
      expect((e as AnalysisError).message).toBe('plan: households: unknown key "metod" (did you mean "method"?)');
    }
  });
  it('a Neyman plan without S_h is bad-plan', () => {
    expect(() => parseSamplingPlan({ frame: { stratum: 's', psu: 'p', size: 'm' }, psus: { allocation: 'neyman', total: 4 }, households: { perPsu: 3 } }))
      .toThrow(/psus.sd/);
  });
});
