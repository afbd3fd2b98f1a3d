// Field work over time (GET /progress/:questionnaireId): each case's history — when it was
// assigned, first attempted, closed and with which final disposition — read from assignments,
// contact attempts and interviews, then counted by analysis/response-rates/progress.ts.
import { caseDisposition, isRespondingDisposition, progressOverTime, type CaseHistory } from '../../../analysis/response-rates';
import { AnalysisError } from '../../../analysis/errors';
import { countsForCase, type ProgressQuery, type ProgressReport } from '../../protocol';
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { listCases } from './cases';

type InterviewTimes = {
  instance_id: string;
  case_id: string | null;
  interviewer: string;
  disposition: string;
  started_at: string | null;
  ended_at: string | null;
  received_at: string;
  region: string | null;
  assigned: boolean;
};

/** An instant the device reported, when it is one; else the server's time of receipt. */
function instant(device: string | null, received: string): string {
  return device !== null && Number.isFinite(Date.parse(device)) ? new Date(device).toISOString() : received;
}

const earliest = (times: readonly string[]): string | undefined => [...times].sort((a, b) => Date.parse(a) - Date.parse(b))[0];
const latest = (times: readonly string[]): string | undefined => [...times].sort((a, b) => Date.parse(b) - Date.parse(a))[0];

/**
 * Histories of a questionnaire's cases: an assigned case from its assignment, attempts and
 * interviews (closed when its final disposition is known: at its closing attempt, or at its last
 * interview when an interview decided it); an interview without an assigned case is a case of its
 * own (those sharing a case id are one), attempted when it began and closed when it ended.
 * The region is the assignment's prefilled `region`, else the interview's answer, else ''.
 */
export async function caseHistories(db: Queryable, questionnaireId: string): Promise<CaseHistory[]> {
  const interviews = await db.query<InterviewTimes>(
    `SELECT s.instance_id, s.case_id, s.interviewer, s.disposition, s.started_at, s.ended_at,
            to_char(s.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS received_at,
            r.body -> 'data' ->> 'region' AS region,
            EXISTS (SELECT 1 FROM assignments a WHERE a.questionnaire_id = s.questionnaire_id AND a.case_id = s.case_id) AS assigned
     FROM submissions s JOIN submission_revisions r ON r.instance_id = s.instance_id AND r.revision = s.revision
     WHERE s.questionnaire_id = $1 ORDER BY s.received_at, s.instance_id`,
    [questionnaireId],
  );
  const byInstance = new Map(interviews.map((i) => [i.instance_id, i]));
  const histories: CaseHistory[] = [];
  for (const c of await listCases(db, { questionnaireId })) {
    const mine = c.interviews.filter(countsForCase).map((i) => byInstance.get(i.instanceId)).filter((i): i is InterviewTimes => i !== undefined);
    const began = [...c.attempts.map((a) => a.at), ...mine.map((i) => instant(i.started_at ?? i.ended_at, i.received_at))];
    const closing = c.attempts.filter((a) => a.final).at(-1);
    let closedAt: string | undefined;
    if (c.disposition !== null) {
      closedAt = closing && !isRespondingDisposition(c.disposition) ? closing.at : latest(mine.map((i) => instant(i.ended_at, i.received_at)));
    }
    const prefilled = c.prefill?.region;
    histories.push({
      caseId: c.caseId,
      interviewer: c.interviewer,
      region: typeof prefilled === 'string' || typeof prefilled === 'number' ? String(prefilled) : (mine[0]?.region ?? ''),
      assignedAt: c.createdAt,
      firstAttemptAt: earliest(began),
      closedAt,
      disposition: closedAt === undefined ? undefined : c.disposition ?? undefined,
    });
  }
  const unassigned = new Map<string, InterviewTimes[]>();
  for (const i of interviews) {
    if (i.assigned) continue;
    const key = i.case_id ?? `instance:${i.instance_id}`;
    unassigned.set(key, [...(unassigned.get(key) ?? []), i]);
  }
  for (const [key, list] of unassigned) {
    const first = list[0] as InterviewTimes;
    histories.push({
      caseId: key,
      interviewer: first.interviewer,
      region: first.region ?? '',
      firstAttemptAt: earliest(list.map((i) => instant(i.started_at ?? i.ended_at, i.received_at))),
      closedAt: latest(list.map((i) => instant(i.ended_at, i.received_at))),
      disposition: caseDisposition(list.map((i) => i.disposition)) ?? first.disposition,
    });
  }
  return histories;
}

export async function progressReport(db: Queryable, questionnaireId: string, query: ProgressQuery): Promise<ProgressReport> {
  const [exists] = await db.query('SELECT 1 FROM questionnaires WHERE id = $1 LIMIT 1', [questionnaireId]);
  if (!exists) throw new HttpProblem('not-found', `questionnaire ${questionnaireId} is not published`);
  const eligibility = query.e === undefined ? { rule: 'known-eligibility' as const } : { rule: 'fixed' as const, e: query.e };
  try {
    const series = progressOverTime(await caseHistories(db, questionnaireId), { period: query.period, by: query.by, eligibility, timeZone: query.tz });
    // Readonly arrays of the analysis become the wire's plain arrays.
    return { questionnaireId, period: query.period, by: query.by, timeZone: query.tz, eRule: eligibility.rule, series: series.map((s) => ({ group: s.group, rows: [...s.rows] })) };
  } catch (err) {
    if (err instanceof AnalysisError) throw new HttpProblem('validation-failed', err.message);
    throw err;
  }
}
