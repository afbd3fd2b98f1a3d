// `npm run bench -- analysis [--replicates]`: the 1,000,000-row job of issue 4, and the JK1
// replicate path (80 replicates, 200,000 rows), timed against R in the same run.
//
// 1. Generates (once, deterministically) a stratified cluster sample: 50 strata × 40 PSUs ×
//    500 persons, a 30-level domain, a numeric y and weights → bench/out/analysis-1m.csv.
// 2. CSV readers: ours against papaparse, csv-parse and uDSV, each producing the same
//    typed columns, checked against each other.
// 3. The whole CLI process (read CSV, build design, 30 domain means with SE): wall time and
//    peak RSS (/usr/bin/time -v), median of 3 runs; the estimation step alone, in process.
// 4. When Rscript exists: read.csv + svydesign + svyby(svymean) on the same file, timed inside
//    R, and the largest relative difference between R's and our estimates and SEs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { parse as csvParse } from 'csv-parse/sync';
import { inferSchema, initParser } from 'udsv';
import { categoryValues, domainsOf, linearizationDesign, mulberry32, numericValues, readCsv, svyMean } from '../analysis';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench', 'out');
const csvPath = join(outDir, 'analysis-1m.csv');
const STRATA = 50, PSUS = 40, PERSONS = 500, DOMAINS = 30;

function generate(): void {
  mkdirSync(outDir, { recursive: true });
  const rand = mulberry32(20261125);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const fd = openSync(csvPath, 'w');
  writeSync(fd, 's,p,w,d,y\n');
  for (let s = 1; s <= STRATA; s++) {
    const stratumEffect = normal() * 5;
    for (let p = 1; p <= PSUS; p++) {
      const psuEffect = normal() * 3;
      const baseWeight = 80 + s * 2 + rand() * 40;
      const lines: string[] = [];
      for (let i = 0; i < PERSONS; i++) {
        const d = 1 + Math.floor(rand() * DOMAINS);
        const w = (baseWeight * (0.8 + 0.4 * rand())).toFixed(3);
        const y = (50 + stratumEffect + psuEffect + d * 0.3 + normal() * 10).toFixed(2);
        lines.push(`S${s},${p},${w},D${String(d).padStart(2, '0')},${y}`);
      }
      writeSync(fd, lines.join('\n') + '\n');
    }
  }
  closeSync(fd);
}

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface Columns { s: string[] | Int32Array; w: Float64Array; y: Float64Array }

/** Every reader's result reduced to checksums: Σw, Σy and the number of distinct strata. */
function checksum(c: Columns): string {
  let sw = 0, sy = 0;
  for (let i = 0; i < c.w.length; i++) { sw += c.w[i]; sy += c.y[i]; }
  return `${c.w.length} rows, Σw=${sw.toFixed(3)}, Σy=${sy.toFixed(2)}, strata=${new Set(c.s as ArrayLike<unknown> as unknown[]).size}`;
}

function benchReaders(bytes: Buffer): void {
  const text = bytes.toString('utf8');
  const readers: [string, () => Columns][] = [
    ['jha readCsv (bytes → typed columns)', () => {
      const t = readCsv(bytes, { columns: { s: 'category', p: 'category', w: 'number', d: 'category', y: 'number' } });
      const s = categoryValues(t, 's');
      return { s: s.codes, w: numericValues(t, 'w'), y: numericValues(t, 'y') };
    }],
    ['papaparse 5 (string, dynamicTyping off)', () => {
      const r = Papa.parse<string[]>(text, { skipEmptyLines: true });
      const rows = r.data.slice(1);
      return { s: rows.map((x) => x[0]), w: Float64Array.from(rows, (x) => Number(x[2])), y: Float64Array.from(rows, (x) => Number(x[4])) };
    }],
    ['csv-parse/sync', () => {
      const rows = (csvParse(text, { skip_empty_lines: true }) as string[][]).slice(1);
      return { s: rows.map((x) => x[0]), w: Float64Array.from(rows, (x) => Number(x[2])), y: Float64Array.from(rows, (x) => Number(x[4])) };
    }],
    ['uDSV (typed columns)', () => {
      const schema = inferSchema(text.slice(0, 4096));
      const parser = initParser(schema);
      const cols = parser.typedCols(text) as unknown[][];
      return { s: cols[0] as string[], w: Float64Array.from(cols[2] as number[]), y: Float64Array.from(cols[4] as number[]) };
    }],
  ];
  console.log('\nCSV readers on the same file (best of 2, ms; each ends with the same typed columns):');
  const results: { name: string; time: number; sum: string }[] = [];
  for (const [name, read] of readers) {
    let best = Infinity, sum = '';
    for (let k = 0; k < 2; k++) {
      const t0 = process.hrtime.bigint();
      const c = read();
      best = Math.min(best, ms(t0));
      sum = checksum(c);
    }
    results.push({ name, time: best, sum });
  }
  const ours = results[0].time;
  for (const r of results) {
    console.log(`  ${r.name.padEnd(42)} ${r.time.toFixed(0).padStart(6)} ms  ×${(r.time / ours).toFixed(2).padStart(5)} of ours   ${r.sum}${r.sum === results[0].sum ? '' : '  ← DIFFERS'}`);
  }
}

