// Issue 13 item 12: the route × role × owner × token-state matrix, generated from ONE table (one row
// per mounted route: the roles that may call it, whether ownership matters and how another's
// resource is answered). Every cell is one real request; the table must cover every route the server
// mounts, so a route added without a row fails here. The roles are docs/server.md's table.
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/protocol';
import { createAccount } from '../../src/server';
import { backends } from './support/backends';
import { call, login, startTestServer, type Reply, type TestServer, HOOK_TIMEOUT } from './support/http';

const ROLES: readonly Role[] = ['admin', 'manager', 'analyst', 'interviewer'];
const BAD_TOKENS = ['none', 'malformed', 'revoked', 'expired'] as const;
type BadToken = (typeof BAD_TOKENS)[number];

/** The calling account: a role's demo account (`interviewer` is ivan), or maja, the other interviewer. */
interface Caller { role: Role; username: string; password: string; token: string }

interface Fixture {
  base: string;
  callers: Record<Role, Caller>;
  maja: Caller;
  /** ivan's and maja's assignment ids, and one interview each. */
  assignment: Record<'ivan' | 'maja', string>;
  submission: Record<'ivan' | 'maja', string>;
}

interface Request { path: string; body?: unknown; token?: string }

interface Row {
  /** `METHOD path` exactly as mounted under /api/v1 (Fastify's pattern). */
  route: string;
  /** Who may call it: roles, or `public` (no token needed). */
  roles: readonly Role[] | 'public';
  /** Roles whose access depends on owning the resource, and what another's resource answers. */
  owned?: { by: readonly Role[]; other: 403 | 404 };
  /**
   * The status of an allowed call made as the row builds it; absent: any answer past the role
   * check (not 401/403, below 500) — for rows whose request is deliberately incomplete.
   */
  ok?: number;
  /** The request for a caller: its own resource, or (owner = false) another's. */
  request(f: Fixture, caller: Caller, own: boolean): Promise<Request> | Request;
}

const interviewBody = (extra: Record<string, unknown> = {}) => ({
  questionnaireId: 'household', version: 1, data: { sex: 1 }, paradata: { startedAt: '2026-11-20T08:00:00.000Z' }, disposition: '1.1', ...extra,
});
const attemptBody = { at: '2026-11-20T08:00:00.000Z', outcome: '3.13', final: false };

/** A live session of `who` other than the one in use, and its id (for DELETE /sessions/:id). */
async function freshSession(base: string, who: Caller): Promise<string> {
  const token = await login(base, who.username, who.password);
  const list = (await call(base, 'GET', '/sessions', { token })).body as { id: string; current: boolean }[];
  return (list.find((s) => s.current) as { id: string }).id;
}

