// Issue 13 items 5 and 8 from outside: the log-in limiter kept in the database (a burst, a spray,
// two servers), the password policy, sessions listed and revoked, TOTP, and the audit log.
import { randomBytes } from 'node:crypto';
import { generate, generateSecret } from 'otplib';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, sealTotpSecrets, SecretBox, SecretOpenError, WeakPasswordError } from '../../src/server';
import { buildApp } from '../../src/server/app';
import { backends } from './support/backends';
import { call, expectProblem, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

describe.each(backends)('log-in hardening and the audit log on %s', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  // 5 free failures, then each attempt waits 1, 2, 4 … s after the previous failure: however slow
  // the machine (the burst's scrypt checks take seconds), a handful are checked, not 77 of 100.
  it('a burst of 100 concurrent guesses at one account: at most 10 passwords are checked, the rest are 429', async () => {
    await createAccount(t.server.db, 'burst', 'interviewer', 'long enough passphrase');
    const replies = await Promise.all(Array.from({ length: 100 }, (_, i) => call(t.base, 'POST', '/session', { body: { username: 'burst', password: `guess-${i}` } })));
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(5);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(90);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });

  // Ten failures a moment ago, as another process recorded them: the wait (2^5 = 32 s) does not
  // run out on a loaded machine before the second app is asked (the burst's 5 failures left 1 s,
  // which a slow CI machine had already waited: 201 instead of 429).
  it('the limit holds across server processes: a second app on the same database refuses too', async () => {
    await createAccount(t.server.db, 'cross', 'interviewer', 'long enough passphrase');
    await t.server.db.query("INSERT INTO login_attempts (username, address) SELECT 'cross', '10.13.9.9' FROM generate_series(1, 10)");
    expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'cross', password: 'long enough passphrase' } }), 429, 'rate-limited');
    const other = await buildApp({ db: t.server.db, appDir: null });
    try {
      const res = await other.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'cross', password: 'long enough passphrase' }, remoteAddress: '127.0.0.1' });
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('password policy: at least 12 characters, not common, not the user name', async () => {
    await expect(createAccount(t.server.db, 'short', 'analyst', 'Tr0ub4dor&3')).rejects.toThrow(WeakPasswordError);
    await expect(createAccount(t.server.db, 'common', 'analyst', 'qwertyuiop123')).rejects.toThrow(/commonly used/);
    await expect(createAccount(t.server.db, 'dragana', 'analyst', 'Dragana-1990-xyz')).rejects.toThrow(/user name/);
    await createAccount(t.server.db, 'dragana', 'analyst', 'correct horse battery staple');
  });

  it('sessions: listed for their owner with where they came from, the current one marked; revoking one ends it', async () => {
    const first = await login(t.base, 'interviewer', t.passwords.interviewer);
    const second = await login(t.base, 'interviewer', t.passwords.interviewer);
    const list = await call(t.base, 'GET', '/sessions', { token: second });
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('no-store');
    const sessions = list.body as { id: string; username: string; current: boolean; address: string; userAgent: string | null }[];
    expect(sessions.every((s) => s.username === 'interviewer')).toBe(true);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions[0].address).toMatch(/127\.0\.0\.1/);
    expect(JSON.stringify(sessions)).not.toContain(first);
    const other = sessions.find((s) => !s.current) as { id: string };
    // Another interviewer cannot revoke it; its owner can.
    await createAccount(t.server.db, 'mirko', 'interviewer', 'sunny plateau cedar');
    const mirko = await login(t.base, 'mirko', 'sunny plateau cedar');
    expectProblem(await call(t.base, 'DELETE', `/sessions/${other.id}`, { token: mirko }), 404, 'not-found');
    expectProblem(await call(t.base, 'GET', '/sessions?username=interviewer', { token: mirko }), 403, 'forbidden');
    expect((await call(t.base, 'DELETE', `/sessions/${other.id}`, { token: second })).status).toBe(204);
    expectProblem(await call(t.base, 'GET', '/questionnaires', { token: first }), 401, 'unauthenticated');
    expect((await call(t.base, 'GET', '/questionnaires', { token: second })).status).toBe(200);
    // An admin sees and revokes anyone's.
    const admin = await login(t.base, 'admin', t.passwords.admin);
    const all = (await call(t.base, 'GET', '/sessions?username=mirko', { token: admin })).body as { id: string }[];
    expect(all).toHaveLength(1);
    expect((await call(t.base, 'DELETE', `/sessions/${all[0].id}`, { token: admin })).status).toBe(204);
    expectProblem(await call(t.base, 'GET', '/questionnaires', { token: mirko }), 401, 'unauthenticated');
  });

  it('TOTP: a manager enrols with a first code; then log-in needs a code, a wrong or reused one is refused', async () => {
    await createAccount(t.server.db, 'vera', 'manager', 'amber field lighthouse');
    const token = await login(t.base, 'vera', 'amber field lighthouse');
    const ivan = await login(t.base, 'interviewer', t.passwords.interviewer);
    expectProblem(await call(t.base, 'POST', '/session/totp', { token: ivan }), 403, 'forbidden');
    const started = await call(t.base, 'POST', '/session/totp', { token });
    expect(started.status).toBe(201);
    const { secret, uri } = started.body as { secret: string; uri: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\/JHA%20Survey:vera\?secret=/);
    expectProblem(await call(t.base, 'POST', '/session/totp/confirm', { token, body: { otp: '000000' === await generate({ secret }) ? '111111' : '000000' } }), 400, 'validation-failed');
    const now = Math.floor(Date.now() / 1000);
    expect((await call(t.base, 'POST', '/session/totp/confirm', { token, body: { otp: await generate({ secret, epoch: now }) } })).status).toBe(200);

    expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'vera', password: 'amber field lighthouse' } }), 401, 'otp-required');
    const wrong = (await generate({ secret, epoch: now + 300 }));
    expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'vera', password: 'amber field lighthouse', otp: wrong } }), 401, 'invalid-credentials');
    // The next step's code is accepted (±30 s) once; the code used for the enrolment is not.
    expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'vera', password: 'amber field lighthouse', otp: await generate({ secret, epoch: now }) } }), 401, 'invalid-credentials');
    const next = await generate({ secret, epoch: now + 30 });
    expect((await call(t.base, 'POST', '/session', { body: { username: 'vera', password: 'amber field lighthouse', otp: next } })).status).toBe(201);
    expect((await call(t.base, 'POST', '/session', { body: { username: 'vera', password: 'amber field lighthouse', otp: next } })).status).not.toBe(201);

    // Only the service can read the secret: the database holds it sealed with a key kept outside
    // it, so a dump gives no second factor; a server without that key cannot use it either.
    const [stored] = await t.server.db.query<{ totp_secret: string }>('SELECT totp_secret FROM accounts WHERE username = $1', ['vera']);
    expect(stored.totp_secret).toMatch(/^v1\./);
    expect(stored.totp_secret).not.toContain(secret);
    const keyless = await buildApp({ db: t.server.db, appDir: null });
    try {
      const res = await keyless.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'vera', password: 'amber field lighthouse', otp: await generate({ secret, epoch: now + 60 }) }, remoteAddress: '10.13.7.1' });
      expect(res.statusCode).toBe(503);
      expect(res.json<{ code: string }>().code).toBe('two-factor-unavailable');
      const enrol = await keyless.inject({ method: 'POST', url: '/api/v1/session/totp', headers: { authorization: `Bearer ${token}` } });
      expect(enrol.json<{ code: string }>().code).toBe('two-factor-unavailable');
    } finally {
      await keyless.close();
    }
  });

  it('a TOTP secret stored in clear by an earlier release is sealed at the next start, and still works', async () => {
    await createAccount(t.server.db, 'olga', 'admin', 'slate harbour willow');
    const secret = generateSecret();
    await t.server.db.query('UPDATE accounts SET totp_secret = $2 WHERE username = $1', ['olga', secret]);
    const box = new SecretBox(randomBytes(32));
    expect(await sealTotpSecrets(t.server.db, box)).toBeGreaterThanOrEqual(1);
    const [row] = await t.server.db.query<{ totp_secret: string }>('SELECT totp_secret FROM accounts WHERE username = $1', ['olga']);
    expect(row.totp_secret).not.toContain(secret);
    expect(box.open(row.totp_secret, 'olga')).toBe(secret);
    // Sealed for olga, it does not open for another account (the name is GCM's additional data).
    expect(() => box.open(row.totp_secret, 'vera')).toThrow(SecretOpenError);
    expect(await sealTotpSecrets(t.server.db, box)).toBe(0);
    const app = await buildApp({ db: t.server.db, appDir: null, secrets: box });
    try {
      const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'olga', password: 'slate harbour willow', otp: await generate({ secret }) }, remoteAddress: '10.13.7.2' });
      expect(res.statusCode).toBe(201);
    } finally {
      await app.close();
    }
  });

  it('the audit log: log-ins, failures, account changes, publications, reads of microdata; admin-only, filtered, append-only', async () => {
    const admin = await login(t.base, 'admin', t.passwords.admin);
    const manager = await login(t.base, 'manager', t.passwords.manager);
    const ivan = await login(t.base, 'interviewer', t.passwords.interviewer);
    const id = uuidv7();
    expect((await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body: { questionnaireId: 'household', version: 1, caseId: 'C-1', data: { sex: 1 }, paradata: { startedAt: '2026-11-20T08:00:00.000Z' }, disposition: '1.1' } })).status).toBe(201);
    expect((await call(t.base, 'GET', `/submissions/${id}/content`, { token: manager })).status).toBe(200);
    expect((await call(t.base, 'POST', `/submissions/${id}/review`, { token: manager, body: { decision: 'approve' } })).status).toBe(200);
    expect((await call(t.base, 'GET', '/exports/household.csv', { token: manager })).status).toBe(200);
    const pub = await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'tiny', definition: { title: 'Tiny', pages: [{ name: 'p', elements: [{ type: 'text', name: 'q1', title: 'Q1' }] }] } } });
    expect(pub.status).toBe(201);

    expectProblem(await call(t.base, 'GET', '/audit', { token: manager }), 403, 'forbidden');
    const all = await call(t.base, 'GET', '/audit?limit=1000', { token: admin });
    expect(all.status).toBe(200);
    const entries = (all.body as { entries: { action: string; actor: string | null; target: string | null; detail: Record<string, unknown> }[] }).entries;
    const actions = new Set(entries.map((e) => e.action));
    for (const a of ['login', 'login-failed', 'login-throttled', 'session-revoked', 'totp-enrolled', 'submission-content-read', 'submission-reviewed', 'microdata-exported', 'questionnaire-published']) {
      expect(actions, a).toContain(a);
    }
    expect(entries.find((e) => e.action === 'microdata-exported')).toMatchObject({ actor: 'manager', target: 'household.csv' });
    expect(entries.find((e) => e.action === 'questionnaire-published')).toMatchObject({ actor: 'manager', target: 'tiny@1' });
    // No password, token or answer is ever in the log.
    expect(JSON.stringify(entries)).not.toContain(t.passwords.manager);
    expect(JSON.stringify(entries)).not.toContain(ivan);
    const filtered = await call(t.base, 'GET', '/audit?action=microdata-exported&actor=manager', { token: admin });
    expect((filtered.body as { entries: unknown[] }).entries).toHaveLength(1);
    expectProblem(await call(t.base, 'GET', '/audit?action=drop-table', { token: admin }), 400, 'validation-failed');
    // Append-only, whoever asks the database.
    await expect(t.server.db.query('UPDATE audit_log SET actor = $1', ['someone-else'])).rejects.toThrow(/append-only/);
    await expect(t.server.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(t.server.db.exec('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  // Last: it leaves this address slowed for every account.
  it('a password spray from one address across 30 names: after 20 failures the address waits', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      statuses.push((await call(t.base, 'POST', '/session', { body: { username: `sprayed-${i}`, password: 'Summer2026!' } })).status);
    }
    const firstLimited = statuses.indexOf(429);
    expect(firstLimited).toBeGreaterThan(0);
    expect(firstLimited).toBeLessThanOrEqual(21);
    // After that, only an attempt that waited out the delay (1, 2, 4 … s) is checked.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(6);
  });

  // Slowing, not locking out: during a spray from the office's one address and a guesser hammering
  // her name from it, the real user on her own tablet still gets in at once — the token her device
  // was given at its last log-in is limited by that device's failures only.
  it('the real user gets in from the sprayed address with her device\'s token; without it, or for another name, she waits', async () => {
    const office = '10.13.5.1';
    const app = await buildApp({ db: t.server.db, appDir: null });
    const post = async (body: Record<string, string>) => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: body, remoteAddress: office });
      return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
    };
    try {
      await createAccount(t.server.db, 'ana', 'interviewer', 'quiet river orchard');
      await createAccount(t.server.db, 'goran', 'interviewer', 'copper kettle morning');
      const first = await post({ username: 'ana', password: 'quiet river orchard' });
      expect(first.status).toBe(201);
      const deviceToken = first.body.deviceToken as string;
      expect(deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // The token is stored hashed, like a session's.
      const stored = await t.server.db.query<{ token_hash: string }>('SELECT token_hash FROM login_devices WHERE username = $1', ['ana']);
      expect(stored.map((r) => r.token_hash)).not.toContain(deviceToken);

      const spray: number[] = [];
      for (let i = 0; i < 25; i++) spray.push((await post({ username: `office-${i}`, password: 'Summer2026!' })).status);
      for (let i = 0; i < 6; i++) spray.push((await post({ username: 'ana', password: `guess-${i}` })).status);
      expect(spray).toContain(429);
      expect(spray.at(-1)).toBe(429);

      // Without her token she waits like the guesser; with it she is in, and keeps the same token.
      const withoutToken = await post({ username: 'ana', password: 'quiet river orchard' });
      expect(withoutToken.status).toBe(429);
      const withToken = await post({ username: 'ana', password: 'quiet river orchard', deviceToken });
      expect(withToken.status).toBe(201);
      expect(withToken.body.deviceToken).toBe(deviceToken);
      // A name other than the token's, or a made-up token, is limited as before.
      expect((await post({ username: 'goran', password: 'copper kettle morning', deviceToken })).status).toBe(429);
      expect((await post({ username: 'ana', password: 'quiet river orchard', deviceToken: 'x'.repeat(43) })).status).toBe(429);
      // The device's own failures slow it: 5 free, then it waits too (a stolen token buys a guesser nothing).
      const own: number[] = [];
      for (let i = 0; i < 7; i++) own.push((await post({ username: 'ana', password: `typo-${i}`, deviceToken })).status);
      expect(own.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(own.at(-1)).toBe(429);
      const audited = await t.server.db.query<{ detail: { knownDevice?: boolean } }>("SELECT detail FROM audit_log WHERE action = 'login' AND target = 'ana' ORDER BY id");
      expect(audited.map((r) => r.detail.knownDevice)).toEqual([false, true]);
    } finally {
      await app.close();
    }
  });
});
