// Each integration test file runs its suites on a fresh embedded PGlite and, when
// DATABASE_URL is set (CI), on a freshly created PostgreSQL database dropped afterwards.
// A fresh PGlite is a copy of the empty cluster the project's global setup made
// (test/setup/pglite-template.ts), which opens in a second instead of running initdb again.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase, type DatabaseConfig } from '../../../src/server';
import { scratchDir } from '../../setup/scratch-dir';

export type BackendName = 'pglite' | 'postgres';

export const backends: BackendName[] = process.env.DATABASE_URL?.trim() ? ['pglite', 'postgres'] : ['pglite'];

export interface ScratchDatabase {
  config: DatabaseConfig;
  dispose(): Promise<void>;
}

export async function scratchDatabase(backend: BackendName): Promise<ScratchDatabase> {
  const dataDir = scratchDir('jha-it-');
  if (backend === 'pglite') {
    const template = process.env.JHA_IT_PGLITE_TEMPLATE;
    // cpSync keeps the template's private modes (0700 directories, 0600 files).
    if (template && existsSync(template)) cpSync(template, join(dataDir, 'pgdata'), { recursive: true });
    return { config: { dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.DATABASE_URL as string;
  const name = `jha_it_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: adminUrl, dataDir });
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = '/' + name;
  return {
    config: { databaseUrl: url.toString(), dataDir },
    async dispose() {
      const cleanup = await openDatabase({ databaseUrl: adminUrl, dataDir });
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
