import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  BulkReviewRequestSchema, InstanceIdSchema, isProblem, ReviewRequestSchema, SubmissionQuerySchema, SubmissionRequestSchema, TOTAL_COUNT_HEADER, type ResponseBody,
} from '../../protocol';
import { authenticate, requireRole } from '../auth';
import { KB, MB, type ServerContext } from '../context';
import { HttpProblem } from '../problems';
import {
  audit, diffRevisions, findSubmissions, listSubmissions, putSubmission, reviewSubmission, submissionContent, submissionHistory, type SubmissionSummary,
} from '../services';
import { parseWith } from '../validate';

const InstanceParams = z.object({ instanceId: InstanceIdSchema });
const DiffQuery = z.object({ from: z.coerce.number().int().positive().max(1_000_000), to: z.coerce.number().int().positive().max(1_000_000) });

/** A date alone is that day in UTC: `to` includes the whole day. */
function dayBound(value: string | undefined, end: boolean): string | undefined {
  if (value === undefined || value.includes('T')) return value;
  const day = new Date(`${value}T00:00:00Z`);
  if (end) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString();
}

export function submissionRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.put<{ Reply: ResponseBody<'PUT /submissions/:instanceId'> }>('/submissions/:instanceId', { bodyLimit: 5 * MB }, async (request, reply) => {
    const caller = await requireRole(db, request, 'interviewer');
    const { instanceId } = parseWith(InstanceParams, request.params, 'instanceId');
    const body = parseWith(SubmissionRequestSchema, request.body);
    const outcome = await db.transaction((tx) => putSubmission(tx, instanceId, body, request.body, caller));
    return reply.code(outcome.status).send(outcome.receipt);
  });

  // Interviewers see their own interviews (to learn about rejections); managers and analysts all,
  // filtered (interviewer, state, region, dates, search) and paged (?limit&offset; X-Total-Count).
  app.get<{ Reply: ResponseBody<'GET /submissions'> }>('/submissions', async (request, reply) => {
    const caller = await requireRole(db, request, 'manager', 'analyst', 'interviewer');
    const query = parseWith(SubmissionQuerySchema, request.query, 'query');
    const { rows, total } = await findSubmissions(db, {
      questionnaireId: query.questionnaire,
      interviewer: caller.role === 'interviewer' ? caller.username : query.interviewer,
      state: query.state,
      region: query.region,
      from: dayBound(query.from, false),
      to: dayBound(query.to, true),
      search: query.q,
      ...(query.flag === 'any' ? { flagged: true } : query.flag === undefined ? {} : { flag: query.flag }),
      newestFirst: query.sort === 'newest',
      limit: query.limit,
      offset: query.offset,
    });
    return reply.header(TOTAL_COUNT_HEADER, String(total)).send(rows);
  });

  // Bulk review: each interview decided at the revision the manager saw, in its own transaction
  // and audited on its own; a stale one (a new revision arrived) is refused as review-stale and
  // the rest go through. The answer lists every item's outcome.
  app.post<{ Reply: ResponseBody<'POST /submissions/review'> }>('/submissions/review', { bodyLimit: 256 * KB }, async (request) => {
    const caller = await requireRole(db, request, 'manager');
    const { decision, comment, items } = parseWith(BulkReviewRequestSchema, request.body);
    const results: ResponseBody<'POST /submissions/review'>['results'] = [];
    for (const { instanceId, revision } of items) {
      try {
        const submission = await db.transaction(async (tx) => {
          const result = await reviewSubmission(tx, instanceId, decision, comment, caller.username, revision);
          await audit(tx, { actor: caller.username, action: 'submission-reviewed', target: instanceId, address: request.ip, detail: { decision, revision: result.revision, bulk: true } });
          return result;
        });
        results.push({ instanceId, status: 200, code: null, detail: null, submission });
      } catch (err) {
        if (!(err instanceof HttpProblem) || !isProblem(err.problem)) throw err;
        results.push({ instanceId, status: err.problem.status, code: err.problem.code, detail: err.problem.detail ?? null, submission: null });
      }
    }
    const reviewed = results.filter((r) => r.code === null).length;
    return { reviewed, refused: results.length - reviewed, results };
  });

  // What changed between two revisions of an interview (a rejected one re-submitted): answers read, so audited.
  app.get<{ Reply: ResponseBody<'GET /submissions/:instanceId/diff'> }>('/submissions/:instanceId/diff', async (request) => {
    const summary = await readableSubmission(db, request);
    const { from, to } = parseWith(DiffQuery, request.query, 'query');
    const [before, after] = [await submissionContent(db, summary.instanceId, from), await submissionContent(db, summary.instanceId, to)];
    await audit(db, { actor: summary.reader, action: 'submission-content-read', target: summary.instanceId, address: request.ip, detail: { revision: to, diffFrom: from } });
    return { instanceId: summary.instanceId, from, to, ...diffRevisions(before, after) };
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