const TABLE: readonly Row[] = [
  { route: 'POST /session', roles: 'public', ok: 201, request: (_f, c) => ({ path: '/session', body: { username: c.username, password: c.password } }) },
  { route: 'DELETE /session', roles: ROLES, ok: 204, request: async (f, c) => ({ path: '/session', token: await login(f.base, c.username, c.password) }) },
  { route: 'GET /sessions', roles: ROLES, ok: 200, request: () => ({ path: '/sessions' }) },
  {
    route: 'DELETE /sessions/:id', roles: ROLES, ok: 204, owned: { by: ['manager', 'analyst', 'interviewer'], other: 404 },
    request: async (f, c, own) => ({ path: `/sessions/${await freshSession(f.base, own ? c : f.maja)}` }),
  },
  { route: 'POST /session/totp', roles: ['admin', 'manager'], ok: 201, request: () => ({ path: '/session/totp', body: {} }) },
  // A wrong code: the role check passed, the code did not.
  { route: 'POST /session/totp/confirm', roles: ['admin', 'manager'], ok: 400, request: () => ({ path: '/session/totp/confirm', body: { otp: '000000' } }) },
  { route: 'GET /session/totp', roles: ['admin', 'manager'], ok: 200, request: () => ({ path: '/session/totp' }) },
  // Two-factor log-in is not on for these accounts: the role check passed, the request did not.
  { route: 'POST /session/totp/recovery-codes', roles: ['admin', 'manager'], ok: 400, request: () => ({ path: '/session/totp/recovery-codes', body: { otp: '000000' } }) },
  { route: 'GET /audit', roles: ['admin'], ok: 200, request: () => ({ path: '/audit' }) },
  { route: 'GET /questionnaires', roles: ROLES, ok: 200, request: () => ({ path: '/questionnaires' }) },
  { route: 'GET /questionnaires/:id/:version', roles: ROLES, ok: 200, request: () => ({ path: '/questionnaires/household/1' }) },
  {
    route: 'POST /questionnaires', roles: ['manager'], ok: 201,
    request: () => ({ path: '/questionnaires', body: { id: `m-${uuidv7().slice(-8)}`, definition: { title: 'M', pages: [{ name: 'p', elements: [{ type: 'text', name: 'q', title: 'Q' }] }] } } }),
  },
  { route: 'GET /assignments', roles: ['manager', 'interviewer'], ok: 200, request: () => ({ path: '/assignments' }) },
  {
    route: 'POST /assignments', roles: ['manager'], ok: 201,
    request: () => ({ path: '/assignments', body: { interviewer: 'maja', questionnaireId: 'household', caseId: `X-${uuidv7().slice(-8)}` } }),
  },
  { route: 'PATCH /assignments/:id', roles: ['manager'], ok: 200, request: (f) => ({ path: `/assignments/${f.assignment.maja}`, body: { address: 'Main street 1' } }) },
  { route: 'GET /cases', roles: ['manager', 'interviewer'], ok: 200, request: () => ({ path: '/cases' }) },
  {
    route: 'GET /cases/:assignmentId', roles: ['manager', 'interviewer'], ok: 200, owned: { by: ['interviewer'], other: 403 },
    request: (f, _c, own) => ({ path: `/cases/${own ? f.assignment.ivan : f.assignment.maja}` }),
  },
  {
    route: 'PUT /cases/:assignmentId/attempts/:attemptId', roles: ['interviewer'], ok: 201, owned: { by: ['interviewer'], other: 403 },
    request: (f, _c, own) => ({ path: `/cases/${own ? f.assignment.ivan : f.assignment.maja}/attempts/${uuidv7()}`, body: attemptBody }),
  },
  // No sample or margins: refused as unusable files, after the role check.
  { route: 'POST /weighting/:questionnaireId', roles: ['manager'], ok: 400, request: () => ({ path: '/weighting/household', body: {} }) },
  {
    route: 'PUT /submissions/:instanceId', roles: ['interviewer'], ok: 201, owned: { by: ['interviewer'], other: 403 },
    // Another's: maja's stored interview, sent with other content.
    request: (f, _c, own) => ({ path: `/submissions/${own ? uuidv7() : f.submission.maja}`, body: interviewBody({ disposition: '1.2' }) }),
  },
  { route: 'GET /submissions', roles: ['manager', 'analyst', 'interviewer'], ok: 200, request: () => ({ path: '/submissions' }) },
  {
    route: 'GET /submissions/:instanceId', roles: ['manager', 'analyst', 'interviewer'], ok: 200, owned: { by: ['interviewer'], other: 403 },
    request: (f, _c, own) => ({ path: `/submissions/${own ? f.submission.ivan : f.submission.maja}` }),
  },
  {
    route: 'GET /submissions/:instanceId/content', roles: ['manager', 'analyst', 'interviewer'], ok: 200, owned: { by: ['interviewer'], other: 403 },
    request: (f, _c, own) => ({ path: `/submissions/${own ? f.submission.ivan : f.submission.maja}/content` }),
  },
  {
    route: 'POST /submissions/:instanceId/review', roles: ['manager'], ok: 200,
    request: (f) => ({ path: `/submissions/${f.submission.maja}/review`, body: { decision: 'approve', comment: '' } }),
  },
  { route: 'GET /exports/:file', roles: ['manager', 'analyst'], ok: 200, request: () => ({ path: '/exports/household.csv' }) },
  { route: 'GET /monitoring/:questionnaireId', roles: ['manager'], ok: 200, request: () => ({ path: '/monitoring/household' }) },
  { route: 'GET /quality/:questionnaireId', roles: ['manager'], ok: 200, request: () => ({ path: '/quality/household' }) },
  { route: 'GET /progress/:questionnaireId', roles: ['manager'], ok: 200, request: () => ({ path: '/progress/household' }) },
  // The console's routes (merged from main): the role check comes before the body is read.
  { route: 'DELETE /assignments/:id', roles: ['manager'], request: () => ({ path: `/assignments/${uuidv7()}` }) },
  { route: 'GET /questionnaires/versions', roles: ['manager'], ok: 200, request: () => ({ path: '/questionnaires/versions' }) },
  { route: 'POST /questionnaires/lint', roles: ['manager'], request: () => ({ path: '/questionnaires/lint', body: {} }) },
  { route: 'POST /questionnaires/:id/:version/retire', roles: ['manager'], request: () => ({ path: '/questionnaires/household/999/retire', body: {} }) },
  { route: 'POST /submissions/review', roles: ['manager'], request: () => ({ path: '/submissions/review', body: {} }) },
  {
    route: 'GET /submissions/:instanceId/diff', roles: ['manager', 'analyst', 'interviewer'], owned: { by: ['interviewer'], other: 403 },
    request: (f, _c, own) => ({ path: `/submissions/${own ? f.submission.ivan : f.submission.maja}/diff` }),
  },
  { route: 'GET /users', roles: ['admin'], ok: 200, request: () => ({ path: '/users' }) },
  { route: 'POST /users', roles: ['admin'], request: () => ({ path: '/users', body: {} }) },
  { route: 'PATCH /users/:username', roles: ['admin'], request: () => ({ path: '/users/nobody-here', body: {} }) },
  // The OData feed (docs/server.md): the export's roles, every page a read of microdata.
  { route: 'GET /odata', roles: ['manager', 'analyst'], ok: 200, request: () => ({ path: '/odata' }) },
  { route: 'GET /odata/', roles: ['manager', 'analyst'], ok: 200, request: () => ({ path: '/odata/' }) },
  { route: 'GET /odata/$metadata', roles: ['manager', 'analyst'], ok: 200, request: () => ({ path: '/odata/$metadata' }) },
  { route: 'GET /odata/:set', roles: ['manager', 'analyst'], request: () => ({ path: '/odata/household' }) },
];

