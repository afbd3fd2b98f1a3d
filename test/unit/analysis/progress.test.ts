// Progress over time with AAPOR rates (issue 14, item 3), on eight hand-made cases whose every
// figure is counted here by hand and every rate computed from the AAPOR Standard Definitions
// (10th ed., 2023) formulas written beside it, never from the product's own functions.
import { describe, expect, it } from 'vitest';
import { isoWeek, localDate, progressOverTime, type CaseHistory } from '../../../analysis/response-rates';

// Region N (ana): c1 complete, c2 refusal, c3 non-contact closed at 23:30 UTC (00:30 next day in
// Skopje, UTC+1 in December), c4 still open. Region S (bo): c5 not eligible, c6 unknown if
// household, c7 partial, c8 a complete interview without an assignment.
const cases: CaseHistory[] = [
  { caseId: 'c1', interviewer: 'ana', region: 'N', assignedAt: '2026-11-30T08:00:00Z', firstAttemptAt: '2026-11-30T10:00:00Z', closedAt: '2026-11-30T10:40:00Z', disposition: '1.1' },
  { caseId: 'c2', interviewer: 'ana', region: 'N', assignedAt: '2026-11-30T08:00:00Z', firstAttemptAt: '2026-11-30T12:00:00Z', closedAt: '2026-12-01T09:00:00Z', disposition: '2.11' },
  { caseId: 'c3', interviewer: 'ana', region: 'N', assignedAt: '2026-11-30T08:00:00Z', firstAttemptAt: '2026-12-01T23:30:00Z', closedAt: '2026-12-01T23:30:00Z', disposition: '2.21' },
  { caseId: 'c4', interviewer: 'ana', region: 'N', assignedAt: '2026-11-30T08:00:00Z' },
  { caseId: 'c5', interviewer: 'bo', region: 'S', assignedAt: '2026-11-30T08:00:00Z', firstAttemptAt: '2026-12-01T10:00:00Z', closedAt: '2026-12-01T10:00:00Z', disposition: '4.6' },
  { caseId: 'c6', interviewer: 'bo', region: 'S', assignedAt: '2026-12-01T08:00:00Z', firstAttemptAt: '2026-12-01T11:00:00Z', closedAt: '2026-12-02T11:00:00Z', disposition: '3.11' },
  { caseId: 'c7', interviewer: 'bo', region: 'S', assignedAt: '2026-12-01T08:00:00Z', firstAttemptAt: '2026-12-02T09:00:00Z', closedAt: '2026-12-02T09:30:00Z', disposition: '1.2' },
  { caseId: 'c8', interviewer: 'bo', region: 'S', firstAttemptAt: '2026-12-02T15:00:00Z', closedAt: '2026-12-02T15:40:00Z', disposition: '1.1' },
];
const tz = 'Europe/Skopje';

