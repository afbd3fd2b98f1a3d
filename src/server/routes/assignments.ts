import type { FastifyInstance } from 'fastify';
import { AssignmentRequestSchema, type ResponseBody } from '../../protocol';
import { requireRole } from '../auth';
import { KB, type ServerContext } from '../context';
import { createAssignment, listAssignments } from '../services';
import { parseWith } from '../validate';

export function assignmentRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.get<{ Reply: ResponseBody<'GET /assignments'> }>('/assignments', async (request) => {
    const caller = await requireRole(db, request, 'interviewer', 'manager');
    return listAssignments(db, caller.role === 'interviewer' ? caller.username : undefined);
  });

  app.post<{ Reply: ResponseBody<'POST /assignments'> }>('/assignments', { bodyLimit: 256 * KB }, async (request, reply) => {
    const caller = await requireRole(db, request, 'manager');
    const body = parseWith(AssignmentRequestSchema, request.body);
    const assignment = await db.transaction((tx) => createAssignment(tx, body, caller.username));
    return reply.code(201).send(assignment);
  });
}
