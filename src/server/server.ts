import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../protocol';
import { buildApp } from './app';
import { keyFromFile, SecretBox } from './auth';
import { migrate, openDatabase, type Database, type DatabaseConfig } from './db';
import { packageRoot } from './paths';
import { createDemoAccounts, loadXlsxWriter, publishSurveyFiles, sealTotpSecrets, type SurveyFileOutcome } from './services';

export interface ServerOptions {
  database: DatabaseConfig;
  /** Questionnaire files to publish at start-up; null: none. */
  surveysDir: string | null;
  /** The built PWA; null: API only. Default: dist/app of the checkout. */
  appDir?: string | null;
  /** Create one account per role when the accounts table is empty (default true). */
  demoAccounts?: boolean;
  logLevel?: string | false;
  /** Where log lines go (default stdout). */
  logStream?: { write(line: string): void };
  /** Behind a TLS reverse proxy: the proxies whose X-Forwarded-For is believed (docs/security.md). */
  trustProxy?: string | boolean;
  /**
   * The key that seals TOTP secrets in the database (JHA_SECRET_KEY; the same on every replica).
   * Default: with the embedded database, `secret.key` in its data directory (made on first start);
   * with PostgreSQL, none — two-factor log-in is then unavailable.
   */
  secretKey?: Buffer;
}

/** The key file of an embedded database, beside its files in the private data directory. */
export const SECRET_KEY_FILE = 'secret.key';

export interface Server {
  app: FastifyInstance;
  db: Database;
  migrationsApplied: string[];
  surveys: SurveyFileOutcome[];
  /** Credentials of the demo accounts created now (empty unless the database had no accounts). */
  demoAccounts: { username: string; role: Role; password: string }[];
  /** Stops accepting requests, then closes the database (and releases its lock). */
  close(): Promise<void>;
}

export function defaultAppDir(): string {
  return join(packageRoot(), 'dist', 'app');
}

/**
 * Opens the database, applies migrations, publishes new questionnaire versions, creates
 * demo accounts on an empty database and builds the HTTP application (not yet listening).
 */
export async function createServer(options: ServerOptions): Promise<Server> {
  const db = await openDatabase(options.database);
  try {
    const migrationsApplied = await migrate(db);
    const key = options.secretKey ?? (options.database.databaseUrl ? undefined : keyFromFile(join(options.database.dataDir, SECRET_KEY_FILE)));
    const secrets = key === undefined ? null : new SecretBox(key);
    // Secrets stored before they were sealed (or while no key was set) are sealed now.
    if (secrets !== null) await sealTotpSecrets(db, secrets);
    const surveys = options.surveysDir === null ? [] : await publishSurveyFiles(db, resolve(options.surveysDir));
    const demoAccounts = options.demoAccounts === false ? [] : await db.transaction((tx) => createDemoAccounts(tx));
    const appDir = options.appDir === undefined ? defaultAppDir() : options.appDir;
    const app = await buildApp({ db, appDir, logLevel: options.logLevel ?? false, logStream: options.logStream, trustProxy: options.trustProxy, secrets });
    await loadXlsxWriter(); // before the first request, not during the first XLSX export (xlsx-export.ts)
    let closing: Promise<void> | undefined;
    return {
      app,
      db,
      migrationsApplied,
      surveys,
      demoAccounts,
      close() {
        closing ??= (async () => {
          try {
            await app.close();
          } finally {
            await db.close();
          }
        })();
        return closing;
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
