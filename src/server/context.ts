import type { Database } from './db';
import type { LoginLimiter, SecretBox } from './auth';

/** What every route module needs: the database and the log-in limiter (its state is in the database). */
export interface ServerContext {
  db: Database;
  loginLimiter: LoginLimiter;
  /** Seals the TOTP secrets in the database; null: no key (PostgreSQL without JHA_SECRET_KEY), no two-factor. */
  secrets: SecretBox | null;
}

export const KB = 1024;
export const MB = 1024 * 1024;
