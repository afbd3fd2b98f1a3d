import { caseDisposition, dispositionCategory, responseRates, type DispositionCounts, type RateName } from '../../../analysis/response-rates';
import { countsForCase } from '../../protocol';
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { listCases } from './cases';

export interface MonitoringReport {
  questionnaireId: string;
  total: number;
  byReviewState: Record<string, number>;
  byInterviewer: { interviewer: string; total: number; received: number; approved: number; rejected: number }[];
  /** Final dispositions of cases (not of uploads): closed assigned cases, and interviews without an assigned case. */
  byDisposition: Record<string, number>;
  assignments: { total: number; submitted: number };
  cases: { total: number; todo: number; attempted: number; inProgress: number; closed: number; attempts: number; flaggedInterviews: number };
  /**
   * AAPOR outcome rates (RR1–RR6, COOP, REF, CON) over the cases' final dispositions, with
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
  const [assignments] = await db.query<{ total: number; submitted: number }>(
    `SELECT count(*)::int AS total,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM submissions s WHERE s.questionnaire_id = a.questionnaire_id AND s.case_id = a.case_id))::int AS submitted
     FROM assignments a WHERE a.questionnaire_id = $1`,
    [questionnaireId],
  );
  const { byDisposition, cases } = await caseDispositions(db, questionnaireId);
  return {
    questionnaireId,
    total: states.reduce((sum, s) => sum + s.n, 0),
    byReviewState: Object.fromEntries(states.map((s) => [s.review_state, s.n])),
    byInterviewer: interviewers,
    byDisposition,
    assignments,
    cases,
    ...aaporRates(byDisposition),
  };
}

/**
 * Response rates count cases, not uploads (AAPOR): each assigned case once, with its final
 * disposition once closed (src/protocol/cases.ts); open cases are counted by status but not in
 * the rates. Interviews without an assigned case are cases of their own: those sharing a case id
 * are one case (its best disposition, analysis/response-rates `caseDisposition`), one without a
 * case id is one case.
 */
async function caseDispositions(db: Queryable, questionnaireId: string): Promise<Pick<MonitoringReport, 'byDisposition' | 'cases'>> {
  const assigned = await listCases(db, { questionnaireId });
  const cases = { total: 0, todo: 0, attempted: 0, inProgress: 0, closed: 0, attempts: 0, flaggedInterviews: 0 };
  const byDisposition: Record<string, number> = {};
  const count = (code: string): void => {
    byDisposition[code] = (byDisposition[code] ?? 0) + 1;
  };
  for (const c of assigned) {
    cases.total += 1;
    cases.attempts += c.attempts.length;
    cases.flaggedInterviews += c.interviews.filter((i) => !countsForCase(i)).length;
    if (c.status === 'todo') cases.todo += 1;
    else if (c.status === 'attempted') cases.attempted += 1;
    else if (c.status === 'in-progress') cases.inProgress += 1;
    else cases.closed += 1;
    if (c.disposition !== null) count(c.disposition);
  }
  const unassigned = await db.query<{ case_key: string; dispositions: string[] }>(
    `SELECT coalesce(s.case_id, s.instance_id) AS case_key, array_agg(s.disposition ORDER BY s.received_at) AS dispositions
     FROM submissions s
     WHERE s.questionnaire_id = $1
       AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.questionnaire_id = s.questionnaire_id AND a.case_id = s.case_id)
     GROUP BY coalesce(s.case_id, s.instance_id)`,
    [questionnaireId],
  );
  for (const u of unassigned) {
    cases.total += 1;
    cases.closed += 1;
    count(caseDisposition(u.dispositions) ?? u.dispositions[0]);
  }
  return { byDisposition: Object.fromEntries(Object.entries(byDisposition).sort(([a], [b]) => a.localeCompare(b))), cases };
}
