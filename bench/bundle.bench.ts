// `npm run bench -- bundle [--build]`: the PWA's JavaScript budget (issue 3). The first screen
// may load at most 200 KB gzip of JavaScript (index.html's module scripts and modulepreloads);
// the questionnaire runner (SurveyJS, its React UI and CSS) is a lazy chunk the service worker
// precaches. Prints both with their ratio to the budget, and the cost the first screen would
// have if everything were loaded eagerly (the baseline the lazy split is measured against).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const appDir = join(root, 'dist', 'app');
const BUDGET = 200 * 1024;

const gz = (file: string): number => gzipSync(readFileSync(join(appDir, file)), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Files index.html makes the browser fetch before the first screen: module scripts and modulepreloads. */
export function initialScripts(html: string): string[] {
  const files = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="\/?([^"]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+)"/g)) files.add(m[1]);
  return [...files];
}

/** A chunk and every chunk it imports statically (`import … from "./x.js"`), transitively. */
export function staticClosure(start: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(appDir, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(`assets/${m[1]}`);
  };
  visit(start);
  return [...seen];
}

/** The eight interface catalogues (src/app/i18n/<locale>.ts), each a chunk named by its locale. */
export function catalogueChunksOf(assets: readonly string[]): string[] {
  return assets.filter((f) => /^assets\/(en|sq|bs|hr|mk|cnr|sr|sr-Latn)-[\w-]{8}\.js$/.test(f));
}

export async function run(args: string[]): Promise<void> {
  if (args.includes('--build') || !existsSync(join(appDir, 'index.html'))) {
    console.log('building the app (vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  const initial = initialScripts(readFileSync(join(appDir, 'index.html'), 'utf8'));
  const assets = readdirSync(join(appDir, 'assets')).map((f) => `assets/${f}`);
  const entry = assets.find((f) => /InterviewScreen-[^/]+\.js$/.test(f));
  if (!entry) throw new Error('no InterviewScreen chunk in dist/app/assets: is the runner still loaded lazily?');
  // The runner chunk and the chunks it imports statically, minus what the first screen already has.
  const runnerJs = staticClosure(entry).filter((f) => !initial.includes(f));
  const css = assets.filter((f) => f.endsWith('.css') && !readFileSync(join(appDir, 'index.html'), 'utf8').includes(f));
  const allJs = assets.filter((f) => f.endsWith('.js'));
  const runner = [...runnerJs, ...css];

  // The first screen also loads one language's catalogue (src/app/i18n loads the tablet's own):
  // counted here as the largest of the eight, with the chunks it imports (sr-Latn imports sr).
  const catalogueChunks = catalogueChunksOf(assets);
  if (catalogueChunks.length < 8) throw new Error(`expected eight catalogue chunks in dist/app/assets, found ${catalogueChunks.join(', ') || 'none'}`);
  const bytesOf = (files: readonly string[]): number => files.reduce((sum, f) => sum + gz(f), 0);
  const catalogues = catalogueChunks.map((f) => staticClosure(f).filter((c) => !initial.includes(c)));
  const catalogue = catalogues.reduce<string[]>((big, c) => (bytesOf(c) > bytesOf(big) ? c : big), []);
  initial.push(...catalogue);
  const initialBytes = bytesOf(initial);
  const runnerJsBytes = bytesOf(runnerJs);
  const runnerCssBytes = bytesOf(css);
  const eagerBytes = bytesOf(allJs);

  const sw = existsSync(join(appDir, 'sw.js')) ? readFileSync(join(appDir, 'sw.js'), 'utf8') : '';
  const precached = runner.every((f) => sw.includes(f));

  console.log(`initial JS (${initial.join(', ')}): ${kb(initialBytes)} gzip = ${(initialBytes / BUDGET).toFixed(2)} × the 200 KB budget`);
  console.log(`runner chunk (${runnerJs.join(', ')}): ${kb(runnerJsBytes)} gzip JS + ${kb(runnerCssBytes)} gzip CSS, loaded when an interview starts`);
  console.log(`baseline, all JS eagerly: ${kb(eagerBytes)} gzip = ${(eagerBytes / BUDGET).toFixed(2)} × budget; the lazy split loads ${(initialBytes / eagerBytes).toFixed(2)} of it first`);
  console.log(`service worker precaches the runner chunks and CSS (${runner.join(', ')}): ${precached ? 'yes' : 'NO'}`);
  if (initialBytes > BUDGET) console.log('OVER BUDGET: the first screen loads more than 200 KB gzip of JavaScript');
}
