// `npm run bench [-- NAME…]`: runs every bench/*.bench.ts (or the named ones) one after the
// other. Each module exports `run(args)`, measures its own baseline in the same run and
// prints ratios against it.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

interface BenchModule { run(args: string[]): Promise<void> }

const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace(/\.bench\.ts$/, '')).sort();
const [first, ...rest] = process.argv.slice(2);
const chosen = first && all.includes(first) ? [first] : all;
const args = first && all.includes(first) ? rest : process.argv.slice(2);
if (chosen.length === 0) console.log('no benchmarks in bench/');
for (const name of chosen) {
  console.log(`\n== bench: ${name} ==`);
  const mod = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as BenchModule;
  await mod.run(args);
}