interface CliRun { wallMs: number; cpuMs: number; maxRssMb: number; stdout: string }

function runCli(): CliRun {
  const args = ['bin/jha-survey.mjs', 'analyze', 'estimate', '--data', csvPath, '--weight', 'w', '--strata', 's', '--psu', 'p', '--mean', 'y', '--by', 'd'];
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = ms(t0);
  if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr), sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const cpuMs = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : NaN;
  return { wallMs, cpuMs, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: r.stdout };
}

function estimationStep(bytes: Buffer): number {
  const t = readCsv(bytes, { columns: { s: 'category', p: 'category', w: 'number', d: 'category', y: 'number' } });
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = process.hrtime.bigint();
    const design = linearizationDesign({ weights: numericValues(t, 'w'), strata: categoryValues(t, 's'), psu: categoryValues(t, 'p'), nest: true });
    svyMean(design, numericValues(t, 'y'), { domains: domainsOf([{ ...categoryValues(t, 'd'), name: 'd' }]) });
    times.push(ms(t0));
  }
  return median(times);
}

interface RRun { readS: number; designS: number; svybyS: number; cpuS: number; wallS: number; maxRssMb: number; rows: { d: string; mean: number; se: number }[] }

function runR(): RRun | null {
  try { execFileSync('Rscript', ['--version'], { stdio: 'ignore' }); } catch { return null; }
  const script = join(outDir, 'analysis-1m.R');
  const result = join(outDir, 'analysis-1m-r.json');
  writeFileSync(script, `suppressPackageStartupMessages({library(survey); library(jsonlite)})
cputime <- function() { p <- proc.time(); p[["user.self"]] + p[["sys.self"]] }
c0 <- cputime()
t0 <- proc.time()[["elapsed"]]
df <- read.csv(${JSON.stringify(csvPath)})
t1 <- proc.time()[["elapsed"]]
des <- svydesign(id = ~p, strata = ~s, weights = ~w, nest = TRUE, data = df)
t2 <- proc.time()[["elapsed"]]
r <- svyby(~y, ~d, des, svymean)
t3 <- proc.time()[["elapsed"]]
write_json(list(read = t1 - t0, design = t2 - t1, svyby = t3 - t2, cpu = cputime() - c0,
  rows = data.frame(d = as.character(r$d), mean = coef(r), se = SE(r))), ${JSON.stringify(result)}, digits = NA, auto_unbox = TRUE)
`);
  const run = timed('Rscript', [script]);
  const j = JSON.parse(readFileSync(result, 'utf8')) as { read: number; design: number; svyby: number; cpu: number; rows: { d: string; mean: number; se: number }[] };
  return { readS: j.read, designS: j.design, svybyS: j.svyby, cpuS: j.cpu, wallS: run.wallMs / 1000, maxRssMb: run.maxRssMb, rows: j.rows };
}

