// Data-quality measures on hand-made field work; every expected value is worked out in the
// comment beside it from the definitions in docs/data-quality.md.
import { describe, expect, it } from 'vitest';
import {
  answerMatch, interviewerCorrelation, isOddHour, isStraightLined, localHour, qualityReport, screenerZ,
  DEFAULT_QUALITY_THRESHOLDS, type QualityInterview, type QualitySpec,
} from '../../../analysis/quality';

const spec: QualitySpec = {
  sections: [{ name: 'screeners', questions: ['s1', 's2'] }],
  grids: [{ name: 'trust', rows: ['r1', 'r2', 'r3', 'r4', 'r5'] }],
  screeners: [{ name: 's1', no: 2 }, { name: 's2', no: 2 }],
  nonresponse: { s1: [8, 9], s2: [8, 9] },
  prevalences: [{ id: 'any', anyOf: [{ variable: 's1', values: [1] }, { variable: 's2', values: [1] }] }],
};

function interview(id: string, interviewer: string, start: string, minutes: number, answers: Record<string, unknown>, disposition = '1.1'): QualityInterview {
  const startedAt = new Date(start).toISOString();
  return { instanceId: id, interviewer, disposition, startedAt, endedAt: new Date(Date.parse(startedAt) + minutes * 60_000).toISOString(), answers, questionTimes: { s1: 30_000, s2: 90_000 } };
}

describe('intra-interviewer correlation (ANOVA estimator)', () => {
  it('agrees with the hand computation', () => {
    // A = 1,1,1,0  B = 0,0,0,0  C = 1,0,1,0;  N = 12, k = 3, ȳ = 5/12.
    // SSB = 4(.75 − 5/12)² + 4(5/12)² + 4(.5 − 5/12)² = 7/6, MSB = 7/12.
    // SSW = (3·.25² + .75²) + 0 + 4·.5² = 1.75, MSW = 1.75 / 9 = 7/36.
    // m₀ = (12 − 48/12) / 2 = 4;  ρ = (7/12 − 7/36) / (7/12 + 3·7/36) = (14/36) / (42/36) = 1/3.
    // deff = 1 + (4 − 1)·(1/3) = 2.
    const r = interviewerCorrelation([[1, 1, 1, 0], [0, 0, 0, 0], [1, 0, 1, 0]]);
    expect(r.rho).toBeCloseTo(1 / 3, 12);
    expect(r.deff).toBeCloseTo(2, 12);
    expect(r.meanWorkload).toBe(4);
  });
  it('is null with one interviewer or a constant outcome', () => {
    expect(interviewerCorrelation([[1, 0, 1]]).rho).toBeNull();
    expect(interviewerCorrelation([[0, 0], [0, 0]]).rho).toBeNull();
  });
  it('is negative when interviewers are more alike than chance', () => {
    // Every interviewer 1,0: ȳ_i = ȳ, SSB = 0, so ρ = −MSW / ((m₀ − 1) MSW) = −1/(m₀ − 1) = −1.
    expect(interviewerCorrelation([[1, 0], [1, 0], [0, 1]]).rho).toBeCloseTo(-1, 12);
  });
});

describe('single measures', () => {
  it('straight-lining needs five answered rows with one value', () => {
    expect(isStraightLined({ r1: 3, r2: 3, r3: 3, r4: 3, r5: 3 }, spec.grids[0]!.rows, 5)).toBe(true);
    expect(isStraightLined({ r1: 3, r2: 3, r3: 3, r4: 3, r5: 2 }, spec.grids[0]!.rows, 5)).toBe(false);
    expect(isStraightLined({ r1: 3, r2: 3, r3: 3, r4: 3 }, spec.grids[0]!.rows, 5)).toBeNull();
  });
  it('odd hours wrap midnight, in the office time zone', () => {
    expect(isOddHour(23, 22, 7)).toBe(true);
    expect(isOddHour(6, 22, 7)).toBe(true);
    expect(isOddHour(7, 22, 7)).toBe(false);
    expect(isOddHour(21, 22, 7)).toBe(false);
    // 21:30 UTC in December is 22:30 in Belgrade (CET, UTC+1).
    expect(localHour('2026-12-01T21:30:00Z', 'Europe/Belgrade')).toBe(22);
  });
  it('percent match over the variables both answered', () => {
    // Common: a, b, c (d is empty in the second); agree on a and b → 2/3.
    expect(answerMatch({ a: 1, b: 2, c: 3, d: 4 }, { a: 1, b: 2, c: 9, d: '' }, 3)).toBeCloseTo(2 / 3, 12);
    expect(answerMatch({ a: 1 }, { a: 1 }, 3)).toBeNull();
  });
  it('screener z compares interview-level shares', () => {
    // mine: 1, 1, .5 (mean 5/6, s² = 1/12); rest: 0, .5, 0, .5 (mean 1/4, s² = 1/12).
    // z = (5/6 − 1/4) / √(1/36 + 1/48) = (7/12) / √(7/144) = 7/√7 = √7.
    expect(screenerZ([1, 1, 0.5], [0, 0.5, 0, 0.5])).toBeCloseTo(Math.sqrt(7), 12);
  });
});

