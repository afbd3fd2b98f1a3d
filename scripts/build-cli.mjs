// Bundles the Node side (CLI + server) into dist/cli/. Dependencies stay external
// (resolved from node_modules at run time); heavy commands are split into chunks
// loaded on demand so `jha-survey analyze` does not pay for Fastify or PGlite.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