/** `METHOD /path` of every route mounted under /api/v1, read from Fastify's route tree (HEAD is Fastify's own). */
function mountedRoutes(tree: string): string[] {
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const at = line.search(/[├└]── /);
    if (at < 0) continue;
    const depth = at / 4;
    const m = /^(\S+)(?: \(([A-Z, ]+)\))?$/.exec(line.slice(at + 4).trim());
    if (!m) continue;
    stack.length = depth;
    stack.push(m[1]);
    const path = stack.join('');
    if (!m[2] || !path.startsWith('/api/v1/')) continue;
    for (const method of m[2].split(', ')) if (method !== 'HEAD') routes.push(`${method} ${path.slice('/api/v1'.length)}`);
  }
  return routes.sort();
}

type Expected = 'allowed' | 401 | 403 | 404;

describe.each(backends)('route × role × owner × token state on %s', (backend) => {
  let t: TestServer;
  let f: Fixture;
  const bad: Record<BadToken, string | undefined> = { none: undefined, malformed: 'not-a-token', revoked: '', expired: '' };

  beforeAll(async () => {
    t = await startTestServer(backend);
    const base = t.base;
    await createAccount(t.server.db, 'maja', 'interviewer', 'tall birch river');
    await createAccount(t.server.db, 'gone', 'interviewer', 'quiet amber meadow');
    await createAccount(t.server.db, 'late', 'interviewer', 'brisk cedar lantern');
    const usernames: Record<Role, string> = { admin: 'admin', manager: 'manager', analyst: 'analyst', interviewer: 'interviewer' };
    const callers = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, {
      role, username: usernames[role], password: t.passwords[role], token: await login(base, usernames[role], t.passwords[role]),
    }]))) as Record<Role, Caller>;
    const maja: Caller = { role: 'interviewer', username: 'maja', password: 'tall birch river', token: await login(base, 'maja', 'tall birch river') };
    bad.revoked = await login(base, 'gone', 'quiet amber meadow');
    expect((await call(base, 'DELETE', '/session', { token: bad.revoked })).status).toBe(204);
    bad.expired = await login(base, 'late', 'brisk cedar lantern');
    await t.server.db.query("UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE username = 'late'");
    const assign = async (interviewer: string, caseId: string) =>
      ((await call(base, 'POST', '/assignments', { token: callers.manager.token, body: { interviewer, questionnaireId: 'household', caseId } })).body as { id: string }).id;
    const upload = async (who: Caller) => {
      const id = uuidv7();
      expect((await call(base, 'PUT', `/submissions/${id}`, { token: who.token, body: interviewBody() })).status).toBe(201);
      return id;
    };
    f = {
      base, callers, maja,
      assignment: { ivan: await assign('interviewer', 'MX-I'), maja: await assign('maja', 'MX-M') },
      submission: { ivan: await upload(callers.interviewer), maja: await upload(maja) },
    };
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  it('the table has one row per mounted route, and every row is mounted', async () => {
    const mounted = mountedRoutes(t.server.app.printRoutes({ commonPrefix: false }));
    expect(mounted.length).toBeGreaterThan(20);
    expect(TABLE.map((r) => r.route).sort()).toEqual(mounted);
  });

  it('every cell answers as the table says: allowed, 401 without a live token, 403 for another role, 403/404 for another\'s resource', async () => {
    const cells: { cell: string; expected: Expected; status: number; code?: string }[] = [];
    const run = async (row: Row, cell: string, expected: Expected, token: string | undefined, request: Request) => {
      const [method] = row.route.split(' ');
      const res: Reply = await call(f.base, method, request.path, { token: request.token ?? token, body: request.body });
      cells.push({ cell, expected, status: res.status, code: (res.body as { code?: string } | undefined)?.code });
    };
    for (const row of TABLE) {
      const isPublic = row.roles === 'public';
      for (const state of BAD_TOKENS) {
        // A public route ignores the token; a protected one refuses every dead token alike.
        const request = await row.request(f, f.callers.interviewer, true);
        await run(row, `${row.route} · token ${state}`, isPublic ? 'allowed' : 401, bad[state], { ...request, token: bad[state] });
      }
      for (const role of ROLES) {
        const caller = f.callers[role];
        const may = isPublic || (row.roles as readonly Role[]).includes(role);
        await run(row, `${row.route} · ${role}`, may ? 'allowed' : 403, caller.token, await row.request(f, caller, true));
        if (may && row.owned?.by.includes(role)) {
          await run(row, `${row.route} · ${role} · another's`, row.owned.other, caller.token, await row.request(f, caller, false));
        }
      }
    }
    const mismatches = cells.filter((c) => {
      if (c.status >= 500) return true;
      if (c.expected === 'allowed') {
        const ok = TABLE.find((r) => c.cell.startsWith(`${r.route} ·`))?.ok;
        return ok === undefined ? c.status === 401 || c.status === 403 : ok !== c.status;
      }
      if (c.expected === 401) return c.status !== 401 || c.code !== 'unauthenticated';
      if (c.expected === 403) return c.status !== 403 || c.code !== 'forbidden';
      return c.status !== c.expected;
    });
    // The count of cells run, for the record (issue 13 probed 362 from outside).
    console.log(`access matrix on ${backend}: ${cells.length} cells, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
    expect(cells.length).toBeGreaterThan(TABLE.length * (BAD_TOKENS.length + ROLES.length));
  });
});