describe('the report', () => {
  const day = '2026-11-10T09:00:00Z';
  const base = (s1: number, s2: number): Record<string, unknown> => ({ s1, s2, trust: { r1: 1, r2: 2, r3: 1, r4: 2, r5: 1 } });
  const interviews: QualityInterview[] = [
    // ana: durations 30, 40, 50 (median 40 overall median of completes 40, see below).
    interview('a1', 'ana', day, 30, base(1, 2)),
    interview('a2', 'ana', day, 40, base(2, 1)),
    interview('a3', 'ana', day, 50, base(2, 8)),
    // bo: one speeder (10 < 40/3 = 13.3), one straight-liner, one at 23:30 local (22:30 UTC).
    interview('b1', 'bo', day, 10, base(2, 2)),
    interview('b2', 'bo', day, 40, { s1: 2, s2: 2, trust: { r1: 4, r2: 4, r3: 4, r4: 4, r5: 4 } }),
    interview('b3', 'bo', '2026-11-10T22:30:00Z', 45, base(2, 9)),
    // A refusal: not complete, so neither the median nor the speeders count it.
    interview('b4', 'bo', day, 1, {}, '2.11'),
  ];

  it('flags the planted speeder, straight-liner and late interview, and nothing else of those kinds', () => {
    const report = qualityReport(interviews, spec, [], { ...DEFAULT_QUALITY_THRESHOLDS, duplicateMinCommon: 99 });
    // Completes: 30, 40, 50, 10, 40, 45 → median 40.
    expect(report.medianMinutes).toBe(40);
    const kinds = report.flags.map((f) => `${f.kind}:${f.instanceId ?? f.interviewer}`).sort();
    expect(kinds).toEqual(['odd-hours:b3', 'speeder:b1', 'straight-lining:b2']);
    const bo = report.byInterviewer.find((r) => r.interviewer === 'bo')!;
    // Screener answers of bo: (2,2) (2,2) (2,9) → 5 "no" of 6.
    expect(bo.screenerNo).toBeCloseTo(5 / 6, 12);
    // Item non-response of bo: 9 once among 6 answered s1/s2 values.
    expect(bo.itemNonresponse).toBeCloseTo(1 / 6, 12);
    // Grids judged: b1, b2, b3 (b4 has none) → 1 of 3 straight.
    expect(bo.straightLining).toBeCloseTo(1 / 3, 12);
    expect(bo.interviews).toBe(4);
    // Section "screeners": 30 s + 90 s = 2 minutes in every interview with question times.
    expect(bo.sectionMinutes.screeners).toBe(2);
    const ana = report.byInterviewer.find((r) => r.interviewer === 'ana')!;
    expect(ana.duration?.median).toBe(40);
  });

  it('finds exact duplicates across interviewers and near duplicates within one', () => {
    const answers = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`v${i}`, i % 3]));
    const near = { ...answers, v0: 9 }; // 19 of 20 agree: 0.95
    const report = qualityReport([
      interview('x1', 'ana', day, 40, answers),
      interview('x2', 'bo', day, 40, answers),
      interview('y1', 'cy', day, 40, answers),
      interview('y2', 'cy', day, 40, near),
    ], { ...spec, grids: [] });
    const dup = report.flags.filter((f) => f.kind === 'duplicate').map((f) => f.instanceId).sort();
    // x1, x2, y1 share identical content; y2 matches y1 on 19/20 = 0.95 within cy.
    expect(dup).toEqual(['x1', 'x2', 'y1', 'y2']);
  });

  // lazy: eight interviews all "no" (share 1, s² = 0); the others' shares 0, 1, .5, .5, .5, 1, 0, 1,
  // .5, .5, .5, 1 (mean 7/12, s² = (5.5 − 12·(7/12)²)/11 = 17/132): z = (5/12)/√(17/1584) ≈ 4.02,
  // above the cut for 4 interviewers compared, Φ⁻¹(1 − (1 − Φ(2.58))/4) = 3.026991642 (R:
  // qnorm(pnorm(-2.58)/4, lower.tail = FALSE)). The first version of this test had one "yes" in the
  // lazy interviewer's first interview: z ≈ 2.93, flagged by a single comparison's 2.58 only.
  it('flags an interviewer whose screeners are mostly "no", and cases closed as non-contact after too few visits', () => {
    const lazy = Array.from({ length: 8 }, (_, i) => interview(`l${i}`, 'lazy', day, 40, { s1: 2, s2: 2 }));
    const others = Array.from({ length: 12 }, (_, i) => interview(`o${i}`, `i${i % 3}`, day, 40, { s1: i % 2 === 0 ? 1 : 2, s2: i % 3 === 0 ? 1 : 2 }));
    const contacts = [
      { caseId: 'c1', interviewer: 'lazy', at: '2026-11-01T10:00:00Z', outcome: '2.23' },
      { caseId: 'c2', interviewer: 'i0', at: '2026-11-01T10:00:00Z', outcome: '2.23' },
      { caseId: 'c2', interviewer: 'i0', at: '2026-11-02T17:00:00Z', outcome: '2.23' },
      { caseId: 'c2', interviewer: 'i0', at: '2026-11-05T12:00:00Z', outcome: '2.23' },
    ];
    const report = qualityReport([...lazy, ...others], { ...spec, grids: [] }, contacts);
    const screener = report.flags.filter((f) => f.kind === 'screener-no').map((f) => f.interviewer);
    expect(screener).toEqual(['lazy']);
    const lazyFlag = report.flags.find((f) => f.kind === 'screener-no')!;
    expect(lazyFlag.detail.z).toBeCloseTo((5 / 12) / Math.sqrt(17 / 1584), 12);
    expect(lazyFlag.detail.cut).toBeCloseTo(3.026991642, 8);
    const few = report.flags.filter((f) => f.kind === 'few-contacts').map((f) => f.caseId);
    expect(few).toEqual(['c1']);
    expect(report.byInterviewer.find((r) => r.interviewer === 'i0')!.contactsPerCase).toBe(3);
    const effect = report.interviewerEffects[0]!;
    expect(effect.interviewers).toBe(4);
    expect(effect.n).toBe(20);
  });
});
