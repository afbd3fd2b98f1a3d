import { buildDictionary, checkPrefill, describePrefillProblem } from '../../questionnaire/dictionary';
import { randomUUID } from 'node:crypto';
import type { Assignment, AssignmentRequest } from '../../protocol';
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';

interface AssignmentRow {
  id: string;
  interviewer: string;
  questionnaire_id: string;
  case_id: string;
  prefill: Record<string, unknown> | null;
  created_at: Date;
}

function toAssignment(row: AssignmentRow): Assignment {
  return {
    id: row.id,
    interviewer: row.interviewer,
    questionnaireId: row.questionnaire_id,
    caseId: row.case_id,
    ...(row.prefill ? { prefill: row.prefill } : {}),
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
    `INSERT INTO assignments (id, interviewer, questionnaire_id, case_id, prefill, created_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6)
     ON CONFLICT (questionnaire_id, case_id) DO NOTHING
     RETURNING id, interviewer, questionnaire_id, case_id, prefill, created_at`,
    [randomUUID(), request.interviewer, request.questionnaireId, request.caseId, request.prefill ? JSON.stringify(request.prefill) : null, createdBy],
  );
  if (rows.length === 0) {
    throw new HttpProblem('conflict', `case ${request.caseId} of ${request.questionnaireId} is already assigned`);
  }
  return toAssignment(rows[0]);
}

/** Assignments of one interviewer, or all of them when `interviewer` is undefined. */
export async function listAssignments(db: Queryable, interviewer?: string): Promise<Assignment[]> {
  const rows = await db.query<AssignmentRow & Record<string, unknown>>(
    `SELECT id, interviewer, questionnaire_id, case_id, prefill, created_at FROM assignments
     WHERE $1::text IS NULL OR interviewer = $1 ORDER BY created_at, id`,
    [interviewer ?? null],
  );
  return rows.map(toAssignment);
}