export async function run(args: string[]): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  // `-- analysis --replicates`: the replicate path alone.
  if (args.includes('--replicates')) { replicateBench(); return; }
  if (!existsSync(csvPath) || args.includes('--regenerate')) {
    console.log(`generating ${csvPath} …`);
    generate();
  }
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'inherit' });
  const bytes = readFileSync(csvPath);
  console.log(`data: ${(bytes.length / 1e6).toFixed(1)} MB, ${STRATA * PSUS * PERSONS} rows, ${STRATA} strata × ${PSUS} PSUs, ${DOMAINS} domains`);

  // Timings first, while this process's heap is small; the reader comparison comes after.
  const runs = [runCli(), runCli(), runCli()];
  const wall = median(runs.map((r) => r.wallMs));
  const cpu = median(runs.map((r) => r.cpuMs));
  const rss = Math.max(...runs.map((r) => r.maxRssMb));
  const est = estimationStep(bytes);
  const load = (await import('node:os')).loadavg()[0];
  console.log(`\njha-survey analyze estimate (whole process, median of 3): ${wall.toFixed(0)} ms wall (target ≤ 1500), ${cpu.toFixed(0)} ms CPU (user+sys), peak RSS ${rss.toFixed(0)} MB (target ≤ 250); load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs`);
  console.log(`estimation step alone (design + 30 domain means with SE, in process, median of 3): ${est.toFixed(1)} ms`);

  benchReaders(bytes);

  const r = runR();
  if (!r) {
    console.log('\nRscript not found: no R baseline in this run.');
    return;
  }
  const ours = JSON.parse(runs[0].stdout) as { domain: { d: string }; estimate: number; se: number }[];
  const byDomain = new Map(ours.map((o) => [o.domain.d, o]));
  let maxRel = 0;
  for (const row of r.rows) {
    const o = byDomain.get(row.d);
    if (!o) throw new Error(`domain ${row.d} missing from our output`);
    maxRel = Math.max(maxRel, Math.abs(o.estimate - row.mean) / Math.abs(row.mean), Math.abs(o.se - row.se) / Math.abs(row.se));
  }
  const rJob = r.readS + r.designS + r.svybyS;
  console.log(`\nR survey: read.csv ${r.readS.toFixed(2)} s, svydesign ${r.designS.toFixed(2)} s, svyby(svymean) ${r.svybyS.toFixed(2)} s (Rscript wall ${r.wallS.toFixed(2)} s)`);
  console.log(`ratio whole job  (R read+design+svyby / our CLI wall): ×${(rJob * 1000 / wall).toFixed(1)} wall, ×${(r.cpuS * 1000 / cpu).toFixed(1)} CPU time (target ≥ 15; our CLI's time includes starting Node and printing; on a shared machine CPU time is the fairer ratio)`);
  console.log(`peak RSS of the whole job: ours ${rss.toFixed(0)} MB, R ${r.maxRssMb.toFixed(0)} MB → ${(rss / r.maxRssMb).toFixed(2)} of R's (target ≤ 0.33)`);
  console.log(`ratio estimation (R svyby / our estimation step):       ×${(r.svybyS * 1000 / est).toFixed(0)}  (target ≥ 50)`);
  console.log(`agreement with R (${r.rows.length} domains): max relative difference of estimate and SE = ${maxRel.toExponential(2)} (target ≤ 1e-9)`);

  replicateBench();
}

/**
 * The replicate path: 200,000 rows in 80 clusters made a JK1 design with 80 replicates (R
 * `as.svrepdesign(type = "JK1")`), then 30 domain means with SE (`svyby(~y, ~d, rep, svymean)`):
 * both sides timed in process (median of 3; R's inside R), with R's numbers checked.
 */
