// Commands that work on the server's database directly (users, export), loaded only when they run.
import { CliError } from '../errors';
import { databaseConfigFromEnv, DatabaseLockedError, migrate, openDatabase, type Database } from '../../server';

/**
 * Opens the database of the environment (migrated), runs `work`, closes it. A locked database (a
 * server holds the embedded one) is a one-line error that says how to do the same through that
 * server: `besideServer` names the command's way there, e.g. "export through it" and whose token.
 */
export async function withDatabase<T>(env: NodeJS.ProcessEnv, work: (db: Database) => Promise<T>, besideServer: { through: string; whose: string }): Promise<T> {
  let db: Database;
  try {
    db = await openDatabase(databaseConfigFromEnv(env));
  } catch (err) {
    if (err instanceof DatabaseLockedError) {
      throw new CliError(`database-locked: ${err.message}; while the server runs, ${besideServer.through}: --server http://localhost:8080 with ${besideServer.whose}'s session token in JHA_TOKEN`);
    }
    throw err;
  }
  try {
    await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}
