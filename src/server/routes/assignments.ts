import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AssignmentChangeSchema, AssignmentRequestSchema, type ResponseBody } from '../../protocol';
import { requireRole } from '../auth';
import { KB, type ServerContext } from '../context';
import { changeAssignment, createAssignment, listAssignments } from '../services';
import { parseWith } from '../validate';

const AssignmentParams = z.object({ id: z.string().min(1).max(100) });

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

  // The manager changes how many interviews a case may yield (or its address).
  app.patch('/assignments/:id', { bodyLimit: 16 * KB }, async (request) => {
    await requireRole(db, request, 'manager');
    const { id } = parseWith(AssignmentParams, request.params, 'path');
    const change = parseWith(AssignmentChangeSchema, request.body);
    return db.transaction((tx) => changeAssignment(tx, id, change));
  });
}
