// Cases on the server (issue 11): assignments with their contact attempts and interviews, the
// status and final disposition derived by the protocol's one rule (src/protocol/cases.ts).
import {
  canonicalJson, caseStatus, countsForCase, finalCaseDisposition, nextAppointment,
  type CaseFacts, type CaseSummary, type ContactAttempt, type ContactAttemptReceipt, type ContactAttemptRequest, type SubmissionFlag,
} from '../../protocol';
import type { Principal } from '../auth';
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { sha256 } from './questionnaires';
import type { AssignmentRow } from './assignments';

interface AttemptRow {
  id: string;
  assignment_id: string;
  interviewer: string;
  attempted_at: Date;
  outcome: string;
  final: boolean;
  note: string;
  appointment_at: Date | null;
  sha256: string;
  received_at: Date;
}

const ATTEMPT_COLUMNS = 'id, assignment_id, interviewer, attempted_at, outcome, final, note, appointment_at, sha256, received_at';
const iso = (d: Date): string => new Date(d).toISOString();

function toAttempt(row: AttemptRow): ContactAttempt {
  return {
    id: row.id,
    at: iso(row.attempted_at),
    outcome: row.outcome,
    final: row.final,
    note: row.note,
    appointment: row.appointment_at ? iso(row.appointment_at) : null,
    interviewer: row.interviewer,
    receivedAt: iso(row.received_at),
  };
}

export interface AttemptOutcome {
  /** 201 stored; 200 identical repeat. */
  status: 200 | 201;
  receipt: ContactAttemptReceipt;
}

/**
 * Stores a contact attempt idempotently (SHA-256 of the canonical JSON of the body, as for
 * interviews): the same id with the same content is a 200, with other content a 409. Only the
 * interviewer the case is assigned to records its attempts.
 */
export async function putContactAttempt(
  tx: Queryable, assignmentId: string, attemptId: string, body: ContactAttemptRequest, rawBody: unknown, caller: Principal,
): Promise<AttemptOutcome> {
  const [assignment] = await tx.query<{ interviewer: string }>('SELECT interviewer FROM assignments WHERE id = $1', [assignmentId]);
  if (!assignment) throw new HttpProblem('not-found', `no assignment ${assignmentId}`);
  if (assignment.interviewer !== caller.username) throw new HttpProblem('forbidden', `assignment ${assignmentId} is assigned to another interviewer`);
  const hash = sha256(canonicalJson(rawBody));
  const inserted = await tx.query<AttemptRow & Record<string, unknown>>(
    `INSERT INTO contact_attempts (id, assignment_id, interviewer, attempted_at, outcome, final, note, appointment_at, sha256)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING RETURNING ${ATTEMPT_COLUMNS}`,
    [attemptId, assignmentId, caller.username, body.at, body.outcome, body.final, body.note, body.appointment ?? null, hash],
  );
  if (inserted.length === 1) return { status: 201, receipt: { id: attemptId, sha256: hash, receivedAt: iso(inserted[0].received_at) } };
  const [stored] = await tx.query<AttemptRow & Record<string, unknown>>(`SELECT ${ATTEMPT_COLUMNS} FROM contact_attempts WHERE id = $1`, [attemptId]);
  if (stored.assignment_id !== assignmentId || stored.interviewer !== caller.username) {
    throw new HttpProblem('conflict', `contact attempt ${attemptId} belongs to another case`);
  }
  if (stored.sha256 !== hash) {
    throw new HttpProblem('conflict', `contact attempt ${attemptId}: stored sha256 ${stored.sha256}, received ${hash}`, { storedSha256: stored.sha256, receivedSha256: hash });
  }
  return { status: 200, receipt: { id: attemptId, sha256: hash, receivedAt: iso(stored.received_at) } };
}

export const QUANTITY_EXCEEDED: SubmissionFlag = 'case-quantity-exceeded';

/**
 * Flags the interviews of an assigned case beyond its quantity, in order of arrival: the first
 * `quantity` are the case's interviews, any later one is stored but flagged for the manager (a
 * second "Start interview" on another tablet, or an old app). Raising the quantity lifts the flag.
 * Interviews of a case that has no assignment are not flagged (nothing says how many it may have).
 * Only this flag of the set is added or removed; the interview's other flags stay.
 */
export async function flagCaseInterviews(tx: Queryable, questionnaireId: string, caseId: string): Promise<void> {
  const [assignment] = await tx.query<{ quantity: number }>('SELECT quantity FROM assignments WHERE questionnaire_id = $1 AND case_id = $2', [questionnaireId, caseId]);
  if (!assignment) return;
  await tx.query(
    `UPDATE submissions s SET flags = CASE WHEN o.k > $3 THEN array_append(array_remove(s.flags, $4::text), $4::text) ELSE array_remove(s.flags, $4::text) END
     FROM (SELECT instance_id, row_number() OVER (ORDER BY received_at, instance_id) AS k
           FROM submissions WHERE questionnaire_id = $1 AND case_id = $2) o
     WHERE s.instance_id = o.instance_id AND (o.k > $3) <> ($4::text = ANY(s.flags))`,
    [questionnaireId, caseId, assignment.quantity, QUANTITY_EXCEEDED],
  );
}

