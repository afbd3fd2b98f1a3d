import type { Database } from './db';
import type { LoginLimiter } from './auth';

/** What every route module needs: the database and the log-in limiter (its state is in the database). */
export interface ServerContext {
  db: Database;
  loginLimiter: LoginLimiter;
}

export const KB = 1024;
export const MB = 1024 * 1024;
