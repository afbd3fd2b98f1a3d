// `jha-survey users add`, loaded only when that command runs.
import { CliError } from '../errors';
import type { Role } from '../../protocol';
import {
  AccountExistsError,
  createAccount,
  databaseConfigFromEnv,
  DatabaseLockedError,
  migrate,
  MIN_PASSWORD_LENGTH,
  openDatabase,
  usernamePattern,
  type Database,
} from '../../server';

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(Buffer.from(chunk as Uint8Array));
    if (process.stdin.isTTY && chunks.some((c) => c.includes(10))) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

export async function addUser(name: string, role: Role, env: NodeJS.ProcessEnv): Promise<void> {
  if (!usernamePattern.test(name)) throw new CliError(`invalid user name ${JSON.stringify(name)}: use letters, digits and . _ @ - (at most 100)`);
  const password = env.JHA_PASSWORD !== undefined && env.JHA_PASSWORD !== '' ? env.JHA_PASSWORD : await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) throw new CliError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  let db: Database;
  try {
    db = await openDatabase(databaseConfigFromEnv(env));
  } catch (err) {
    if (err instanceof DatabaseLockedError) throw new CliError(`database-locked: ${err.message}`);
    throw err;
  }
  try {
    await migrate(db);
    await createAccount(db, name, role, password);
  } catch (err) {
    if (err instanceof AccountExistsError) throw new CliError(`user-exists: ${err.message}`);
    throw err;
  } finally {
    await db.close();
  }
  process.stdout.write(`jha-survey: added ${name} (${role})\n`);
}
