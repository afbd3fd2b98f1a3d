// The data-quality report as issue 14 checks it: a simulated field outcome (analysis/simulate, the
// victimization, safety and corruption modules as one interview) with planted speeders,
// straight-liners and a lazy interviewer, read with the spec the server takes from the standard
// questionnaires' variable dictionaries. The report must find exactly what was planted: the
// honest field gives no flag at all, the planted one exactly the planted flags.
import { describe, expect, it } from 'vitest';
import { fieldFrame, fieldPlan, makePopulation, runField } from '../../../analysis/simulate';
import {
  isStraightLined, qualityReport, screenerCut, DEFAULT_QUALITY_THRESHOLDS, type QualityInterview, type QualitySpec,
} from '../../../analysis/quality';
import { buildDictionary, variablesOfVersions } from '../../../src/questionnaire/dictionary';
import { qualitySpecOf } from '../../../src/server/services/quality';
import victimization from '../../../surveys/victimization.json';
import safety from '../../../surveys/safety.json';
import corruption from '../../../surveys/corruption.json';

const spec: QualitySpec = qualitySpecOf(variablesOfVersions(
  [victimization, safety, corruption].map((d) => buildDictionary(d as unknown as Record<string, unknown>)),
));

const pop = makePopulation(20261202, { psus: 400 });
const { cases } = runField(pop, fieldFrame(pop), fieldPlan(800, pop), 1);

/**
 * The honest field: every case as an upload, started on a weekday between 09:00 and 18:59
 * Belgrade time (08:00–17:59 UTC in November) and lasting 35 to 59 minutes.
 */
function honestField(): QualityInterview[] {
  return cases.map((c, k) => {
    const start = Date.UTC(2026, 10, 2 + (k % 20), 8 + (k % 10), (k * 7) % 60);
    return {
      instanceId: `i${k}`, interviewer: c.interviewer, caseId: c.caseId, disposition: c.disposition,
      startedAt: new Date(start).toISOString(), endedAt: new Date(start + (35 + ((k * 37) % 25)) * 60_000).toISOString(),
      answers: c.answers ?? {},
    };
  });
}

const withAnswers = (field: readonly QualityInterview[]): QualityInterview[] => field.filter((i) => i.disposition === '1.1');
const judged = (i: QualityInterview): boolean => spec.grids.some((g) => isStraightLined(g.battery === true ? i.answers : i.answers[g.name], g.rows, 5) !== null);

describe('data quality on a simulated field outcome', () => {
  it('reads the trust and public-service batteries of the standard questionnaires as grids, not the Washington Group set or the screeners', () => {
    expect(spec.grids.map((g) => g.name)).toEqual(['trust_police', 'svc_health_access', 'svc_primary_access', 'svc_secondary_access', 'svc_govdocs_access']);
    expect(spec.grids[0]!.rows).toEqual(['trust_police', 'trust_courts', 'trust_prosecution', 'trust_government', 'trust_parliament']);
    expect(spec.screeners.length).toBeGreaterThan(20);
  });

  it('flags nothing on the honest field', () => {
    const report = qualityReport(honestField(), spec);
    expect(report.flags).toEqual([]);
    // The field is big enough to mean something: 15 interviewers, hundreds of interviews.
    expect(report.byInterviewer.length).toBe(15);
    expect(withAnswers(honestField()).length).toBeGreaterThan(500);
  });

  it('finds exactly the planted speeders, straight-liners and lazy interviewer', () => {
    const field = honestField();
    const complete = withAnswers(field);
    const lazy = 'int07';
    const others = complete.filter((i) => i.interviewer !== lazy);
    // Speeders: four complete interviews of 9 minutes (a third of the median, ~47, is ~16).
    const speeders = [others[3]!, others[90]!, others[200]!, others[333]!].map((i) => i.instanceId);
    // Straight-liners: four interviews that answered a battery, every battery answered with 2.
    const straight = others.filter(judged).filter((i) => !speeders.includes(i.instanceId)).filter((_, k) => k % 70 === 5).slice(0, 4).map((i) => i.instanceId);
    expect(straight).toHaveLength(4);
    const planted = field.map((interview): QualityInterview => {
      if (speeders.includes(interview.instanceId)) {
        return { ...interview, endedAt: new Date(Date.parse(interview.startedAt) + 9 * 60_000).toISOString() };
      }
      if (straight.includes(interview.instanceId)) {
        const answers: Record<string, unknown> = { ...interview.answers };
        for (const grid of spec.grids) for (const row of grid.rows) if (answers[row] !== undefined) answers[row] = 2;
        return { ...interview, answers };
      }
      if (interview.interviewer === lazy && interview.disposition === '1.1') {
        // Every screener "no", so no follow-up is ever asked.
        const answers: Record<string, unknown> = { ...interview.answers };
        for (const s of spec.screeners) {
          if (answers[s.name] === undefined) continue;
          answers[s.name] = s.no;
          delete answers[s.name.replace(/_5y$/, '_12m')];
        }
        return { ...interview, answers };
      }
      return interview;
    });
    const report = qualityReport(planted, spec);
    const found = (kind: string): string[] => report.flags.filter((f) => f.kind === kind).map((f) => f.instanceId ?? f.interviewer).sort();
    expect(found('speeder')).toEqual([...speeders].sort());
    expect(found('straight-lining')).toEqual([...straight].sort());
    expect(found('screener-no')).toEqual([lazy]);
    expect(report.flags).toHaveLength(9);
    const lazyRow = report.byInterviewer.find((r) => r.interviewer === lazy)!;
    expect(lazyRow.screenerNo).toBe(1);
    expect(lazyRow.screenerZ!).toBeGreaterThan(screenerCut(DEFAULT_QUALITY_THRESHOLDS.screenerZ, 15));
  });
});

describe('the screener cut for many interviewers (Bonferroni)', () => {
  it('is the one-comparison cut for one interviewer and grows with their number', () => {
    expect(screenerCut(2.58, 1)).toBe(2.58);
    // 1 − Φ(2.58) = 0.0049400; / 15 = 0.00032933; Φ⁻¹(1 − 0.00032933) = 3.40622912 (R: qnorm(pnorm(-2.58)/15, lower.tail = FALSE)).
    expect(screenerCut(2.58, 15)).toBeCloseTo(3.40622912, 7);
  });
});
