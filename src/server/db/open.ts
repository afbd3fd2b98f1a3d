import type { Database } from './database';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface DatabaseConfig {
  /** A PostgreSQL connection string; empty or absent means the embedded PGlite. */
  databaseUrl?: string;
  /** Directory of the embedded database (and its lock file). */
  dataDir: string;
}

/** Reads the storage settings from the environment: `DATABASE_URL` (when non-empty), else `JHA_DATA_DIR` (default ./data). */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  return { databaseUrl: databaseUrl || undefined, dataDir: env.JHA_DATA_DIR?.trim() || './data' };
}

export function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

export function describeDatabase(config: DatabaseConfig): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
