// Vitest global setup of the integration project: one embedded database created (PGlite's
// initdb) and closed, empty — no table of ours — kept as the template that scratch databases
// copy (test/integration/support/backends.ts). Creating a cluster costs 2.5 s on an idle
// 2-core machine and 7–10 s on a loaded one, and the suite makes dozens; a copy opens in about
// one second. The copy is as fresh as a new database: migrations, demo accounts and
// questionnaires are made by each test's server on it, as on a first start.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/server';
import { scratchDir } from './scratch-dir';

export default async function setup(): Promise<() => void> {
  const template = scratchDir('jha-it-template-');
  const db = await openDatabase({ dataDir: template });
  await db.close();
  // Test files run in worker processes started after this, which inherit the environment.
  process.env.JHA_IT_PGLITE_TEMPLATE = join(template, 'pgdata');
  return () => rmSync(template, { recursive: true, force: true });
}
