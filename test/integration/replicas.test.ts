// Issue 13 item 10: several servers on one PostgreSQL start together (migrations, demo accounts
// and questionnaire publication race each other) and serve as replicas behind one address.
import { createServer as createHttpServer, request as httpRequest, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from '../../src/server';
import { backends, scratchDatabase, type ScratchDatabase } from './support/backends';
import { call, FIXTURES, HOOK_TIMEOUT, login } from './support/http';

/** A round-robin HTTP proxy: each request goes to the next replica, as a load balancer would. */
function roundRobin(targets: number[]): Promise<{ base: string; server: HttpServer }> {
  let next = 0;
  const server = createHttpServer((req, res) => {
    const port = targets[next++ % targets.length];
    const upstream = httpRequest({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => { res.writeHead(502); res.end(); });
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`, server })));
}

describe.each(backends.filter((b) => b === 'postgres'))('replicas on one %s database', (backend) => {
  it('six rounds of two servers starting at once on a fresh database: both start, one set of demo accounts, one version per questionnaire', async () => {
    for (let round = 0; round < 6; round++) {
      const scratch = await scratchDatabase(backend);
      const started: Server[] = [];
      try {
        const results = await Promise.allSettled([0, 1].map(() => createServer({ database: scratch.config, surveysDir: FIXTURES, appDir: null })));
        for (const r of results) if (r.status === 'fulfilled') started.push(r.value);
        expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'started'))).toEqual(['started', 'started']);
        // Exactly one of the two created the demo accounts; the other found them.
        expect(started.map((s) => s.demoAccounts.length).sort()).toEqual([0, 4]);
        const db = started[0].db;
        expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts'))[0].n).toBe(4);
        expect((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM questionnaires WHERE id = 'household'"))[0].n).toBe(1);
      } finally {
        await Promise.all(started.map((s) => s.close()));
        await scratch.dispose();
      }
    }
  }, HOOK_TIMEOUT);

  describe('two replicas behind one address', () => {
    let scratch: ScratchDatabase;
    let replicas: Server[] = [];
    let proxy: { base: string; server: HttpServer };
    let passwords: Record<string, string>;
    beforeAll(async () => {
      scratch = await scratchDatabase(backend);
      replicas = await Promise.all([0, 1].map(() => createServer({ database: scratch.config, surveysDir: FIXTURES, appDir: null })));
      const ports: number[] = [];
      for (const r of replicas) {
        await r.app.listen({ port: 0, host: '127.0.0.1' });
        ports.push((r.app.server.address() as AddressInfo).port);
      }
      proxy = await roundRobin(ports);
      passwords = Object.fromEntries(replicas.flatMap((r) => r.demoAccounts).map((a) => [a.username, a.password]));
    }, HOOK_TIMEOUT);
    afterAll(async () => {
      if (proxy) await new Promise((resolve) => proxy.server.close(resolve));
      await Promise.all(replicas.map((r) => r.close()));
      await scratch?.dispose();
    }, HOOK_TIMEOUT);

    it('a session made on one replica works on the other; uploads through either are all exported and listed', async () => {
      const ivan = await login(proxy.base, 'interviewer', passwords.interviewer);
      const manager = await login(proxy.base, 'manager', passwords.manager);
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const id = uuidv7();
        ids.push(id);
        const res = await call(proxy.base, 'PUT', `/submissions/${id}`, {
          token: ivan,
          body: { questionnaireId: 'household', version: 1, caseId: `C-${i}`, data: { sex: 1 + (i % 2) }, paradata: { startedAt: '2026-11-20T08:00:00.000Z' }, disposition: '1.1' },
        });
        expect(res.status).toBe(201);
      }
      // Listed identically through both replicas (alternating requests).
      const a = await call(proxy.base, 'GET', '/submissions', { token: manager });
      const b = await call(proxy.base, 'GET', '/submissions', { token: manager });
      const idsOf = (r: { body: unknown }) => (r.body as { instanceId: string }[]).map((s) => s.instanceId).sort();
      expect(idsOf(a)).toEqual([...ids].sort());
      expect(idsOf(b)).toEqual(idsOf(a));
      // Logging out through one replica ends the session on both.
      expect((await call(proxy.base, 'DELETE', '/session', { token: ivan })).status).toBe(204);
      for (let i = 0; i < 2; i++) expect((await call(proxy.base, 'GET', '/questionnaires', { token: ivan })).status).toBe(401);
    });
  });
});

// The embedded database has one writer: replicas need PostgreSQL. Two servers started at once on
// one PGlite data directory must not both open it (that corrupts it): one serves, the other is
// refused with database-locked, and the first keeps answering.
describe.each(backends.filter((b) => b === 'pglite'))('servers started together on one %s data directory', (backend) => {
  it('one starts and serves, the other is refused with database-locked', async () => {
    const scratch = await scratchDatabase(backend);
    const started: Server[] = [];
    try {
      const results = await Promise.allSettled([0, 1].map(() => createServer({ database: scratch.config, surveysDir: FIXTURES, appDir: null })));
      for (const r of results) if (r.status === 'fulfilled') started.push(r.value);
      expect(started).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected');
      expect(refused?.status === 'rejected' && (refused.reason as { code?: string }).code).toBe('database-locked');
      await started[0].app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = started[0].app.server.address() as AddressInfo;
      const token = await login(`http://127.0.0.1:${port}/api/v1`, 'manager', started[0].demoAccounts.find((a) => a.role === 'manager')!.password);
      expect((await call(`http://127.0.0.1:${port}/api/v1`, 'GET', '/questionnaires', { token })).status).toBe(200);
    } finally {
      await Promise.all(started.map((s) => s.close()));
      await scratch.dispose();
    }
  }, HOOK_TIMEOUT);
});
