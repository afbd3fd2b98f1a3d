// The tablet's first screen (and the resumed interview) is evaluated before the interviewer sees
// anything, on a slow tablet (issue 17 item 9). zod builds each schema as its module is evaluated:
// src/protocol's schemas cost 0.1–0.2 s of a 4×-throttled start and none of them is needed to show
// the home screen or a resumed interview, so they load with the first request or sync round
// (src/app/services/device.ts) and with the backup screen. This walks the static imports from
// src/app/main.tsx (what the browser evaluates before the first paint; `import()` is where a lazy
// chunk begins) and fails with the chain that brings zod back.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');

/** A relative specifier as the bundler resolves it (TypeScript sources only; CSS and JSON end the walk). */
function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The specifiers a module's evaluation imports. `import type` is erased; an import whose every
 * named binding is `type` still counts (with verbatimModuleSyntax it remains as `import {} from`).
 */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (statement.importClause?.isTypeOnly) continue;
      out.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (statement.isTypeOnly) continue;
      out.push(statement.moduleSpecifier.text);
    }
  }
  return out;
}

/** Every package the static graph from `entry` reaches, with the chain of modules that imports it. */
function packagesReached(entry: string): Map<string, string[]> {
  const parent = new Map<string, string | undefined>([[entry, undefined]]);
  const packages = new Map<string, string[]>();
  const chain = (file: string): string[] => {
    const out: string[] = [];
    for (let at: string | undefined = file; at !== undefined; at = parent.get(at)) out.unshift(relative(root, at));
    return out;
  };
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const specifier of runtimeImports(file)) {
      if (!specifier.startsWith('.')) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (!packages.has(name)) packages.set(name, chain(file));
        continue;
      }
      const target = resolveModule(file, specifier);
      if (target === undefined || parent.has(target)) continue;
      parent.set(target, file);
      queue.push(target);
    }
  }
  return packages;
}

describe('the first screen', () => {
  const reached = packagesReached(join(root, 'src/app/main.tsx'));

  it('walks the real graph (React, Dexie and the pieces of the shell are reached)', () => {
    expect([...reached.keys()]).toEqual(expect.arrayContaining(['react', 'react-dom', 'dexie']));
  });

  it('evaluates no zod schema: neither zod nor SurveyJS is imported before the first paint', () => {
    expect(reached.get('zod'), `zod reached through ${reached.get('zod')?.join(' → ')}`).toBeUndefined();
    expect(reached.get('survey-core'), `survey-core reached through ${reached.get('survey-core')?.join(' → ')}`).toBeUndefined();
  });
});
