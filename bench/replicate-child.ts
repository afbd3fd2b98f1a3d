// One run of the replicate path of bench/analysis.bench.ts in a process of its own, so that its
// peak RSS is its own: `replicate-child.ts FILE` reads the 200,000-row file, converts the
// one-stage design to JK1 replicates (R `as.svrepdesign(type = "JK1")`) and computes the 30
// domain means with SE three times; prints one JSON line with the timings, CPU time, peak RSS
// and the last estimates.
import { readFileSync } from 'node:fs';
import { asReplicateDesign, categoryValues, domainsOf, linearizationDesign, numericValues, readCsv, svyMean } from '../analysis';

const path = process.argv[2];
const t = readCsv(readFileSync(path), { columns: { p: 'category', w: 'number', d: 'category', y: 'number' } });
const conv: number[] = [], est: number[] = [], cpu: number[] = [];
let out: ReturnType<typeof svyMean> = [];
for (let k = 0; k < 3; k++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const design = asReplicateDesign(linearizationDesign({ weights: numericValues(t, 'w'), psu: categoryValues(t, 'p') }), { type: 'JK1' });
  const t1 = process.hrtime.bigint();
  out = svyMean(design, numericValues(t, 'y'), { domains: domainsOf([{ ...categoryValues(t, 'd'), name: 'd' }]) });
  const t2 = process.hrtime.bigint();
  conv.push(Number(t1 - t0) / 1e6); est.push(Number(t2 - t1) / 1e6);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
console.log(JSON.stringify({
  conv, est, cpu, peakRssMb: process.resourceUsage().maxRSS / 1024,
  rows: out.map((o) => ({ d: o.domain.d, mean: o.estimate, se: o.se })),
}));
