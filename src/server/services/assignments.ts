import { buildDictionary, checkPrefill, describePrefillProblem } from '../../questionnaire/dictionary';
import { randomUUID } from 'node:crypto';
import type { Assignment, AssignmentChange, AssignmentRefusal, AssignmentRequest } from '../../protocol';
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { flagCaseInterviews, QUANTITY_EXCEEDED } from './cases';

/** An assignment (a case) as stored; the cases service reads the same row. */
export interface AssignmentRow {
  id: string;
  interviewer: string;
  questionnaire_id: string;
  case_id: string;
  prefill: Record<string, unknown> | null;
  address: string | null;
  quantity: number;
  created_at: Date;
}

const COLUMNS = 'id, interviewer, questionnaire_id, case_id, prefill, address, quantity, created_at';

function toAssignment(row: AssignmentRow): Assignment {
  return {
    id: row.id,
    interviewer: row.interviewer,
    questionnaireId: row.questionnaire_id,
    caseId: row.case_id,
    ...(row.prefill ? { prefill: row.prefill } : {}),
    ...(row.address ? { address: row.address } : {}),
    quantity: row.quantity,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The problem members that let the supervisor's screen word a refusal in its language (protocol `assignmentRefusals`). */
const refusal = (reason: AssignmentRefusal, members: Record<string, unknown>): Record<string, unknown> => ({ reason, ...members });

/** 400 unless `username` is an interviewer account that is not disabled. */
async function requireInterviewer(tx: Queryable, username: string): Promise<void> {
  const [account] = await tx.query<{ role: string; disabled: boolean }>('SELECT role, disabled_at IS NOT NULL AS disabled FROM accounts WHERE username = $1', [username]);
  if (!account || account.role !== 'interviewer') {
    throw new HttpProblem('validation-failed', `${username} is not an interviewer account`, refusal('interviewer-unknown', { interviewer: username }));
  }
  if (account.disabled) throw new HttpProblem('validation-failed', `${username} is disabled`, refusal('interviewer-disabled', { interviewer: username }));
}

export async function createAssignment(tx: Queryable, request: AssignmentRequest, createdBy: string): Promise<Assignment> {
  await requireInterviewer(tx, request.interviewer);
  const [questionnaire] = await tx.query<{ definition: unknown }>('SELECT definition FROM questionnaires WHERE id = $1 ORDER BY version DESC LIMIT 1', [request.questionnaireId]);
  if (!questionnaire) {
    throw new HttpProblem('validation-failed', `questionnaire ${request.questionnaireId} is not published`, refusal('questionnaire-unpublished', { questionnaireId: request.questionnaireId }));
  }
  if (request.prefill) {
    // Prefilled answers must be answers the newest version could record (src/questionnaire/dictionary/prefill.ts).
    const definition = typeof questionnaire.definition === 'string' ? JSON.parse(questionnaire.definition) as unknown : questionnaire.definition;
    const problems = checkPrefill(buildDictionary(definition), request.prefill);
    if (problems.length > 0) {
      throw new HttpProblem('validation-failed', `case ${request.caseId}: ${problems.map(describePrefillProblem).join('; ')}`,
        refusal('prefill-mismatch', { answers: problems.map((p) => ({ name: p.name, value: String(p.value) })) }));
    }
  }
  const rows = await tx.query<AssignmentRow & Record<string, unknown>>(
    `INSERT INTO assignments (id, interviewer, questionnaire_id, case_id, prefill, address, quantity, created_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)
     ON CONFLICT (questionnaire_id, case_id) DO NOTHING
     RETURNING ${COLUMNS}`,
    [
      randomUUID(), request.interviewer, request.questionnaireId, request.caseId, request.prefill ? JSON.stringify(request.prefill) : null,
      request.address ?? null, request.quantity ?? 1, createdBy,
    ],
  );
  if (rows.length === 0) {
    throw new HttpProblem('conflict', `case ${request.caseId} of ${request.questionnaireId} is already assigned`);
  }
  return toAssignment(rows[0]);
}

/** Assignments of one interviewer, or all of them when `interviewer` is undefined. */
export async function listAssignments(db: Queryable, interviewer?: string): Promise<Assignment[]> {
  const rows = await db.query<AssignmentRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM assignments
     WHERE $1::text IS NULL OR interviewer = $1 ORDER BY created_at, id`,
    [interviewer ?? null],
  );
  return rows.map(toAssignment);
}

/**
 * A manager's change to an assignment: the number of interviews the case may yield, its address,
 * or its interviewer. Reassigning moves the case (its next interviews and visits) to another
 * interviewer, as Survey Solutions does; interviews already uploaded stay with whoever made them.
 * Lowering the quantity below the interviews already received is refused (409): it
 * would turn accepted interviews into flagged ones after the fact.
 */
export async function changeAssignment(tx: Queryable, id: string, change: AssignmentChange): Promise<Assignment> {
  const [current] = await tx.query<AssignmentRow & Record<string, unknown>>(`SELECT ${COLUMNS} FROM assignments WHERE id = $1 FOR UPDATE`, [id]);
  if (!current) throw new HttpProblem('not-found', `no assignment ${id}`);
  if (change.quantity !== undefined) {
    const [received] = await tx.query<{ n: number }>(
      // The interviews that count for the case (those beyond its quantity do not).
      'SELECT count(*)::int AS n FROM submissions WHERE questionnaire_id = $1 AND case_id = $2 AND NOT ($3::text = ANY(flags))',
      [current.questionnaire_id, current.case_id, QUANTITY_EXCEEDED],
    );
    if (change.quantity < received.n) {
      throw new HttpProblem('conflict', `case ${current.case_id} already has ${received.n} interviews: its quantity cannot be lowered to ${change.quantity}`);
    }
  }
  if (change.interviewer !== undefined) await requireInterviewer(tx, change.interviewer);
  const [row] = await tx.query<AssignmentRow & Record<string, unknown>>(
    `UPDATE assignments SET quantity = coalesce($2, quantity), address = coalesce($3, address), interviewer = coalesce($4, interviewer), updated_at = now()
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, change.quantity ?? null, change.address ?? null, change.interviewer ?? null],
  );
  // A raised quantity turns interviews flagged as beyond it into the case's own.
  if (change.quantity !== undefined) await flagCaseInterviews(tx, row.questionnaire_id, row.case_id);
  return toAssignment(row);
}

