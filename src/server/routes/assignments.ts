import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AssignmentChangeSchema, AssignmentRequestSchema, type ResponseBody } from '../../protocol';
import { requireRole } from '../auth';
import { KB, type ServerContext } from '../context';
import { audit, changeAssignment, createAssignment, deleteAssignment, listAssignments } from '../services';
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
    const assignment = await db.transaction(async (tx) => {
      const made = await createAssignment(tx, body, caller.username);
      await audit(tx, { actor: caller.username, action: 'assignment-created', target: made.id, address: request.ip, detail: { caseId: made.caseId, interviewer: made.interviewer, quantity: made.quantity ?? 1 } });
      return made;
    });
    return reply.code(201).send(assignment);
  });

  // The manager changes how many interviews a case may yield, its address, or its interviewer.
  app.patch<{ Reply: ResponseBody<'PATCH /assignments/:id'> }>('/assignments/:id', { bodyLimit: 16 * KB }, async (request) => {
    const caller = await requireRole(db, request, 'manager');
    const { id } = parseWith(AssignmentParams, request.params, 'path');
    const change = parseWith(AssignmentChangeSchema, request.body);
    return db.transaction(async (tx) => {
      const changed = await changeAssignment(tx, id, change);
      // The address is personal data: the log says it changed, not what it is.
      const { address, ...logged } = change;
      await audit(tx, { actor: caller.username, action: 'assignment-changed', target: id, address: request.ip, detail: { ...logged, ...(address === undefined ? {} : { addressChanged: true }) } });
      return changed;
    });
  });

  // Only an assignment no one worked on; one with interviews or visits is a 409 (services/assignments.ts).
  app.delete('/assignments/:id', async (request, reply) => {
    const caller = await requireRole(db, request, 'manager');
    const { id } = parseWith(AssignmentParams, request.params, 'path');
    await db.transaction(async (tx) => {
      const deleted = await deleteAssignment(tx, id);
      await audit(tx, { actor: caller.username, action: 'assignment-deleted', target: id, address: request.ip, detail: { caseId: deleted.caseId, interviewer: deleted.interviewer } });
    });
    return reply.code(204).send();
  });
}
