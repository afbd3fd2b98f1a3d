// A manager who lost the phone with the authenticator app: an admin removes the second factor
// (PATCH /users/:username {resetTwoFactor: true}), which ends the account's sessions and is
// audited; the manager logs in with the password alone and may enrol again.
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/server';
import { backends } from './support/backends';
import { call, expectProblem, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

interface AuditEntry { action: string; actor: string | null; target: string | null; address: string | null; detail: Record<string, unknown> }

describe.each(backends)('two-factor reset on %s', (backend) => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer(backend);
    admin = await login(t.base, 'admin', t.passwords.admin);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  /** Enrols `username` (logged in with `token`); returns the secret and the step its first code used. */
  async function enrol(token: string): Promise<{ secret: string; now: number }> {
    const started = await call(t.base, 'POST', '/session/totp', { token });
    expect(started.status).toBe(201);
    const { secret } = started.body as { secret: string };
    const now = Math.floor(Date.now() / 1000);
    const confirmed = await call(t.base, 'POST', '/session/totp/confirm', { token, body: { otp: await generate({ secret, epoch: now }) } });
    expect(confirmed.status).toBeLessThan(300);
    return { secret, now };
  }

  const auditOf = async (action: string, target: string) =>
    ((await call(t.base, 'GET', `/audit?action=${action}&target=${target}`, { token: admin })).body as { entries: AuditEntry[] }).entries;

  it('an admin resets a manager\'s two-factor: secrets cleared, sessions ended, audited; then password log-in and a new enrolment', async () => {
    await createAccount(t.server.db, 'lena', 'manager', 'cobalt orchard whistle');
    const first = await login(t.base, 'lena', 'cobalt orchard whistle');
    await enrol(first);
    // The password alone no longer suffices.
    expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'lena', password: 'cobalt orchard whistle' } }), 401, 'otp-required');
    // A pending enrolment (started on the lost phone, say) goes too.
    expect((await call(t.base, 'POST', '/session/totp', { token: first })).status).toBe(201);
    const before = (await call(t.base, 'GET', '/users', { token: admin })).body as { username: string; twoFactor: boolean }[];
    expect(before.find((a) => a.username === 'lena')?.twoFactor).toBe(true);

    const reset = await call(t.base, 'PATCH', '/users/lena', { token: admin, body: { resetTwoFactor: true } });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ username: 'lena', twoFactor: false });
    const [row] = await t.server.db.query<{ totp_secret: string | null; totp_pending_secret: string | null; totp_last_step: string | null }>(
      'SELECT totp_secret, totp_pending_secret, totp_last_step::text FROM accounts WHERE username = $1', ['lena'],
    );
    expect(row).toEqual({ totp_secret: null, totp_pending_secret: null, totp_last_step: null });
    // The session opened before the reset is over.
    expectProblem(await call(t.base, 'GET', '/sessions', { token: first }), 401, 'unauthenticated');
    const [entry] = await auditOf('two-factor-reset', 'lena');
    expect(entry).toMatchObject({ actor: 'admin', target: 'lena', detail: { enrolled: true, pending: true, sessionsEnded: 1 } });
    expect(entry.address).toMatch(/127\.0\.0\.1/);

    // The password alone logs in; she may enrol again.
    const again = await login(t.base, 'lena', 'cobalt orchard whistle');
    const { secret, now } = await enrol(again);
    expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'lena', password: 'cobalt orchard whistle' } }), 401, 'otp-required');
    expect((await call(t.base, 'POST', '/session', { body: { username: 'lena', password: 'cobalt orchard whistle', otp: await generate({ secret, epoch: now + 30 }) } })).status).toBe(201);
  });

  it('only an admin resets, never their own; a bad value or an unknown account is a 4xx problem', async () => {
    await createAccount(t.server.db, 'petar', 'manager', 'granite valley lantern');
    const petar = await login(t.base, 'petar', 'granite valley lantern');
    const manager = await login(t.base, 'manager', t.passwords.manager);
    expectProblem(await call(t.base, 'PATCH', '/users/petar', { token: manager, body: { resetTwoFactor: true } }), 403, 'forbidden');
    expectProblem(await call(t.base, 'PATCH', '/users/manager', { token: petar, body: { resetTwoFactor: true } }), 403, 'forbidden');
    expectProblem(await call(t.base, 'PATCH', '/users/admin', { token: admin, body: { resetTwoFactor: true } }), 403, 'forbidden');
    expectProblem(await call(t.base, 'PATCH', '/users/petar', { token: admin, body: { resetTwoFactor: false } }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'PATCH', '/users/petar', { token: admin, body: { resetTwoFactor: 'yes' } }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'PATCH', '/users/nobody', { token: admin, body: { resetTwoFactor: true } }), 404, 'not-found');
    // The manager's refused attempt changed nothing and was not audited as a reset.
    expect((await call(t.base, 'GET', '/sessions', { token: petar })).status).toBe(200);
    expect(await auditOf('two-factor-reset', 'petar')).toEqual([]);
  });
});
