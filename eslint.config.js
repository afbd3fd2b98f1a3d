// Lint is also where the architecture is enforced (DESIGN.md §2): who may import what.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import architecture from './scripts/lint/architecture.mjs';

const dexie = { name: 'dexie', message: 'Dexie is imported only in src/store/.' };
const dbDrivers = [
  { name: 'pg', message: 'The database driver is imported only in src/server/db/.' },
  { name: '@electric-sql/pglite', message: 'The database driver is imported only in src/server/db/.' },
];
const restricted = (paths, patterns = []) => ['error', { paths, patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'dev-dist/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': restricted([dexie, ...dbDrivers]),
    },
  },
  {
    // Who may import whom between the parts (src/app, src/server, analysis, ...): one table in
    // scripts/lint/architecture.mjs, checked on resolved paths.
    files: ['src/**/*.{ts,tsx}', 'analysis/**/*.ts'],
    plugins: { architecture },
    rules: { 'architecture/import-direction': 'error' },
  },
  {
    // Value labels and the admin template still read questionnaire sources at build time; the
    // variable dictionary replaces both (issue 10). Listed here, by name, so no other file can.
    files: ['analysis/tables/value-labels.ts', 'analysis/admin/labels.ts'],
    rules: { 'architecture/import-direction': 'off' },
  },
  {
    files: ['src/store/**'],
    rules: { 'no-restricted-imports': restricted(dbDrivers) },
  },
  {
    files: ['src/server/db/**'],
    rules: { 'no-restricted-imports': restricted([dexie]) },
  },
  {
    files: ['analysis/**'],
    rules: {
      'no-restricted-imports': restricted(
        [dexie, ...dbDrivers, { name: 'react', message: 'analysis/ is UI-free.' }, { name: 'react-dom', message: 'analysis/ is UI-free.' }],
        [
          { group: ['**/src/**', '../src/*', '../../src/*'], message: 'analysis/ depends on nothing of src/.' },
          { group: ['react/*', 'react-dom/*', 'survey-react-ui', 'fastify', 'fastify/*'], message: 'analysis/ is pure TypeScript.' },
        ],
      ),
    },
  },
  {
    files: ['src/app/**/*.tsx', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