type CaseRow = AssignmentRow;

/** Cases with their attempts and interviews: all of a questionnaire, one interviewer's, or one. */
export async function listCases(
  db: Queryable, filter: { questionnaireId?: string; interviewer?: string; assignmentId?: string }, now = new Date(),
): Promise<CaseSummary[]> {
  const cases = await db.query<CaseRow & Record<string, unknown>>(
    `SELECT id, interviewer, questionnaire_id, case_id, prefill, address, quantity, created_at FROM assignments
     WHERE ($1::text IS NULL OR questionnaire_id = $1) AND ($2::text IS NULL OR interviewer = $2) AND ($3::text IS NULL OR id = $3)
     ORDER BY questionnaire_id, case_id`,
    [filter.questionnaireId ?? null, filter.interviewer ?? null, filter.assignmentId ?? null],
  );
  if (cases.length === 0) return [];
  const ids = cases.map((c) => c.id);
  const attempts = await db.query<AttemptRow & Record<string, unknown>>(
    `SELECT ${ATTEMPT_COLUMNS} FROM contact_attempts WHERE assignment_id = ANY($1::text[]) ORDER BY attempted_at, id`,
    [ids],
  );
  const interviews = await db.query<{ instance_id: string; questionnaire_id: string; case_id: string; disposition: string; flags: string[] }>(
    `SELECT s.instance_id, s.questionnaire_id, s.case_id, s.disposition, s.flags FROM submissions s
     JOIN assignments a ON a.questionnaire_id = s.questionnaire_id AND a.case_id = s.case_id
     WHERE a.id = ANY($1::text[]) ORDER BY s.received_at, s.instance_id`,
    [ids],
  );
  const attemptsOf = new Map<string, ContactAttempt[]>();
  for (const row of attempts) attemptsOf.set(row.assignment_id, [...(attemptsOf.get(row.assignment_id) ?? []), toAttempt(row)]);
  const interviewsOf = new Map<string, { instanceId: string; disposition: string; flags: string[] }[]>();
  for (const row of interviews) {
    const key = `${row.questionnaire_id}\u0000${row.case_id}`;
    interviewsOf.set(key, [...(interviewsOf.get(key) ?? []), { instanceId: row.instance_id, disposition: row.disposition, flags: row.flags }]);
  }
  return cases.map((c) => {
    const caseAttempts = attemptsOf.get(c.id) ?? [];
    const caseInterviews = interviewsOf.get(`${c.questionnaire_id}\u0000${c.case_id}`) ?? [];
    const facts: CaseFacts = {
      quantity: c.quantity,
      // An interview beyond the quantity neither closes nor counts for the case.
      interviewDispositions: caseInterviews.filter(countsForCase).map((i) => i.disposition),
      openInterviews: 0,
      attempts: caseAttempts,
    };
    return {
      assignmentId: c.id,
      interviewer: c.interviewer,
      questionnaireId: c.questionnaire_id,
      caseId: c.case_id,
      address: c.address,
      prefill: c.prefill,
      quantity: c.quantity,
      status: caseStatus(facts),
      interviews: caseInterviews,
      attempts: caseAttempts,
      disposition: finalCaseDisposition(facts) ?? null,
      nextAppointment: nextAppointment(facts, now) ?? null,
      createdAt: iso(c.created_at),
    };
  });
}

export interface CaseWithoutInterview {
  interviewer: string;
  caseId: string;
  /** Its final AAPOR code (refusal, non-contact, not eligible, unknown eligibility, …). */
  disposition: string;
  /** First and closing contact attempt. */
  firstAttemptAt: string;
  closedAt: string;
}

/** Cases closed by a contact attempt without any interview: the export's rows with empty answers. */
export async function casesClosedWithoutInterview(db: Queryable, questionnaireId: string): Promise<CaseWithoutInterview[]> {
  const cases = await listCases(db, { questionnaireId });
  return cases
    .filter((c) => c.status === 'closed' && c.interviews.length === 0 && c.disposition !== null)
    .map((c) => {
      const closing = c.attempts.filter((a) => a.final).at(-1) as ContactAttempt;
      return { interviewer: c.interviewer, caseId: c.caseId, disposition: c.disposition as string, firstAttemptAt: c.attempts[0].at, closedAt: closing.at };
    });
}
