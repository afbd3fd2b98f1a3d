import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireRole } from '../auth';
import type { ServerContext } from '../context';
import { auditActions, listAudit } from '../services';
import { parseWith } from '../validate';

const AuditQuery = z.object({
  actor: z.string().min(1).max(100).optional(),
  action: z.enum(auditActions).optional(),
  target: z.string().min(1).max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.string().regex(/^\d{1,18}$/).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** The audit log for admins, newest first, filtered by actor, action, target and time; paged with ?before=<id>. */
export function auditRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.get('/audit', async (request) => {
    await requireRole(db, request, 'admin');
    const filter = parseWith(AuditQuery, request.query, 'query');
    const entries = await listAudit(db, filter);
    return { entries, actions: auditActions, next: entries.length === filter.limit ? entries[entries.length - 1].id : null };
  });
}
