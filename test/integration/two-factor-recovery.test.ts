// A manager who lost the phone with the authenticator app: an admin removes the second factor
// (PATCH /users/:username {resetTwoFactor: true}), which ends the account's sessions and is
// audited; the manager logs in with the password alone and may enrol again. Or the manager logs in
// with one of the recovery codes given at enrolment, each once.
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/server';
import { consumeRecoveryCode } from '../../src/server/services';
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
  async function enrol(token: string): Promise<{ secret: string; now: number; codes: string[] }> {
    const started = await call(t.base, 'POST', '/session/totp', { token });
    expect(started.status).toBe(201);
    const { secret } = started.body as { secret: string };
    const now = Math.floor(Date.now() / 1000);
    const confirmed = await call(t.base, 'POST', '/session/totp/confirm', { token, body: { otp: await generate({ secret, epoch: now }) } });
    expect(confirmed.status).toBe(200);
    return { secret, now, codes: (confirmed.body as { recoveryCodes: string[] }).recoveryCodes };
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
  const logIn = (username: string, password: string, otp?: string) =>
    call(t.base, 'POST', '/session', { body: { username, password, ...(otp === undefined ? {} : { otp }) } });

  it('confirming gives 10 distinct codes XXXX-XXXX once; the database and the audit log hold none of them', async () => {
    await createAccount(t.server.db, 'mira', 'manager', 'harbour silver kestrel');
    const { codes } = await enrol(await login(t.base, 'mira', 'harbour silver kestrel'));
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const rows = await t.server.db.query<{ code_digest: string }>('SELECT code_digest FROM recovery_codes WHERE username = $1', ['mira']);
    expect(rows).toHaveLength(10);
    const dump = JSON.stringify(await t.server.db.query('SELECT * FROM recovery_codes')) + JSON.stringify(await t.server.db.query('SELECT * FROM accounts'));
    for (const code of codes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace('-', ''));
    }
    const [enrolled] = await auditOf('totp-enrolled', 'mira');
    expect(enrolled.detail).toEqual({ recoveryCodes: 10 });
  });

  it('a recovery code logs in once in place of the authenticator\'s code, audited with the count left; the second time it is refused', async () => {
    await createAccount(t.server.db, 'ana', 'manager', 'meadow copper falcon');
    const { codes } = await enrol(await login(t.base, 'ana', 'meadow copper falcon'));
    const used = await logIn('ana', 'meadow copper falcon', codes[0]);
    expect(used.status).toBe(201);
    expect((await call(t.base, 'GET', '/sessions', { token: (used.body as { token: string }).token })).status).toBe(200);
    expectProblem(await logIn('ana', 'meadow copper falcon', codes[0]), 401, 'invalid-credentials');
    // Typed in lower case without the hyphen: the same code.
    expect((await logIn('ana', 'meadow copper falcon', codes[1].replace('-', '').toLowerCase())).status).toBe(201);
    // A wrong password with a good code: refused before the code is looked at, and the code stays.
    expectProblem(await logIn('ana', 'wrong password here', codes[2]), 401, 'invalid-credentials');
    const entries = await auditOf('recovery-code-used', 'ana');
    expect(entries.map((e) => e.detail)).toEqual([{ remaining: 8 }, { remaining: 9 }]);
    expect(entries[0]).toMatchObject({ actor: 'ana', target: 'ana' });
    const all = JSON.stringify((await call(t.base, 'GET', '/audit?limit=1000', { token: admin })).body);
    for (const code of codes) expect(all).not.toContain(code);
    // Not a code of this form at all: a 400, not a guess.
    expectProblem(await logIn('ana', 'meadow copper falcon', 'ABCD-EF0!'), 400, 'validation-failed');
  });

  it('two log-ins racing with one code: exactly one gets in', async () => {
    await createAccount(t.server.db, 'dina', 'manager', 'willow granite beacon');
    const { codes } = await enrol(await login(t.base, 'dina', 'willow granite beacon'));
    const replies = await Promise.all([1, 2, 3].map(() => logIn('dina', 'willow granite beacon', codes[3])));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 401, 401]);
    expect(await auditOf('recovery-code-used', 'dina')).toHaveLength(1);
    const [left] = await t.server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM recovery_codes WHERE username = $1', ['dina']);
    expect(left.n).toBe(9);
    // The same race at the service, with no password check to stagger the requests: five uses of
    // one stored code issued at once (on PostgreSQL over the pool's connections).
    const [{ code_digest: digest }] = await t.server.db.query<{ code_digest: string }>('SELECT code_digest FROM recovery_codes WHERE username = $1 LIMIT 1', ['dina']);
    const uses = await Promise.all([1, 2, 3, 4, 5].map(() => consumeRecoveryCode(t.server.db, 'dina', digest)));
    expect(uses.filter((u) => u !== undefined)).toEqual([8]);
  });

  it('two log-ins racing with one authenticator code: exactly one gets in (a code is accepted once)', async () => {
    await createAccount(t.server.db, 'noa', 'manager', 'saffron glacier pepper');
    const { secret, now } = await enrol(await login(t.base, 'noa', 'saffron glacier pepper'));
    const otp = await generate({ secret, epoch: now + 30 });
    const replies = await Promise.all([1, 2, 3].map(() => logIn('noa', 'saffron glacier pepper', otp)));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 401, 401]);
  });

  it('My account\'s status: off, then on with 10 codes, one fewer after a use; a new set against a current code voids the old', async () => {
    await createAccount(t.server.db, 'lea', 'manager', 'harbor violet anchor');
    const token = await login(t.base, 'lea', 'harbor violet anchor');
    const status = async (tok: string) => (await call(t.base, 'GET', '/session/totp', { token: tok })).body;
    expect(await status(token)).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    // No second factor, nothing to renew.
    expectProblem(await call(t.base, 'POST', '/session/totp/recovery-codes', { token, body: { otp: '123456' } }), 400, 'validation-failed');
    const { secret, now, codes } = await enrol(token);
    expect(await status(token)).toEqual({ enabled: true, recoveryCodesLeft: 10 });
    const used = await logIn('lea', 'harbor violet anchor', codes[0]);
    expect(used.status).toBe(201);
    expect(await status((used.body as { token: string }).token)).toEqual({ enabled: true, recoveryCodesLeft: 9 });

    // A code the app showed 5 minutes ago, or the one already used to confirm: refused, the codes stay.
    expectProblem(await call(t.base, 'POST', '/session/totp/recovery-codes', { token, body: { otp: await generate({ secret, epoch: now - 300 }) } }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'POST', '/session/totp/recovery-codes', { token, body: { otp: await generate({ secret, epoch: now }) } }), 400, 'validation-failed');
    expect(await status(token)).toEqual({ enabled: true, recoveryCodesLeft: 9 });
    // Not a 6-digit code at all: a 400 before anything is looked at.
    expectProblem(await call(t.base, 'POST', '/session/totp/recovery-codes', { token, body: { otp: codes[1] } }), 400, 'validation-failed');

    // Two renewals racing with one code: exactly one gets codes, and its set is the one that works.
    const otp = await generate({ secret, epoch: now + 30 });
    const race = await Promise.all([1, 2].map(() => call(t.base, 'POST', '/session/totp/recovery-codes', { token, body: { otp } })));
    expect(race.map((r) => r.status).sort()).toEqual([200, 400]);
    const renewed = race.find((r) => r.status === 200)!;
    expect(renewed.headers.get('cache-control')).toBe('no-store');
    const fresh = (renewed.body as { recoveryCodes: string[] }).recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.some((c) => codes.includes(c))).toBe(false);
    expect(await status(token)).toEqual({ enabled: true, recoveryCodesLeft: 10 });
    expectProblem(await logIn('lea', 'harbor violet anchor', codes[1]), 401, 'invalid-credentials');
    expect((await logIn('lea', 'harbor violet anchor', fresh[0])).status).toBe(201);
    // The same authenticator code twice: the second renewal is refused (a code is good once).
    expectProblem(await call(t.base, 'POST', '/session/totp/recovery-codes', { token, body: { otp: await generate({ secret, epoch: now + 30 }) } }), 400, 'validation-failed');
    const [entry] = await auditOf('recovery-codes-renewed', 'lea');
    expect(await auditOf('recovery-codes-renewed', 'lea')).toHaveLength(1);
    expect(entry).toMatchObject({ actor: 'lea', target: 'lea', detail: { recoveryCodes: 10 } });
    // The four refused codes (old, reused, the race's loser, reused again), each audited; the
    // malformed one never reached the check.
    expect((await auditOf('recovery-codes-refused', 'lea'))).toHaveLength(4);
    const all = JSON.stringify((await call(t.base, 'GET', '/audit?limit=1000', { token: admin })).body);
    for (const code of fresh) expect(all).not.toContain(code);
  });

  it('a new enrolment replaces the codes; an admin\'s reset discards them', async () => {
    await createAccount(t.server.db, 'iva', 'manager', 'lantern cobalt harbor');
    const first = await login(t.base, 'iva', 'lantern cobalt harbor');
    const old = await enrol(first);
    const renewed = await enrol(first);
    expect(renewed.codes.some((c) => old.codes.includes(c))).toBe(false);
    expectProblem(await logIn('iva', 'lantern cobalt harbor', old.codes[0]), 401, 'invalid-credentials');
    expect((await logIn('iva', 'lantern cobalt harbor', renewed.codes[0])).status).toBe(201);

    const reset = await call(t.base, 'PATCH', '/users/iva', { token: admin, body: { resetTwoFactor: true } });
    expect(reset.status).toBe(200);
    const [entry] = await auditOf('two-factor-reset', 'iva');
    expect(entry.detail).toMatchObject({ enrolled: true, recoveryCodesDiscarded: 9 });
    expect(await t.server.db.query('SELECT 1 FROM recovery_codes WHERE username = $1', ['iva'])).toEqual([]);
    // Enrolled again, the codes from before the reset do not log in.
    await enrol(await login(t.base, 'iva', 'lantern cobalt harbor'));
    expectProblem(await logIn('iva', 'lantern cobalt harbor', renewed.codes[1]), 401, 'invalid-credentials');
  });
});
