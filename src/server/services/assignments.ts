import { buildDictionary, checkPrefill, describePrefillProblem } from '../../questionnaire/dictionary';
import { randomUUID } from 'node:crypto';
import type { Assignment, AssignmentChange, AssignmentRequest } from '../../protocol';
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

export async function createAssignment(tx: Queryable, request: AssignmentRequest, createdBy: string): Promise<Assignment> {
  const [account] = await tx.query<{ role: string }>('SELECT role FROM accounts WHERE username = $1', [request.interviewer]);
  if (!account || account.role !== 'interviewer') {
    throw new HttpProblem('validation-failed', `${request.interviewer} is not an interviewer account`);
  }
  const [questionnaire] = await tx.query<{ definition: unknown }>('SELECT definition FROM questionnaires WHERE id = $1 ORDER BY version DESC LIMIT 1', [request.questionnaireId]);
  if (!questionnaire) throw new HttpProblem('validation-failed', `questionnaire ${request.questionnaireId} is not published`);
  if (request.prefill) {
    // Prefilled answers must be answers the newest version could record (src/questionnaire/dictionary/prefill.ts).
    const definition = typeof questionnaire.definition === 'string' ? JSON.parse(questionnaire.definition) as unknown : questionnaire.definition;
    const problems = checkPrefill(buildDictionary(definition), request.prefill);
    if (problems.length > 0) throw new HttpProblem('validation-failed', `case ${request.caseId}: ${problems.map(describePrefillProblem).join('; ')}`);
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
 * A manager's change to an assignment: the number of interviews the case may yield, or its
 * address. Lowering the quantity below the interviews already received is refused (409): it
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
  const [row] = await tx.query<AssignmentRow & Record<string, unknown>>(
    `UPDATE assignments SET quantity = coalesce($2, quantity), address = coalesce($3, address), updated_at = now()
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, change.quantity ?? null, change.address ?? null],
  );
  // A raised quantity turns interviews flagged as beyond it into the case's own.
  if (change.quantity !== undefined) await flagCaseInterviews(tx, row.questionnaire_id, row.case_id);
  return toAssignment(row);
}