function replicateBench(): void {
  const ROWS = 200_000, CLUSTERS = 80;
  const path = join(outDir, 'jk1-200k.csv');
  if (!existsSync(path)) {
    const rand = mulberry32(20261202);
    const lines = ['p,w,d,y'];
    for (let i = 0; i < ROWS; i++) {
      const p = 1 + Math.floor((i * CLUSTERS) / ROWS);
      lines.push(`${p},${(50 + rand() * 100).toFixed(3)},D${String(1 + Math.floor(rand() * DOMAINS)).padStart(2, '0')},${(40 + p * 0.2 + rand() * 20).toFixed(2)}`);
    }
    writeFileSync(path, lines.join('\n') + '\n');
  }
  // Ours in a child process of its own (its peak RSS is then its own), R under /usr/bin/time.
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'replicate-child.ts'), path], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`replicate child failed: ${child.stderr}`);
  const ours = JSON.parse(child.stdout) as { conv: number[]; est: number[]; cpu: number[]; peakRssMb: number; rows: { d: string; mean: number; se: number }[] };
  const { conv, est, cpu } = ours;
  try { execFileSync('Rscript', ['--version'], { stdio: 'ignore' }); } catch { console.log('Rscript not found: no R baseline for the replicate path.'); return; }
  const script = join(outDir, 'jk1-200k.R'), result = join(outDir, 'jk1-200k-r.json');
  writeFileSync(script, `suppressPackageStartupMessages({library(survey); library(jsonlite)})
df <- read.csv(${JSON.stringify(path)})
conv <- c(); est <- c(); cpu <- c()
cputime <- function() { p <- proc.time(); p[["user.self"]] + p[["sys.self"]] }
for (k in 1:3) {
  c0 <- cputime()
  t0 <- proc.time()[["elapsed"]]
  rep <- as.svrepdesign(svydesign(id = ~p, weights = ~w, data = df), type = "JK1")
  t1 <- proc.time()[["elapsed"]]
  r <- svyby(~y, ~d, rep, svymean)
  t2 <- proc.time()[["elapsed"]]
  conv <- c(conv, t1 - t0); est <- c(est, t2 - t1); cpu <- c(cpu, cputime() - c0)
}
write_json(list(conv = median(conv), est = median(est), cpu = median(cpu), rows = data.frame(d = as.character(r$d), mean = coef(r), se = SE(r))), ${JSON.stringify(result)}, digits = NA, auto_unbox = TRUE)
`);
  const rRun = timed('Rscript', [script]);
  const r = JSON.parse(readFileSync(result, 'utf8')) as { conv: number; est: number; cpu: number; rows: { d: string; mean: number; se: number }[] };
  const byDomain = new Map(ours.rows.map((o) => [o.d, { estimate: o.mean, se: o.se }]));
  let maxRel = 0;
  for (const row of r.rows) {
    const o = byDomain.get(row.d)!;
    maxRel = Math.max(maxRel, Math.abs(o.estimate - row.mean) / Math.abs(row.mean), Math.abs(o.se - row.se) / Math.abs(row.se));
  }
  const c = median(conv), e = median(est);
  console.log(`\nJK1, ${CLUSTERS} replicates, ${ROWS} rows, ${DOMAINS} domain means (median of 3, in process): ours conversion ${c.toFixed(0)} ms + estimation ${e.toFixed(0)} ms; R as.svrepdesign ${(r.conv * 1000).toFixed(0)} ms + svyby ${(r.est * 1000).toFixed(0)} ms`);
  console.log(`ratio replicate path (R conversion + svyby / ours): ×${(((r.conv + r.est) * 1000) / (c + e)).toFixed(1)} wall, ×${((r.cpu * 1000) / median(cpu)).toFixed(1)} CPU time (target ≥ 10); estimation alone ×${((r.est * 1000) / e).toFixed(1)} wall; load average ${(loadavg()[0]).toFixed(1)} (on a shared machine CPU time is the fairer ratio)`);
  console.log(`peak RSS of the whole replicate process (read + 3 × conversion and svyby): ours ${ours.peakRssMb.toFixed(0)} MB, R ${rRun.maxRssMb.toFixed(0)} MB → ${(ours.peakRssMb / rRun.maxRssMb).toFixed(2)} of R's (target ≤ 0.33)`);
  console.log(`agreement with R (${r.rows.length} domains): max relative difference of estimate and SE = ${maxRel.toExponential(2)} (target ≤ 1e-9)`);
}

/** Runs a command under GNU time: its wall time and peak RSS. */
function timed(cmd: string, args: string[]): { wallMs: number; maxRssMb: number } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return { wallMs: ms(t0), maxRssMb: rss ? Number(rss[1]) / 1024 : NaN };
}
