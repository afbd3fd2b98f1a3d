// The import directions are enforced by lint; these tests plant forbidden imports in virtual files
// of each part and expect lint to fail, and plant allowed ones and expect it to pass — so a rule
// that silently stopped matching (a renamed folder, a broken glob) fails here.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const forbidden: Array<[string, string]> = [
  ['src/store/planted.ts', "import { App } from '../app/App';"],
  ['src/store/planted.ts', "import { x } from '../server/db';"],
  ['src/protocol/planted.ts', "export { y } from '../server/problems';"],
  ['src/questionnaire/rules/planted.ts', "import { z } from '../../app/routes';"],
  ['src/questionnaire/planted.ts', "import { z } from '../server/services';"],
  ['src/sync/planted.ts', "import { App } from '../app/App';"],
  ['src/sync/planted.ts', "import { z } from '../server';"],
  ['src/server/planted.ts', "import { App } from '../app/App';"],
  ['src/server/routes/planted.ts', "import { open } from '../../store';"],
  ['src/server/services/planted.ts', "import { open } from '../../store/database';"],
  ['src/server/db/planted.ts', "import { open } from '../../store';"],
  ['src/app/screens/planted.tsx', "import { buildServer } from '../../server/app';"],
  ['src/app/planted.ts', "import { open } from '../server/db/open';"],
  ['analysis/planted.ts', "import { schemas } from '../src/protocol';"],
  ['analysis/io/planted.ts', "import json from '../../surveys/victimization.json';"],
  ['analysis/tables/planted.ts', "const m = import('../../src/questionnaire');"],
];

const allowed: Array<[string, string]> = [
  // src/server/app.ts is the server's own module, not the React app.
  ['src/server/routes/planted.ts', "import { buildServer } from '../app';"],
  ['src/app/planted.ts', "import { schemas } from '../protocol';"],
  ['src/app/planted.ts', "import { estimate } from '../../analysis';"],
  ['src/server/planted.ts', "import { lint } from '../questionnaire';"],
  ['analysis/planted.ts', "import catalogue from '../surveys/indicators.json';"],
];

describe('lint enforces the import directions', () => {
  it.each(forbidden)('%s: %s is an error', async (file, code) => {
    expect(await ruleIds(file, `${code}\nexport const planted = 1;\n`)).toContain('architecture/import-direction');
  });
  it.each(allowed)('%s: %s is allowed', async (file, code) => {
    expect(await ruleIds(file, `${code}\nexport const planted = 1;\n`)).not.toContain('architecture/import-direction');
  });
});
