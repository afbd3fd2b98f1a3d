/**
 * Writes the standard questionnaires `surveys/*.json` from the modules in this folder:
 * `npx tsx surveys/src/build.ts`. The JSON files are the artifacts (committed, published, linted);
 * a unit test checks that they match this generator.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { QUESTIONNAIRES } from './questionnaires';

const dir = new URL('../', import.meta.url);
for (const [file, build] of Object.entries(QUESTIONNAIRES)) {
  const path = fileURLToPath(new URL(file, dir));
  writeFileSync(path, `${JSON.stringify(build(), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
