import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { InstanceIdSchema, QuestionnaireIdSchema, ReviewRequestSchema, SubmissionRequestSchema } from '../../protocol';
import { authenticate, requireRole } from '../auth';
import { KB, MB, type ServerContext } from '../context';
import { HttpProblem } from '../problems';
import { listSubmissions, putSubmission, reviewSubmission, submissionContent, submissionHistory, type SubmissionSummary } from '../services';
import { parseWith } from '../validate';

const InstanceParams = z.object({ instanceId: InstanceIdSchema });
const ListQuery = z.object({ questionnaire: QuestionnaireIdSchema.optional() });

export function submissionRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.put('/submissions/:instanceId', { bodyLimit: 5 * MB }, async (request, reply) => {
    const caller = await requireRole(db, request, 'interviewer');
    const { instanceId } = parseWith(InstanceParams, request.params, 'instanceId');
    const body = parseWith(SubmissionRequestSchema, request.body);
    const outcome = await db.transaction((tx) => putSubmission(tx, instanceId, body, request.body, caller));
    return reply.code(outcome.status).send(outcome.receipt);
  });

  // Interviewers see their own interviews (to learn about rejections); managers and analysts all.
  app.get('/submissions', async (request) => {
    const caller = await requireRole(db, request, 'manager', 'analyst', 'interviewer');
    const { questionnaire } = parseWith(ListQuery, request.query, 'query');
    return listSubmissions(db, { questionnaireId: questionnaire, interviewer: caller.role === 'interviewer' ? caller.username : undefined });
  });

  app.get('/submissions/:instanceId', async (request) => {
    const summary = await readableSubmission(db, request);
    return { ...summary, ...(await submissionHistory(db, summary.instanceId)) };
  });

  // The current revision's content, so a device that no longer holds a rejected interview can take it back.
  app.get('/submissions/:instanceId/content', async (request) => {
    const summary = await readableSubmission(db, request);
    return submissionContent(db, summary.instanceId, summary.revision);
  });

  app.post('/submissions/:instanceId/review', { bodyLimit: 64 * KB }, async (request) => {
    const caller = await requireRole(db, request, 'manager');
    const { instanceId } = parseWith(InstanceParams, request.params, 'instanceId');
    const { decision, comment, revision } = parseWith(ReviewRequestSchema, request.body);
    return db.transaction((tx) => reviewSubmission(tx, instanceId, decision, comment, caller.username, revision));
  });
}

/** The submission of the `:instanceId` route parameter: managers and analysts read every one, an interviewer only their own. */
async function readableSubmission(db: ServerContext['db'], request: FastifyRequest): Promise<SubmissionSummary> {
  const caller = await authenticate(db, request);
  const { instanceId } = parseWith(InstanceParams, request.params, 'instanceId');
  const [summary] = await listSubmissions(db, { instanceId });
  if (!summary) throw new HttpProblem('not-found', `no submission with instance id ${instanceId}`);
  const allowed = caller.role === 'manager' || caller.role === 'analyst' || (caller.role === 'interviewer' && summary.interviewer === caller.username);
  if (!allowed) throw new HttpProblem('forbidden', `instance ${instanceId} is not yours to read`);
  return summary;
}
