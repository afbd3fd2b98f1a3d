// The OData v4 feed (docs/server.md, "OData feed for analysts' tools"): read-only, the same
// roles as the exports (manager, analyst), the caller's token in the Authorization header, each
// page of rows audited as a read of microdata.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireRole } from '../auth';
import type { ServerContext } from '../context';
import { audit, entitySetPage, metadataDocument, parseODataQuery, preferredPageSize, serviceDocument } from '../services';
import { parseWith } from '../validate';

const SetParams = z.object({ set: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/) });

/** The feed's absolute root, as the client reached it (behind a trusted proxy: its scheme and host). */
function feedBase(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/api/v1/odata`;
}

function odataJson(reply: FastifyReply, body: unknown): FastifyReply {
  return reply.header('odata-version', '4.0').header('cache-control', 'no-store').header('content-type', 'application/json; odata.metadata=minimal; charset=utf-8').send(body);
}

export function odataRoutes(app: FastifyInstance, { db }: ServerContext): void {
  const serviceRoot = async (request: FastifyRequest, reply: FastifyReply) => {
    await requireRole(db, request, 'manager', 'analyst');
    parseODataQuery(request.query as Record<string, unknown>);
    return odataJson(reply, await serviceDocument(db, feedBase(request)));
  };
  app.get('/odata', serviceRoot);
  app.get('/odata/', serviceRoot);

  app.get('/odata/$metadata', async (request, reply) => {
    await requireRole(db, request, 'manager', 'analyst');
    return reply.header('odata-version', '4.0').header('cache-control', 'no-store').header('content-type', 'application/xml; charset=utf-8').send(await metadataDocument(db));
  });

  app.get('/odata/:set', async (request, reply) => {
    const caller = await requireRole(db, request, 'manager', 'analyst');
    const { set } = parseWith(SetParams, request.params, 'path');
    const query = parseODataQuery(request.query as Record<string, unknown>);
    const prefer = request.headers.prefer;
    const maxPage = preferredPageSize(Array.isArray(prefer) ? prefer.join(',') : prefer);
    const page = await entitySetPage(db, set, query, feedBase(request), maxPage);
    if (maxPage !== undefined) reply.header('preference-applied', `odata.maxpagesize=${maxPage}`);
    await audit(db, {
      actor: caller.username, action: 'microdata-exported', target: `odata:${set}`, address: request.ip,
      detail: { rows: page.rows, skip: query.skip, top: query.top ?? null, select: query.select?.length ?? null },
    });
    return odataJson(reply, page.body);
  });
}