describe('progress over time', () => {
  it('counts each event in its local day: assigned, attempted, completed, closed', () => {
    const [all] = progressOverTime(cases, { period: 'day', timeZone: tz });
    expect(all?.group).toBe('');
    expect(all?.rows.map((r) => r.period)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    // 11-30: c1–c5 assigned; c1, c2 attempted; c1 closed complete.
    // 12-01: c6, c7 assigned; c5, c6 attempted; c2 (R), c5 (NE) closed.
    // 12-02: c8 (no assignment: counts from its first attempt); c3 (00:30 local), c7, c8 attempted; c3, c6, c7, c8 closed.
    expect(all?.rows.map((r) => r.counts)).toEqual([
      { assigned: 5, attempted: 2, completed: 1, closed: 1 },
      { assigned: 2, attempted: 2, completed: 0, closed: 2 },
      { assigned: 1, attempted: 3, completed: 1, closed: 4 },
    ]);
    expect(all?.rows.map((r) => r.cumulative)).toEqual([
      { assigned: 5, attempted: 2, completed: 1, closed: 1 },
      { assigned: 7, attempted: 4, completed: 1, closed: 3 },
      { assigned: 8, attempted: 7, completed: 2, closed: 7 },
    ]);
    expect(all?.rows[2]?.closedBy).toEqual({ I: 1, P: 1, R: 0, NC: 1, O: 0, UH: 1, UO: 0, NE: 0 });
    expect(all?.rows[2]?.cumulativeClosedBy).toEqual({ I: 2, P: 1, R: 1, NC: 1, O: 0, UH: 1, UO: 0, NE: 1 });
  });

  it('in UTC the non-contact closed at 23:30 falls on the day before', () => {
    const [all] = progressOverTime(cases, { period: 'day' });
    expect(all?.rows[1]?.counts).toEqual({ assigned: 2, attempted: 3, completed: 0, closed: 3 });
  });

  it('rates of the cases closed so far, by the AAPOR formulas, with the known-eligibility e stated', () => {
    const [all] = progressOverTime(cases, { period: 'day', timeZone: tz });
    const end = all?.rows[2];
    // I=2 P=1 R=1 NC=1 O=0 UH=1 UO=0 NE=1.
    // e = (I+P+R+NC+O) / (I+P+R+NC+O+NE) = 5/6
    expect(end?.e).toBeCloseTo(5 / 6, 12);
    const e = 5 / 6;
    const expected = {
      RR1: 2 / (3 + 2 + 1), //               I / ((I+P) + (R+NC+O) + (UH+UO))
      RR2: 3 / (3 + 2 + 1), //           (I+P) / ((I+P) + (R+NC+O) + (UH+UO))
      RR3: 2 / (3 + 2 + e * 1), //           I / ((I+P) + (R+NC+O) + e(UH+UO))
      RR4: 3 / (3 + 2 + e * 1), //       (I+P) / ((I+P) + (R+NC+O) + e(UH+UO))
      RR5: 2 / (3 + 2), //                   I / ((I+P) + (R+NC+O))
      RR6: 3 / (3 + 2), //               (I+P) / ((I+P) + (R+NC+O))
      COOP1: 2 / (3 + 1 + 0), //             I / ((I+P) + R + O)
      COOP2: 3 / (3 + 1 + 0), //         (I+P) / ((I+P) + R + O)
      COOP3: 2 / (3 + 1), //                 I / ((I+P) + R)
      COOP4: 3 / (3 + 1), //             (I+P) / ((I+P) + R)
      REF1: 1 / (3 + 2 + 1), //              R / ((I+P) + (R+NC+O) + (UH+UO))
      REF2: 1 / (3 + 2 + e * 1), //          R / ((I+P) + (R+NC+O) + e(UH+UO))
      REF3: 1 / (3 + 2), //                  R / ((I+P) + (R+NC+O))
      CON1: (3 + 1 + 0) / (3 + 1 + 0 + 1 + 1), //     ((I+P)+R+O) / ((I+P)+R+O+NC+(UH+UO))
      CON2: (3 + 1 + 0) / (3 + 1 + 0 + 1 + e * 1), // ((I+P)+R+O) / ((I+P)+R+O+NC+e(UH+UO))
      CON3: (3 + 1 + 0) / (3 + 1 + 0 + 1), //         ((I+P)+R+O) / ((I+P)+R+O+NC)
    };
    for (const [name, value] of Object.entries(expected)) expect(end?.rates[name as keyof typeof expected], name).toBeCloseTo(value, 12);
    // After the first day only c1 (I) is closed: e = 1/1, every response rate 1, refusals 0.
    expect(all?.rows[0]?.e).toBe(1);
    expect(all?.rows[0]?.rates.RR1).toBe(1);
    expect(all?.rows[0]?.rates.REF1).toBe(0);
    // After the second: I=1 R=1 NE=1 → e = 2/3, RR1 = 1/(1+1) = 0.5, CON1 = (1+1)/(1+1) = 1.
    expect(all?.rows[1]?.e).toBeCloseTo(2 / 3, 12);
    expect(all?.rows[1]?.rates.RR1).toBeCloseTo(0.5, 12);
    expect(all?.rows[1]?.rates.CON1).toBe(1);
  });

  it('a fixed e is used and stated as given', () => {
    const [all] = progressOverTime(cases, { period: 'day', timeZone: tz, eligibility: { rule: 'fixed', e: 0.5 } });
    const end = all?.rows[2];
    expect(end?.e).toBe(0.5);
    expect(end?.rates.RR3).toBeCloseTo(2 / (3 + 2 + 0.5 * 1), 12); // I / ((I+P) + (R+NC+O) + e(UH+UO))
    expect(end?.rates.CON2).toBeCloseTo(4 / (4 + 1 + 0.5 * 1), 12);
    expect(end?.rates.RR1).toBeCloseTo(2 / 6, 12); // RR1 does not use e
    expect(() => progressOverTime(cases, { period: 'day', eligibility: { rule: 'fixed', e: 1.2 } })).toThrow(/between 0 and 1/);
  });

  it('by region and by interviewer: one series per group over the same periods, each with its own e', () => {
    const byRegion = progressOverTime(cases, { period: 'day', by: 'region', timeZone: tz });
    expect(byRegion.map((s) => s.group)).toEqual(['', 'N', 'S']);
    const south = byRegion[2]?.rows;
    expect(south?.map((r) => r.period)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    // S: c5 assigned 11-30, c6 c7 12-01, c8 12-02; closed c5 (NE) 12-01, c6 c7 c8 12-02.
    expect(south?.map((r) => r.counts.assigned)).toEqual([1, 2, 1]);
    expect(south?.[2]?.cumulativeClosedBy).toEqual({ I: 1, P: 1, R: 0, NC: 0, O: 0, UH: 1, UO: 0, NE: 1 });
    // e = (I+P) / (I+P+NE) = 2/3;  RR3 = I / ((I+P) + e·UH) = 1 / (2 + 2/3)
    expect(south?.[2]?.e).toBeCloseTo(2 / 3, 12);
    expect(south?.[2]?.rates.RR3).toBeCloseTo(1 / (2 + 2 / 3), 12);
    // No case of S was closed on 11-30: every rate's denominator is 0.
    expect(south?.[0]?.rates.RR1).toBeNull();
    const byInterviewer = progressOverTime(cases, { period: 'day', by: 'interviewer', timeZone: tz });
    expect(byInterviewer.map((s) => s.group)).toEqual(['', 'ana', 'bo']);
    expect(byInterviewer[1]?.rows[2]?.cumulative).toEqual({ assigned: 4, attempted: 3, completed: 1, closed: 3 });
  });

  it('by ISO week, gaps filled so that a chart has no holes', () => {
    const [all] = progressOverTime(cases, { period: 'week', timeZone: tz });
    expect(all?.rows.map((r) => r.period)).toEqual(['2026-W49']);
    expect(all?.rows[0]?.counts).toEqual({ assigned: 8, attempted: 7, completed: 2, closed: 7 });
    const later: CaseHistory = { caseId: 'c9', interviewer: 'ana', region: 'N', assignedAt: '2026-12-16T08:00:00Z' };
    const [spread] = progressOverTime([...cases, later], { period: 'week', timeZone: tz });
    expect(spread?.rows.map((r) => r.period)).toEqual(['2026-W49', '2026-W50', '2026-W51']);
    expect(spread?.rows[1]?.counts).toEqual({ assigned: 0, attempted: 0, completed: 0, closed: 0 });
  });

  it('ISO 8601 weeks and local dates', () => {
    expect(isoWeek('2026-11-30')).toBe('2026-W49'); // a Monday
    expect(isoWeek('2026-12-31')).toBe('2026-W53'); // 2026 begins on a Thursday: 53 weeks
    expect(isoWeek('2027-01-03')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // the Monday of the week holding 2025's first Thursday
    expect(localDate('2026-12-01T23:30:00Z', 'Europe/Skopje')).toBe('2026-12-02');
    expect(localDate('2026-07-01T22:30:00Z', 'Europe/Tirane')).toBe('2026-07-02'); // UTC+2 in summer
  });

  it('refuses an unknown time zone and a span too long for its period', () => {
    expect(() => progressOverTime(cases, { period: 'day', timeZone: 'Mars/Olympus' })).toThrow(/not a time zone/);
    expect(() => progressOverTime(cases, { period: 'day', maxPeriods: 2 })).toThrow(/more than 2 days/);
    expect(progressOverTime([], { period: 'day' })).toEqual([{ group: '', rows: [] }]);
  });
});
