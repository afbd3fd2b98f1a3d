// Accounts from the browser (issue 14 item 1): an admin lists, creates, disables and enables
// accounts, resets passwords (the password policy applies), changes roles and removes the second
// factor of someone who lost the phone. Every change is audited; disabling, a new password or a
// reset of the second factor ends the account's sessions. Admins only.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AccountChangeSchema, AccountCreateSchema, UsernameSchema, type ResponseBody } from '../../protocol';
import { requireRole } from '../auth';
import { KB, type ServerContext } from '../context';
import { HttpProblem } from '../problems';
import {
  AccountExistsError, AccountMissingError, accountViews, audit, createAccount, resetTwoFactor, setDisabled, setPassword, setRole, WeakPasswordError,
} from '../services';
import { parseWith } from '../validate';

const UserParams = z.object({ username: UsernameSchema });

/** The service's errors as the API's problems. */
async function asProblem<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof WeakPasswordError) throw new HttpProblem('weak-password', err.message);
    if (err instanceof AccountExistsError) throw new HttpProblem('conflict', err.message);
    if (err instanceof AccountMissingError) throw new HttpProblem('not-found', err.message);
    throw err;
  }
}

export function userRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.get<{ Reply: ResponseBody<'GET /users'> }>('/users', async (request) => {
    await requireRole(db, request, 'admin');
    return accountViews(db);
  });

  app.post<{ Reply: ResponseBody<'POST /users'> }>('/users', { bodyLimit: 16 * KB }, async (request, reply) => {
    const caller = await requireRole(db, request, 'admin');
    const { username, role, password } = parseWith(AccountCreateSchema, request.body);
    const [view] = await asProblem(() => db.transaction(async (tx) => {
      await createAccount(tx, username, role, password);
      await audit(tx, { actor: caller.username, action: 'account-created', target: username, address: request.ip, detail: { role } });
      return accountViews(tx, username);
    }));
    return reply.code(201).send(view);
  });

  app.patch<{ Reply: ResponseBody<'PATCH /users/:username'> }>('/users/:username', { bodyLimit: 16 * KB }, async (request) => {
    const caller = await requireRole(db, request, 'admin');
    const { username } = parseWith(UserParams, request.params, 'path');
    const change = parseWith(AccountChangeSchema, request.body);
    // An admin who disabled or demoted themselves could leave the office without any admin.
    if (username === caller.username && (change.disabled === true || (change.role !== undefined && change.role !== 'admin'))) {
      throw new HttpProblem('forbidden', 'you cannot disable your own account or give up your own admin role; another admin can');
    }
    // Nor remove their own second factor: a stolen admin session must not be enough to strip it.
    if (username === caller.username && change.resetTwoFactor === true) {
      throw new HttpProblem('forbidden', 'you cannot reset your own two-factor log-in; another admin can');
    }
    const [view] = await asProblem(() => db.transaction(async (tx) => {
      if ((await accountViews(tx, username)).length === 0) throw new AccountMissingError(username);
      const at = { actor: caller.username, target: username, address: request.ip };
      if (change.role !== undefined) {
        const previous = await setRole(tx, username, change.role);
        if (previous !== change.role) await audit(tx, { ...at, action: 'role-changed', detail: { from: previous, to: change.role } });
      }
      if (change.password !== undefined) {
        await setPassword(tx, username, change.password);
        await audit(tx, { ...at, action: 'password-changed', detail: { by: 'admin' } });
      }
      if (change.disabled !== undefined && await setDisabled(tx, username, change.disabled)) {
        await audit(tx, { ...at, action: change.disabled ? 'account-disabled' : 'account-enabled' });
      }
      if (change.resetTwoFactor === true) {
        const reset = await resetTwoFactor(tx, username);
        await audit(tx, { ...at, action: 'two-factor-reset', detail: { ...reset } });
      }
      return accountViews(tx, username);
    }));
    return view;
  });
}