/**
 * Deletes an assignment no one has worked on. One with an uploaded interview or a contact attempt
 * is refused (409 assignment-has-interviews): as in Survey Solutions, the history of a case that
 * was worked stays; the manager reassigns it or changes its quantity instead.
 */
export async function deleteAssignment(tx: Queryable, id: string): Promise<Assignment> {
  const [current] = await tx.query<AssignmentRow & Record<string, unknown>>(`SELECT ${COLUMNS} FROM assignments WHERE id = $1 FOR UPDATE`, [id]);
  if (!current) throw new HttpProblem('not-found', `no assignment ${id}`);
  const [work] = await tx.query<{ interviews: number; attempts: number }>(
    `SELECT (SELECT count(*)::int FROM submissions WHERE questionnaire_id = $1 AND case_id = $2) AS interviews,
            (SELECT count(*)::int FROM contact_attempts WHERE assignment_id = $3) AS attempts`,
    [current.questionnaire_id, current.case_id, id],
  );
  if (work.interviews > 0 || work.attempts > 0) {
    throw new HttpProblem('assignment-has-interviews', `case ${current.case_id} has ${work.interviews} interview(s) and ${work.attempts} contact attempt(s); reassign it or change its quantity instead`, work);
  }
  await tx.query('DELETE FROM assignments WHERE id = $1', [id]);
  return toAssignment(current);
}
