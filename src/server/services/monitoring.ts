import { dispositionCategory, responseRates, type DispositionCounts, type RateName } from '../../../analysis/response-rates';
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';

export interface MonitoringReport {
  questionnaireId: string;
  total: number;
  byReviewState: Record<string, number>;
  byInterviewer: { interviewer: string; total: number; received: number; approved: number; rejected: number }[];
  byDisposition: Record<string, number>;
  assignments: { total: number; submitted: number };
  /**
   * AAPOR outcome rates (RR1–RR6, COOP, REF, CON) over the interviews' final dispositions, with
   * the counts by category and the e used; a rate with a zero denominator is null.
   */
  responseRates: { counts: DispositionCounts; e: number; rates: Record<RateName, number | null> };
  /** Disposition codes that are no AAPOR final code (left out of the rates). */
  unclassified: Record<string, number>;
}

function aaporRates(byDisposition: Record<string, number>): Pick<MonitoringReport, 'responseRates' | 'unclassified'> {
  const counts: DispositionCounts = { I: 0, P: 0, R: 0, NC: 0, O: 0, UH: 0, UO: 0, NE: 0 };
  const unclassified: Record<string, number> = {};
  for (const [code, n] of Object.entries(byDisposition)) {
    const category = dispositionCategory(code);
    if (category) counts[category] += n;
    else unclassified[code] = n;
  }
  const result = responseRates(counts);
  const rates = Object.fromEntries(Object.entries(result.rates).map(([k, v]) => [k, Number.isFinite(v) ? v : null])) as Record<RateName, number | null>;
  return { responseRates: { counts, e: result.e, rates }, unclassified };
}

/** Field-work progress of one questionnaire: interviews by review state, interviewer and AAPOR disposition, and response rates. */
export async function monitoringReport(db: Queryable, questionnaireId: string): Promise<MonitoringReport> {
  const [exists] = await db.query('SELECT 1 FROM questionnaires WHERE id = $1 LIMIT 1', [questionnaireId]);
  if (!exists) throw new HttpProblem('not-found', `questionnaire ${questionnaireId} is not published`);
  const states = await db.query<{ review_state: string; n: number }>(
    'SELECT review_state, count(*)::int AS n FROM submissions WHERE questionnaire_id = $1 GROUP BY review_state ORDER BY review_state',
    [questionnaireId],
  );
  const interviewers = await db.query<{ interviewer: string; total: number; received: number; approved: number; rejected: number }>(
    `SELECT interviewer, count(*)::int AS total,
       count(*) FILTER (WHERE review_state = 'received')::int AS received,
       count(*) FILTER (WHERE review_state = 'approved')::int AS approved,
       count(*) FILTER (WHERE review_state = 'rejected')::int AS rejected
     FROM submissions WHERE questionnaire_id = $1 GROUP BY interviewer ORDER BY interviewer`,
    [questionnaireId],
  );
  const dispositions = await db.query<{ disposition: string; n: number }>(
    'SELECT disposition, count(*)::int AS n FROM submissions WHERE questionnaire_id = $1 GROUP BY disposition ORDER BY disposition',
    [questionnaireId],
  );
  const [assignments] = await db.query<{ total: number; submitted: number }>(
    `SELECT count(*)::int AS total,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM submissions s WHERE s.questionnaire_id = a.questionnaire_id AND s.case_id = a.case_id))::int AS submitted
     FROM assignments a WHERE a.questionnaire_id = $1`,
    [questionnaireId],
  );
  const byDisposition = Object.fromEntries(dispositions.map((d) => [d.disposition, d.n]));
  return {
    questionnaireId,
    total: states.reduce((sum, s) => sum + s.n, 0),
    byReviewState: Object.fromEntries(states.map((s) => [s.review_state, s.n])),
    byInterviewer: interviewers,
    byDisposition,
    assignments,
    ...aaporRates(byDisposition),
  };
}
