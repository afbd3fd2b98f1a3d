import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LoginRequestSchema, RECOVERY_CODE_PATTERN, type ResponseBody } from '../../protocol';
import {
  authenticate, bearerToken, checkTotp, createSession, DUMMY_HASH, listSessions, newRecoveryCodes, newTotpSecret, recoveryCodeDigest,
  requireRole, revokeSession, revokeSessionById, SecretBox, SecretOpenError, sessionId, TOTP_ROLES, totpUri, verifyPassword,
} from '../auth';
import { KB, type ServerContext } from '../context';
import { HttpProblem } from '../problems';
import type { Queryable } from '../db';
import { audit, claimTotpStep, consumeRecoveryCode, countRecoveryCodes, findAccount, replaceRecoveryCodes } from '../services';
import { parseWith } from '../validate';

const SessionParams = z.object({ id: z.string().regex(/^[0-9a-f]{16}$/) });
const SessionsQuery = z.object({ username: z.string().min(1).max(100).optional() });
const OtpBody = z.object({ otp: z.string().regex(/^\d{6}$/) });

function origin(request: FastifyRequest) {
  return { address: request.ip, userAgent: request.headers['user-agent'] };
}

/** The TOTP secret as stored: sealed with the server's key (a value from before sealing is the bare secret). */
function openTotpSecret(secrets: SecretBox | null, stored: string, username: string): string {
  if (!SecretBox.isSealed(stored)) return stored;
  if (secrets === null) throw new HttpProblem('two-factor-unavailable', 'this server has no JHA_SECRET_KEY to open the second factor with');
  try {
    return secrets.open(stored, username);
  } catch (err) {
    if (err instanceof SecretOpenError) throw new HttpProblem('two-factor-unavailable', 'the second factor does not open with this server\'s JHA_SECRET_KEY (changed?)');
    throw err;
  }
}

/** New recovery codes for the account, replacing its old ones; only their digests are stored. */
async function issueRecoveryCodes(db: Queryable, secrets: SecretBox, username: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(db, username, codes.map((code) => recoveryCodeDigest(secrets, username, code)));
  return codes;
}

