// Vitest global setup of the unit and integration projects: builds dist/cli once, before any
// test file runs. Tests that spawn `bin/jha-survey.mjs` used to rebuild it in their own
// beforeAll; with two workers one test's rebuild (which empties dist/cli first) made another's
// CLI call find "the command is not built", and without any rebuild a stale dist/cli tests old
// code. One build here serves every file of the run.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'inherit' });
}
