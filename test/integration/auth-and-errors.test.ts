import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/server/auth';
import { backends } from './support/backends';
import { call, expectProblem, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

describe.each(backends)('session, auth and error problems on %s', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  it('logs in with a demo account: 201 with a token, the role and a 30-day expiry', async () => {
    const res = await call(t.base, 'POST', '/session', { body: { username: 'manager', password: t.passwords.manager } });
    expect(res.status).toBe(201);
    const session = res.body as { token: string; role: string; username: string; expiresAt: string };
    expect(session.role).toBe('manager');
    expect(session.username).toBe('manager');
    expect(Buffer.from(session.token, 'base64url')).toHaveLength(32);
    const days = (Date.parse(session.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
  });

  it('stores only the hash of the token and the scrypt hash of the password', async () => {
    const token = await login(t.base, 'analyst', t.passwords.analyst);
    const sessions = await t.server.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(sessions.some((s) => s.token_hash === token)).toBe(false);
    expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.token_hash))).toBe(true);
    const [account] = await t.server.db.query<{ password_hash: string }>("SELECT password_hash FROM accounts WHERE username = 'analyst'");
    expect(account.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(account.password_hash).not.toContain(t.passwords.analyst);
  });

  it('401 invalid-credentials for a wrong password and for an unknown user', async () => {
    expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'manager', password: 'wrong-password' } }), 401, 'invalid-credentials');
    expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'nobody', password: 'whatever1' } }), 401, 'invalid-credentials');
  });

  it('401 unauthenticated without a token, with a bad token, with an expired or a revoked one', async () => {
    expectProblem(await call(t.base, 'GET', '/questionnaires'), 401, 'unauthenticated');
    expectProblem(await call(t.base, 'GET', '/questionnaires', { token: 'not-a-real-token' }), 401, 'unauthenticated');
    const old = await createSession(t.server.db, { username: 'manager', role: 'manager' }, new Date(Date.now() - 31 * 86_400_000));
    expectProblem(await call(t.base, 'GET', '/questionnaires', { token: old.token }), 401, 'unauthenticated');

    const token = await login(t.base, 'interviewer', t.passwords.interviewer);
    expect((await call(t.base, 'GET', '/questionnaires', { token })).status).toBe(200);
    expect((await call(t.base, 'DELETE', '/session', { token })).status).toBe(204);
    expectProblem(await call(t.base, 'GET', '/questionnaires', { token }), 401, 'unauthenticated');
    expectProblem(await call(t.base, 'DELETE', '/session', { token }), 401, 'unauthenticated');
  });

  it('404 not-found for an unknown API route, any method', async () => {
    const body = expectProblem(await call(t.base, 'GET', '/no-such-thing'), 404, 'not-found');
    expect(body.type).toBe('https://jha-survey.dev/problems/not-found');
    expectProblem(await call(t.base, 'POST', '/no-such-thing', { body: {} }), 404, 'not-found');
  });

  it('400 malformed-json for a body that is not JSON', async () => {
    expectProblem(await call(t.base, 'POST', '/session', { raw: '{"username": "manager",' }), 400, 'malformed-json');
  });

  it('400 validation-failed listing the zod issues', async () => {
    const body = expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'manager' } }), 400, 'validation-failed');
    expect(body.errors).toEqual([expect.objectContaining({ path: 'password' })]);
  });

  it('400 validation-failed for an undecodable URL', async () => {
    expectProblem(await call(t.base, 'GET', '/questionnaires/%E0%A4%A'), 400, 'validation-failed');
  });

  it('415 for a body that is not JSON by media type', async () => {
    expectProblem(await call(t.base, 'POST', '/session', { raw: 'manager', contentType: 'text/plain' }), 415, 'unsupported-media-type');
    expectProblem(await call(t.base, 'POST', '/session', { raw: 'username=manager', contentType: 'application/x-www-form-urlencoded' }), 415, 'unsupported-media-type');
  });

  it('413 payload-too-large above the 64 KB limit of POST /session', async () => {
    const res = await call(t.base, 'POST', '/session', { body: { username: 'manager', password: 'x'.repeat(70 * 1024) } });
    expectProblem(res, 413, 'payload-too-large');
  });

  it('403 forbidden for a role that may not', async () => {
    const token = await login(t.base, 'analyst', t.passwords.analyst);
    expectProblem(await call(t.base, 'POST', '/questionnaires', { token, body: { id: 'x', definition: { pages: [] } } }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', '/assignments', { token }), 403, 'forbidden');
    const admin = await login(t.base, 'admin', t.passwords.admin);
    expectProblem(await call(t.base, 'GET', '/exports/household.csv', { token: admin }), 403, 'forbidden');
  });

  it('500 internal-error with no stack trace or SQL when the database fails', async () => {
    const token = await login(t.base, 'manager', t.passwords.manager);
    await t.server.db.query('ALTER TABLE questionnaires RENAME TO questionnaires_moved');
    try {
      const res = await call(t.base, 'GET', '/questionnaires', { token });
      const body = expectProblem(res, 500, 'internal-error');
      expect(Object.keys(body).sort()).toEqual(['code', 'status', 'title', 'type']);
      expect(res.text).not.toMatch(/questionnaires|relation|select/i);
    } finally {
      await t.server.db.query('ALTER TABLE questionnaires_moved RENAME TO questionnaires');
    }
  });

  it('429 rate-limited after 5 failed log-ins for one account, with Retry-After; slowed, not locked out', async () => {
    for (let i = 0; i < 5; i++) {
      expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'admin', password: `guess-${i}` } }), 401, 'invalid-credentials');
    }
    // Even the right password waits: the limiter answers before any password is checked.
    const limited = await call(t.base, 'POST', '/session', { body: { username: 'ADMIN', password: t.passwords.admin } });
    expectProblem(limited, 429, 'rate-limited');
    expect(Number(limited.headers.get('retry-after'))).toBe(1);
    // Another user name from the same address is not affected.
    expect((await call(t.base, 'POST', '/session', { body: { username: 'manager', password: t.passwords.manager } })).status).toBe(201);
    // After the wait the real user gets in, and the success forgives the failures.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await call(t.base, 'POST', '/session', { body: { username: 'admin', password: t.passwords.admin } })).status).toBe(201);
    expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'admin', password: 'one-more-guess' } }), 401, 'invalid-credentials');
  });
});

describe.each(backends)('shutdown on %s', (backend) => {
  it('503 service-unavailable as a problem, with Retry-After, for a request that arrives while the server closes', async () => {
    const t = await startTestServer(backend);
    const { port } = new URL(t.base);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // Headers started before the close keep the connection busy, so Node does not reap it as idle.
    socket.write('GET /api/v1/questionnaires HTTP/1.1\r\nHost: localhost\r\n');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const stopping = t.stop();
    await new Promise((r) => setTimeout(r, 100));
    socket.end('\r\n');
    await closed;
    await stopping;
    const response = Buffer.concat(chunks).toString('utf8');
    const [head, body] = response.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 503 /);
    expect(head).toMatch(/content-type: application\/problem\+json/i);
    expect(head).toMatch(/retry-after: 5/i);
    expect(JSON.parse(body)).toMatchObject({ status: 503, code: 'service-unavailable' });
  }, HOOK_TIMEOUT);
});
