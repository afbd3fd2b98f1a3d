// Bundles the Node side (CLI + server) into dist/cli/. Heavy commands are split into chunks
// loaded on demand so `jha-survey analyze` does not pay for Fastify or PGlite.
//
// Most dependencies stay external (resolved from node_modules at run time). The pure-JS ones that
// come as hundreds of small files — @stdlib's special functions (≈600 files for the t, F, beta and
// gamma quantiles), zod, commander, simple-statistics — are bundled: resolving and compiling them
// file by file cost `jha-survey analyze` 0.2–0.3 s of its start on a 2-core machine, a fifth of the
// 1,000,000-row job (bench/analysis.bench.ts).
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const dependencies = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies);
const bundled = (name) => name.startsWith('@stdlib/') || ['zod', 'commander', 'simple-statistics'].includes(name);

rmSync('dist/cli', { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: dependencies.filter((name) => !bundled(name)).flatMap((name) => [name, `${name}/*`]),
  // Bundled CommonJS (@stdlib) calls require() for what stays external (debug): give ES modules one.
  banner: { js: "import { createRequire as __jhaCreateRequire } from 'node:module'; const require = __jhaCreateRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
});