export function sessionRoutes(app: FastifyInstance, { db, loginLimiter, secrets }: ServerContext): void {
  app.post<{ Reply: ResponseBody<'POST /session'> }>('/session', { bodyLimit: 64 * KB }, async (request, reply) => {
    const { username, password, otp, deviceToken } = parseWith(LoginRequestSchema, request.body);
    const address = request.ip;
    const start = await loginLimiter.begin(username, address, deviceToken);
    if (start.kind === 'wait') {
      await audit(db, { actor: null, action: 'login-throttled', target: username, address, detail: { scope: start.scope, retryAfter: start.retryAfter } });
      const who = start.scope === 'account' ? `for ${username}` : start.scope === 'device' ? 'from this device' : 'from your address';
      throw new HttpProblem('rate-limited', `too many failed log-ins ${who}; try again in ${start.retryAfter} s`, { retryAfter: start.retryAfter }, { 'retry-after': String(start.retryAfter) });
    }
    const account = await findAccount(db, username);
    const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok) {
      await audit(db, { actor: null, action: 'login-failed', target: username, address, detail: { reason: 'password' } });
      throw new HttpProblem('invalid-credentials');
    }
    // Told only to whoever knows the password: a guesser learns nothing about disabled accounts.
    if (account.disabledAt !== null) {
      await audit(db, { actor: null, action: 'login-failed', target: username, address, detail: { reason: 'disabled' } });
      throw new HttpProblem('account-disabled', 'an administrator has disabled this account');
    }
    // A second factor once enrolled. Asking for it counts as a failed attempt (the limiter is not
    // reset), so knowing the password does not buy unlimited guesses at the code.
    let recovery = false;
    if (account.totpSecret !== null) {
      if (otp === undefined) throw new HttpProblem('otp-required', 'send the 6-digit code of your authenticator app, or one of your recovery codes, as "otp"');
      if (RECOVERY_CODE_PATTERN.test(otp)) {
        // A recovery code in place of the authenticator's: used up by this log-in (one wins a race).
        if (secrets === null) throw new HttpProblem('two-factor-unavailable', 'this server has no JHA_SECRET_KEY to check a recovery code with');
        const left = await consumeRecoveryCode(db, account.username, recoveryCodeDigest(secrets, account.username, otp));
        if (left === undefined) {
          await audit(db, { actor: null, action: 'login-failed', target: username, address, detail: { reason: 'recovery-code' } });
          throw new HttpProblem('invalid-credentials', 'the recovery code is wrong or already used');
        }
        await audit(db, { actor: account.username, action: 'recovery-code-used', target: account.username, address, detail: { remaining: left } });
        recovery = true;
      } else {
        const step = await checkTotp(openTotpSecret(secrets, account.totpSecret, account.username), otp, account.totpLastStep);
        if (step === undefined || !(await claimTotpStep(db, account.username, step))) {
          await audit(db, { actor: null, action: 'login-failed', target: username, address, detail: { reason: 'otp' } });
          throw new HttpProblem('invalid-credentials', 'the code is wrong, expired or already used');
        }
      }
    }
    const device = await loginLimiter.succeeded(start, account.username);
    const session = await createSession(db, account, new Date(), origin(request));
    await audit(db, { actor: account.username, action: 'login', target: account.username, address, detail: { session: sessionId(session.token), twoFactor: account.totpSecret !== null, recoveryCode: recovery, knownDevice: start.device !== null } });
    return reply.code(201).send({ ...session, deviceToken: device });
  });

  app.delete('/session', async (request, reply) => {
    const caller = await authenticate(db, request);
    const token = bearerToken(request) as string;
    await revokeSession(db, token);
    await audit(db, { actor: caller.username, action: 'logout', target: caller.username, address: request.ip, detail: { session: sessionId(token) } });
    return reply.code(204).send();
  });

  // One's own live sessions (an admin: anyone's, ?username= to choose), to spot a lost tablet.
  app.get<{ Reply: ResponseBody<'GET /sessions'> }>('/sessions', async (request) => {
    const caller = await authenticate(db, request);
    const { username } = parseWith(SessionsQuery, request.query, 'query');
    if (username !== undefined && username !== caller.username && caller.role !== 'admin') {
      throw new HttpProblem('forbidden', 'only an admin sees the sessions of another account');
    }
    const whose = caller.role === 'admin' ? username : caller.username;
    return listSessions(db, whose, bearerToken(request));
  });

  app.delete('/sessions/:id', async (request, reply) => {
    const caller = await authenticate(db, request);
    const { id } = parseWith(SessionParams, request.params, 'id');
    const owner = await revokeSessionById(db, id, caller.role === 'admin' ? undefined : caller.username);
    if (owner === undefined) throw new HttpProblem('not-found', `no live session ${id} of yours`);
    await audit(db, { actor: caller.username, action: 'session-revoked', target: owner, address: request.ip, detail: { session: id } });
    return reply.code(204).send();
  });

  // Two-factor enrolment for admins and managers: a new secret (shown once, as an otpauth URI for
  // the authenticator app), confirmed with a first code; from then on every log-in needs a code.
  app.post('/session/totp', async (request, reply) => {
    const caller = await requireRole(db, request, ...TOTP_ROLES);
    // The secret is stored sealed: without the key there is no enrolment (docs/security.md).
    if (secrets === null) throw new HttpProblem('two-factor-unavailable', 'set JHA_SECRET_KEY (the same on every replica) to offer two-factor log-in with PostgreSQL');
    const secret = newTotpSecret();
    await db.query('UPDATE accounts SET totp_pending_secret = $2 WHERE username = $1', [caller.username, secrets.seal(secret, caller.username)]);
    await audit(db, { actor: caller.username, action: 'totp-enrolment-started', target: caller.username, address: request.ip });
    return reply.code(201).send({ secret, uri: totpUri(caller.username, secret) });
  });

  // Whether one's own two-factor log-in is on and how many recovery codes are left: My account
  // shows it (and does not offer to set up what is on), and warns before the last codes go.
  app.get<{ Reply: ResponseBody<'GET /session/totp'> }>('/session/totp', async (request, reply) => {
    const caller = await requireRole(db, request, ...TOTP_ROLES);
    const account = await findAccount(db, caller.username);
    const enabled = account !== undefined && account.totpSecret !== null;
    return reply.header('cache-control', 'no-store').send({ enabled, recoveryCodesLeft: enabled ? await countRecoveryCodes(db, caller.username) : 0 });
  });

  // A fresh set of recovery codes, the old ones void, against a current code of the authenticator
  // app: a stolen session alone cannot make codes that outlive it. The code is checked as at
  // log-in (not reused, and failures slowed down by the log-in limiter).
  app.post<{ Reply: ResponseBody<'POST /session/totp/recovery-codes'> }>('/session/totp/recovery-codes', { bodyLimit: KB }, async (request, reply) => {
    const caller = await requireRole(db, request, ...TOTP_ROLES);
    const { otp } = parseWith(OtpBody, request.body);
    const account = await findAccount(db, caller.username);
    if (!account || account.totpSecret === null) throw new HttpProblem('validation-failed', 'two-factor log-in is not on for this account: set it up first (POST /session/totp)');
    if (secrets === null) throw new HttpProblem('two-factor-unavailable', 'set JHA_SECRET_KEY to make recovery codes');
    const start = await loginLimiter.begin(account.username, request.ip);
    if (start.kind === 'wait') {
      throw new HttpProblem('rate-limited', `too many wrong codes; try again in ${start.retryAfter} s`, { retryAfter: start.retryAfter }, { 'retry-after': String(start.retryAfter) });
    }
    const step = await checkTotp(openTotpSecret(secrets, account.totpSecret, account.username), otp, account.totpLastStep);
    // Claimed before the codes are made: of two renewals racing with one code, one gets codes (the
    // other's would otherwise void them unseen).
    if (step === undefined || !(await claimTotpStep(db, account.username, step))) {
      // Audited like a failed log-in: wrong codes from a signed-in session may be someone else's guesses.
      await audit(db, { actor: account.username, action: 'recovery-codes-refused', target: account.username, address: request.ip, detail: { reason: 'otp' } });
      throw new HttpProblem('validation-failed', 'the code does not match, has expired or was used already');
    }
    await loginLimiter.forgive(start);
    const recoveryCodes = await db.transaction(async (tx) => {
      const codes = await issueRecoveryCodes(tx, secrets, account.username);
      await audit(tx, { actor: account.username, action: 'recovery-codes-renewed', target: account.username, address: request.ip, detail: { recoveryCodes: codes.length } });
      return codes;
    });
    return reply.code(200).header('cache-control', 'no-store').send({ recoveryCodes });
  });

  // Confirming also makes the account's recovery codes, returned this once (only their digests are
  // kept); those of an earlier enrolment stop working.
  app.post<{ Reply: ResponseBody<'POST /session/totp/confirm'> }>('/session/totp/confirm', { bodyLimit: KB }, async (request, reply) => {
    const caller = await requireRole(db, request, ...TOTP_ROLES);
    const { otp } = parseWith(OtpBody, request.body);
    const [row] = await db.query<{ secret: string | null }>('SELECT totp_pending_secret AS secret FROM accounts WHERE username = $1', [caller.username]);
    if (!row?.secret) throw new HttpProblem('validation-failed', 'start with POST /session/totp');
    const step = await checkTotp(openTotpSecret(secrets, row.secret, caller.username), otp, null);
    if (step === undefined) throw new HttpProblem('validation-failed', 'the code does not match; check the clock of the device with the authenticator app');
    if (secrets === null) throw new HttpProblem('two-factor-unavailable', 'set JHA_SECRET_KEY to make recovery codes');
    const recoveryCodes = await db.transaction(async (tx) => {
      await tx.query('UPDATE accounts SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = $2 WHERE username = $1', [caller.username, step]);
      const codes = await issueRecoveryCodes(tx, secrets, caller.username);
      await audit(tx, { actor: caller.username, action: 'totp-enrolled', target: caller.username, address: request.ip, detail: { recoveryCodes: codes.length } });
      return codes;
    });
    return reply.code(200).header('cache-control', 'no-store').send({ recoveryCodes });
  });
}
