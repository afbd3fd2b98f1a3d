// `jha-survey users …`, loaded only when such a command runs (it pulls in the DB driver). Straight on
// the database of DATABASE_URL or JHA_DATA_DIR, or, with --server (JHA_SERVER), through a running
// server's account routes with an admin's session token in JHA_TOKEN — the way while the server
// holds the embedded database. Either way the same policy, audit entries and ended sessions.
import { CliError } from '../errors';
import { AccountViewSchema, type AccountView, type Role } from '../../protocol';
import { AccountExistsError, AccountMissingError, audit, createAccount, listAccounts, passwordProblem, resetTwoFactor, setPassword, usernamePattern } from '../../server';
import { withDatabase } from './database';
import { serverEndpoint, serverRequest } from './server-api';

const USERS_BESIDE_SERVER = { through: 'manage accounts through it (or in the console\'s Users section)', whose: "an admin" };

/** A request to the server's account routes, with an admin's token from JHA_TOKEN. */
async function accountsRequest(server: string, env: NodeJS.ProcessEnv, path: string, init: { method?: string; body?: unknown } = {}): Promise<unknown> {
  const { token, api } = serverEndpoint(server, env, 'an admin');
  return (await serverRequest(new URL(path, api).href, token, init)).json() as Promise<unknown>;
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(Buffer.from(chunk as Uint8Array));
    if (process.stdin.isTTY && chunks.some((c) => c.includes(10))) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

/** The new password of `name`, checked against the password policy before the database is opened. */
async function passwordFrom(env: NodeJS.ProcessEnv, name: string): Promise<string> {
  const password = env.JHA_PASSWORD !== undefined && env.JHA_PASSWORD !== '' ? env.JHA_PASSWORD : await readPassword();
  const problem = passwordProblem(password, name);
  if (problem !== undefined) throw new CliError(`weak-password: ${problem}`);
  return password;
}

/** The account errors of the `users` commands as one-line user errors. */
function accountErrors(err: unknown): never {
  if (err instanceof AccountExistsError) throw new CliError(`user-exists: ${err.message}`);
  if (err instanceof AccountMissingError) throw new CliError(`no-such-user: ${err.message}`);
  throw err;
}

export async function addUser(name: string, role: Role, env: NodeJS.ProcessEnv, server?: string): Promise<void> {
  if (!usernamePattern.test(name)) throw new CliError(`invalid user name ${JSON.stringify(name)}: use letters, digits and . _ @ - (at most 100)`);
  const password = await passwordFrom(env, name);
  if (server !== undefined) {
    await accountsRequest(server, env, 'users', { method: 'POST', body: { username: name, role, password } });
  } else {
    await withDatabase(env, async (db) => {
      await createAccount(db, name, role, password).catch(accountErrors);
      await audit(db, { actor: 'cli', action: 'account-created', target: name, detail: { role } });
    }, USERS_BESIDE_SERVER);
  }
  process.stdout.write(`jha-survey: added ${name} (${role})\n`);
}

export async function changePassword(name: string, env: NodeJS.ProcessEnv, server?: string): Promise<void> {
  const password = await passwordFrom(env, name);
  if (server !== undefined) {
    if (!usernamePattern.test(name)) throw new CliError(`no-such-user: there is no account named ${name}`);
    await accountsRequest(server, env, `users/${encodeURIComponent(name)}`, { method: 'PATCH', body: { password } });
  } else {
    await withDatabase(env, async (db) => {
      await setPassword(db, name, password).catch(accountErrors);
      await audit(db, { actor: 'cli', action: 'password-changed', target: name, detail: { sessionsEnded: true } });
    }, USERS_BESIDE_SERVER);
  }
  process.stdout.write(`jha-survey: new password set for ${name}; its sessions are ended\n`);
}

/**
 * Removes an account's second factor (TOTP secrets and recovery codes) and ends its sessions. On
 * the database itself this is the way back in for the only admin whose phone is lost (through the
 * server, an admin cannot reset their own).
 */
export async function resetTwoFactorOf(name: string, env: NodeJS.ProcessEnv, server?: string): Promise<void> {
  if (server !== undefined) {
    if (!usernamePattern.test(name)) throw new CliError(`no-such-user: there is no account named ${name}`);
    await accountsRequest(server, env, `users/${encodeURIComponent(name)}`, { method: 'PATCH', body: { resetTwoFactor: true } });
  } else {
    await withDatabase(env, (db) => db.transaction(async (tx) => {
      const reset = await resetTwoFactor(tx, name).catch(accountErrors);
      await audit(tx, { actor: 'cli', action: 'two-factor-reset', target: name, detail: { ...reset } });
    }), USERS_BESIDE_SERVER);
  }
  process.stdout.write(`jha-survey: two-factor log-in of ${name} reset (its recovery codes too); its sessions are ended\n`);
}

export async function listUsers(env: NodeJS.ProcessEnv, server?: string): Promise<void> {
  const accounts: readonly Pick<AccountView, 'username' | 'role' | 'createdAt'>[] = server !== undefined
    ? AccountViewSchema.array().parse(await accountsRequest(server, env, 'users'))
    : await withDatabase(env, (db) => listAccounts(db), USERS_BESIDE_SERVER);
  const width = Math.max(8, ...accounts.map((a) => a.username.length));
  for (const a of accounts) process.stdout.write(`${a.username.padEnd(width)}  ${a.role.padEnd(11)}  ${a.createdAt}\n`);
}
