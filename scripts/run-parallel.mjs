// `node scripts/run-parallel.mjs typecheck lint`: runs npm scripts at the same time and prints
// each one's output whole once it ends (not interleaved), then exits non-zero if any failed.
// `npm run check` runs the type check and the linter so: each is single-threaded, and side by
// side on two cores they take the time of the longer one instead of the sum.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const runs = names.map((name) => new Promise((resolve) => {
  const child = spawn('npm', ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => out.push(d));
  child.on('error', (error) => resolve({ name, code: 1, text: String(error) }));
  child.on('close', (code) => resolve({ name, code: code ?? 1, text: Buffer.concat(out).toString() }));
}));

let failed = false;
for (const { name, code, text } of await Promise.all(runs)) {
  process.stdout.write(`> ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`}\n${text}`);
  if (code !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
