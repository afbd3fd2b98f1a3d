// `jha-survey users …`, loaded only when such a command runs (it pulls in the DB driver).
import { CliError } from '../errors';
import type { Role } from '../../protocol';
import { AccountExistsError, AccountMissingError, audit, createAccount, listAccounts, passwordProblem, setPassword, usernamePattern } from '../../server';
import { withDatabase } from './database';

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

export async function addUser(name: string, role: Role, env: NodeJS.ProcessEnv): Promise<void> {
  if (!usernamePattern.test(name)) throw new CliError(`invalid user name ${JSON.stringify(name)}: use letters, digits and . _ @ - (at most 100)`);
  const password = await passwordFrom(env, name);
  await withDatabase(env, async (db) => {
    await createAccount(db, name, role, password).catch(accountErrors);
    await audit(db, { actor: 'cli', action: 'account-created', target: name, detail: { role } });
  });
  process.stdout.write(`jha-survey: added ${name} (${role})\n`);
}

export async function changePassword(name: string, env: NodeJS.ProcessEnv): Promise<void> {
  const password = await passwordFrom(env, name);
  await withDatabase(env, async (db) => {
    await setPassword(db, name, password).catch(accountErrors);
    await audit(db, { actor: 'cli', action: 'password-changed', target: name, detail: { sessionsEnded: true } });
  });
  process.stdout.write(`jha-survey: new password set for ${name}; its sessions are ended\n`);
}

export async function listUsers(env: NodeJS.ProcessEnv): Promise<void> {
  const accounts = await withDatabase(env, (db) => listAccounts(db));
  const width = Math.max(8, ...accounts.map((a) => a.username.length));
  for (const a of accounts) process.stdout.write(`${a.username.padEnd(width)}  ${a.role.padEnd(11)}  ${a.createdAt}\n`);
}
