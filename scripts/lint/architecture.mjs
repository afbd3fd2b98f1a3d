// The architecture as a lint rule: which part of the code base may import which (DESIGN.md §2,
// docs/architecture.md). A part is a folder; an import is judged by the folder its path lands in.
//
// Why a local rule rather than `no-restricted-imports` patterns: those match the import *string*,
// so `../app` from src/server/routes/x.ts (which is src/server/app.ts, allowed) and `../app` from
// src/sync/x.ts (the React app, forbidden) look the same. Resolving the path against the importing
// file's folder removes the ambiguity without needing a module resolver (the target need not exist).
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/** The part a file belongs to: the longest listed folder that contains it. */
export const PARTS = [
  'src/app', 'src/server/db', 'src/server', 'src/store', 'src/sync', 'src/protocol',
  'src/questionnaire', 'src/crypto', 'src/cli', 'analysis', 'surveys', 'test', 'bench', 'scripts',
];

/**
 * Forbidden arrows, part -> the parts (or files, as glob-free path prefixes) it may never import.
 * Everything not listed is allowed. `surveys/*.json` are questionnaire files: analysis/ reads a
 * questionnaire only through the variable dictionary shipped beside the data, never the source.
 */
export const FORBIDDEN = {
  'src/store': ['src/app', 'src/server'],
  'src/protocol': ['src/app', 'src/server', 'src/store', 'src/sync'],
  'src/questionnaire': ['src/app', 'src/server', 'src/store', 'src/sync'],
  'src/sync': ['src/app', 'src/server'],
  'src/crypto': ['src/app', 'src/server', 'src/store', 'src/sync'],
  'src/server': ['src/app', 'src/store', 'src/sync'],
  'src/server/db': ['src/app', 'src/store', 'src/sync'],
  'src/app': ['src/server', 'src/cli'],
  analysis: ['src', 'surveys/victimization.json', 'surveys/corruption.json', 'surveys/safety.json', 'surveys/demo.json', 'surveys/jha-admin.json'],
};

function partOf(relPath) {
  let best = null;
  for (const part of PARTS) {
    if ((relPath === part || relPath.startsWith(part + '/')) && (best === null || part.length > best.length)) best = part;
  }
  return best;
}

function within(relPath, prefix) {
  return relPath === prefix || relPath.startsWith(prefix + '/') || relPath.startsWith(prefix + '.');
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the allowed import directions between the parts of jha-survey' },
    schema: [],
    messages: { forbidden: '{{from}} may not import {{to}} ({{target}}): see docs/architecture.md.' },
  },
  create(context) {
    const file = relative(root, context.filename).split(sep).join('/');
    const from = partOf(file);
    const banned = from === null ? [] : FORBIDDEN[from] ?? [];
    if (banned.length === 0) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = relative(root, resolve(dirname(context.filename), source)).split(sep).join('/');
      const hit = banned.find((prefix) => within(target, prefix));
      if (hit !== undefined) context.report({ node, messageId: 'forbidden', data: { from, to: hit, target: source } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { 'import-direction': rule } };
