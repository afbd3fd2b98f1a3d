// `npm run bench -- coverage [SAMPLES] [N]`: coverage study of the 95 % intervals (issue 6).
// One synthetic population (its truth computed once), then SAMPLES (default 500) stratified
// two-stage samples of about N (default 5000) interviews; for every indicator the share of
// intervals that cover the population value, overall and pooled over the regions. Target 93–97 %.
// Baseline in the same run: the empirical SD of the estimates against the mean reported SE
// (a ratio near 1 means the design-based SE is right).
import { makePopulation, drawSample, sampleTable, populationTruth, SIMULATED_DESIGN } from '../analysis/simulate';
import { buildDesigns, compileCatalogue, domainKey, estimateIndicators, standardCatalogue } from '../analysis/indicators';
import { parseDesignSpec } from '../analysis/design-spec';

interface Tally { covered: number; total: number; sum: number; sumSq: number; seSum: number }

export async function run(args: string[]): Promise<void> {
  const nums = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const samples = nums[0] ?? 500;
  const n = nums[1] ?? 5000;
  const catalogue = standardCatalogue();
  const start = performance.now();
  const population = makePopulation(20261125);
  const truth = populationTruth(population, compileCatalogue(catalogue), [[], ['region']]);
  console.log(`population: ${population.householdCount} households; truth in ${((performance.now() - start) / 1000).toFixed(1)} s; ${samples} samples of ~${n} interviews`);
  const whole = new Map<string, Tally>();
  const regions = new Map<string, { covered: number; total: number }>();
  const design = parseDesignSpec(SIMULATED_DESIGN);
  const loop = performance.now();
  for (let s = 0; s < samples; s++) {
    const table = sampleTable(drawSample(population, 1000 + s, { n }));
    const estimates = estimateIndicators(table, catalogue, buildDesigns(table, design), { by: [['region']] });
    for (const e of estimates) {
      const key = domainKey(e.domain);
      const t = truth[e.indicator]?.[key];
      if (t === undefined || !Number.isFinite(e.estimate)) continue;
      const covered = e.ciLow <= t && t <= e.ciHigh ? 1 : 0;
      if (key === '') {
        const w = whole.get(e.indicator) ?? { covered: 0, total: 0, sum: 0, sumSq: 0, seSum: 0 };
        w.covered += covered; w.total++; w.sum += e.estimate; w.sumSq += e.estimate ** 2; w.seSum += e.se;
        whole.set(e.indicator, w);
      } else {
        const r = regions.get(e.indicator) ?? { covered: 0, total: 0 };
        r.covered += covered; r.total++;
        regions.set(e.indicator, r);
      }
    }
    if ((s + 1) % 50 === 0) console.log(`  ${s + 1} samples, ${((performance.now() - loop) / 1000 / (s + 1)).toFixed(2)} s each`);
  }
  const pct = (a: number, b: number): string => (b === 0 ? '–' : ((100 * a) / b).toFixed(1));
  console.log(`\n${'indicator'.padEnd(36)} ${'truth'.padStart(9)} ${'mean est'.padStart(9)} ${'rel.bias%'.padStart(9)} ${'SD/SE'.padStart(6)} ${'cover%'.padStart(7)} ${'regions%'.padStart(9)}`);
  let inTarget = 0;
  for (const ind of catalogue.indicators) {
    const w = whole.get(ind.id);
    if (!w) continue;
    const mean = w.sum / w.total;
    const sd = Math.sqrt(Math.max(0, (w.sumSq - w.total * mean * mean) / (w.total - 1)));
    const t = truth[ind.id][''];
    const cov = (100 * w.covered) / w.total;
    const ok = cov >= 93 && cov <= 97;
    if (ok) inTarget++;
    const r = regions.get(ind.id);
    console.log(`${ind.id.padEnd(36)} ${t.toFixed(3).padStart(9)} ${mean.toFixed(3).padStart(9)} ${(100 * (mean - t) / t).toFixed(2).padStart(9)} ${(sd / (w.seSum / w.total)).toFixed(2).padStart(6)} ${cov.toFixed(1).padStart(7)} ${pct(r?.covered ?? 0, r?.total ?? 0).padStart(9)}${ok ? '' : '  ← outside 93–97'}`);
  }
  const all = [...whole.values()].reduce((a, w) => ({ c: a.c + w.covered, t: a.t + w.total }), { c: 0, t: 0 });
  const reg = [...regions.values()].reduce((a, w) => ({ c: a.c + w.covered, t: a.t + w.total }), { c: 0, t: 0 });
  console.log(`\n${inTarget}/${whole.size} indicators within 93–97 %; pooled coverage ${pct(all.c, all.t)} % (whole population), ${pct(reg.c, reg.t)} % (regions); ${((performance.now() - start) / 1000).toFixed(0)} s in all`);
}
