// Commands that work on the server's database directly (users, export), loaded only when they run.
import { CliError } from '../errors';
import { databaseConfigFromEnv, DatabaseLockedError, migrate, openDatabase, type Database } from '../../server';

/** Opens the database of the environment (migrated), runs `work`, closes it; a locked database is a one-line error. */
export async function withDatabase<T>(env: NodeJS.ProcessEnv, work: (db: Database) => Promise<T>): Promise<T> {
  let db: Database;
  try {
    db = await openDatabase(databaseConfigFromEnv(env));
  } catch (err) {
    if (err instanceof DatabaseLockedError) throw new CliError(`database-locked: ${err.message}`);
    throw err;
  }
  try {
    await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}
