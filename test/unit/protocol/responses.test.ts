// Every JSON route the server mounts has its response schema in src/protocol/responses.ts (the
// server's handlers are typed with it, the device parses with it), and the table names no route
// the server lacks. The two routes without a JSON body are listed here with the reason.
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { responseSchemas } from '../../../src/protocol';
import { apiRoutes } from '../../../src/server/routes';
import type { ServerContext } from '../../../src/server/context';

/** Routes answering without a JSON body: 204 No Content, and the export files (CSV, XLSX, SAV, DTA bytes). */
// The OData feed answers in OData's own JSON and CSDL XML, described to its clients (Excel, Power BI,
// R) by its $metadata document rather than by a zod schema of this app's protocol.
const ODATA = ['GET /odata', 'GET /odata/', 'GET /odata/$metadata', 'GET /odata/:set'];
const NOT_JSON = ['DELETE /session', 'DELETE /sessions/:id', 'GET /exports/:file', 'DELETE /assignments/:id', ...ODATA];

describe('response schemas of the HTTP contract', () => {
  it('cover exactly the JSON routes the server mounts', async () => {
    const app = Fastify();
    const routes: string[] = [];
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url.replace(/^\/api\/v1/, '')}`);
    });
    // Mounting reads no context: the handlers use it only when a request arrives.
    await app.register(apiRoutes({} as ServerContext), { prefix: '/api/v1' });
    await app.ready();
    expect(routes.filter((r) => !NOT_JSON.includes(r)).sort()).toEqual(Object.keys(responseSchemas).sort());
    expect(NOT_JSON.every((r) => routes.includes(r))).toBe(true);
    await app.close();
  });
});
