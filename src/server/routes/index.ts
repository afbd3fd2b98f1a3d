import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context';
import { assignmentRoutes } from './assignments';
import { caseRoutes } from './cases';
import { auditRoutes } from './audit';
import { exportRoutes } from './exports';
import { questionnaireRoutes } from './questionnaires';
import { sessionRoutes } from './session';
import { submissionRoutes } from './submissions';
import { userRoutes } from './users';

/** The HTTP contract of DESIGN.md §4, mounted under /api/v1. */
export function apiRoutes(ctx: ServerContext) {
  return async (api: FastifyInstance): Promise<void> => {
    sessionRoutes(api, ctx);
    questionnaireRoutes(api, ctx);
    assignmentRoutes(api, ctx);
    caseRoutes(api, ctx);
    submissionRoutes(api, ctx);
    exportRoutes(api, ctx);
    auditRoutes(api, ctx);
    userRoutes(api, ctx);
  };
}
