import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ContactAttemptIdSchema, ContactAttemptRequestSchema, QuestionnaireIdSchema, WeightingRequestSchema } from '../../protocol';
import { requireRole } from '../auth';
import { KB, MB, type ServerContext } from '../context';
import { HttpProblem } from '../problems';
import { audit, listCases, putContactAttempt, weighCollectedCases } from '../services';
import { parseWith } from '../validate';

const CaseParams = z.object({ assignmentId: z.string().min(1).max(100) });
const AttemptParams = CaseParams.extend({ attemptId: ContactAttemptIdSchema });
const ListQuery = z.object({ questionnaire: QuestionnaireIdSchema.optional() });
const WeightingParams = z.object({ questionnaireId: QuestionnaireIdSchema });

/** Cases: assignments with their contact attempts, interviews, status and final disposition. */
export function caseRoutes(app: FastifyInstance, { db }: ServerContext): void {
  // Interviewers see their own cases; managers every case (of one questionnaire on request).
  app.get('/cases', async (request) => {
    const caller = await requireRole(db, request, 'interviewer', 'manager');
    const { questionnaire } = parseWith(ListQuery, request.query, 'query');
    return listCases(db, { questionnaireId: questionnaire, interviewer: caller.role === 'interviewer' ? caller.username : undefined });
  });

  app.get('/cases/:assignmentId', async (request) => {
    const caller = await requireRole(db, request, 'interviewer', 'manager');
    const { assignmentId } = parseWith(CaseParams, request.params, 'path');
    const [found] = await listCases(db, { assignmentId });
    if (!found) throw new HttpProblem('not-found', `no assignment ${assignmentId}`);
    if (caller.role === 'interviewer' && found.interviewer !== caller.username) throw new HttpProblem('forbidden', `assignment ${assignmentId} is not yours`);
    return found;
  });

  // A contact attempt recorded on the tablet (offline); idempotent like an interview upload.
  app.put('/cases/:assignmentId/attempts/:attemptId', { bodyLimit: 16 * KB }, async (request, reply) => {
    const caller = await requireRole(db, request, 'interviewer');
    const { assignmentId, attemptId } = parseWith(AttemptParams, request.params, 'path');
    const body = parseWith(ContactAttemptRequestSchema, request.body);
    const outcome = await db.transaction((tx) => putContactAttempt(tx, assignmentId, attemptId, body, request.body, caller));
    return reply.code(outcome.status).send(outcome.receipt);
  });

  // The manager weights the collected cases: sample.csv and margins uploaded, the export read here.
  // The answer carries the weighted microdata (every responding unit's answers): a read of
  // microdata like an export, so it is audited as one.
  app.post('/weighting/:questionnaireId', { bodyLimit: 64 * MB }, async (request) => {
    const caller = await requireRole(db, request, 'manager');
    const { questionnaireId } = parseWith(WeightingParams, request.params, 'path');
    const body = parseWith(WeightingRequestSchema, request.body);
    const result = await weighCollectedCases(db, questionnaireId, body);
    await audit(db, { actor: caller.username, action: 'microdata-exported', target: `${questionnaireId}.weighted.csv`, address: request.ip, detail: { rows: result.respondingUnits, weighting: true } });
    return result;
  });
}
