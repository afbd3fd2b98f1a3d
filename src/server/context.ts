import type { Database } from './db';
import type { LoginRateLimiter } from './auth';

/** What every route module needs: the database and the shared in-memory state. */
export interface ServerContext {
  db: Database;
  loginLimiter: LoginRateLimiter;
}

export const KB = 1024;
export const MB = 1024 * 1024;
