import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { InstanceIdSchema, QuestionnaireIdSchema, ReviewRequestSchema, SubmissionFlagSchema, SubmissionRequestSchema, type ResponseBody } from '../../protocol';
import { authenticate, requireRole } from '../auth';
import { KB, MB, type ServerContext } from '../context';
import { HttpProblem } from '../problems';
import { audit, listSubmissions, putSubmission, reviewSubmission, submissionContent, submissionHistory, type SubmissionSummary } from '../services';
import { parseWith } from '../validate';

const InstanceParams = z.object({ instanceId: InstanceIdSchema });
const ListQuery = z.object({
  questionnaire: QuestionnaireIdSchema.optional(),
  /** One flag, or `any` for every flagged interview. */
  flag: z.union([SubmissionFlagSchema, z.literal('any')]).optional(),
});

export function submissionRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.put<{ Reply: ResponseBody<'PUT /submissions/:instanceId'> }>('/submissions/:instanceId', { bodyLimit: 5 * MB }, async (request, reply) => {
    const caller = await requireRole(db, request, 'interviewer');
    const { instanceId } = parseWith(InstanceParams, request.params, 'instanceId');
    const body = parseWith(SubmissionRequestSchema, request.body);
    const outcome = await db.transaction((tx) => putSubmission(tx, instanceId, body, request.body, caller));
    return reply.code(outcome.status).send(outcome.receipt);
  });

  // Interviewers see their own interviews (to learn about rejections); managers and analysts all.
  app.get<{ Reply: ResponseBody<'GET /submissions'> }>('/submissions', async (request) => {
    const caller = await requireRole(db, request, 'manager', 'analyst', 'interviewer');
    const { questionnaire, flag } = parseWith(ListQuery, request.query, 'query');
    return listSubmissions(db, {
      questionnaireId: questionnaire,
      interviewer: caller.role === 'interviewer' ? caller.username : undefined,
      ...(flag === 'any' ? { flagged: true } : flag === undefined ? {} : { flag }),
    });
  });

  app.get<{ Reply: ResponseBody<'GET /submissions/:instanceId'> }>('/submissions/:instanceId', async (request) => {
    const { reader, ...summary } = await readableSubmission(db, request);
    await audit(db, { actor: reader, action: 'submission-read', target: summary.instanceId, address: request.ip });
    return { ...summary, ...(await submissionHistory(db, summary.instanceId)) };
  });

  // The current revision's content, so a device that no longer holds a rejected interview can take it back.
  app.get<{ Reply: ResponseBody<'GET /submissions/:instanceId/content'> }>('/submissions/:instanceId/content', async (request) => {
    const summary = await readableSubmission(db, request);
    await audit(db, { actor: summary.reader, action: 'submission-content-read', target: summary.instanceId, address: request.ip, detail: { revision: summary.revision } });
    // The body exactly as the device sent it (validated by SubmissionRequestSchema when stored);
    // not re-parsed, which would drop unknown keys and change the content hash the device checks.
    return (await submissionContent(db, summary.instanceId, summary.revision)) as ResponseBody<'GET /submissions/:instanceId/content'>;
  });

  app.post<{ Reply: ResponseBody<'POST /submissions/:instanceId/review'> }>('/submissions/:instanceId/review', { bodyLimit: 64 * KB }, async (request) => {
    const caller = await requireRole(db, request, 'manager');
    const { instanceId } = parseWith(InstanceParams, request.params, 'instanceId');
    const { decision, comment, revision } = parseWith(ReviewRequestSchema, request.body);
    return db.transaction(async (tx) => {
      const result = await reviewSubmission(tx, instanceId, decision, comment, caller.username, revision);
      await audit(tx, { actor: caller.username, action: 'submission-reviewed', target: instanceId, address: request.ip, detail: { decision, revision: result.revision } });
      return result;
    });
  });
}

/** The submission of the `:instanceId` route parameter: managers and analysts read every one, an interviewer only their own. */
async function readableSubmission(db: ServerContext['db'], request: FastifyRequest): Promise<SubmissionSummary & { reader: string }> {
  const caller = await authenticate(db, request);
  const { instanceId } = parseWith(InstanceParams, request.params, 'instanceId');
  const [summary] = await listSubmissions(db, { instanceId });
  if (!summary) throw new HttpProblem('not-found', `no submission with instance id ${instanceId}`);
  const allowed = caller.role === 'manager' || caller.role === 'analyst' || (caller.role === 'interviewer' && summary.interviewer === caller.username);
  if (!allowed) throw new HttpProblem('forbidden', `instance ${instanceId} is not yours to read`);
  return { ...summary, reader: caller.username };
}
