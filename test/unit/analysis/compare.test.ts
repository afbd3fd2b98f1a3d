// `analyze compare` on two simulated waves of one population with a planted change: the burglary
// prevalence of wave 2 is raised; the report finds that change (and its size) and not one where
// nothing changed. The difference's arithmetic is `independentDifference`, checked against R in
// r-tests.test.ts; here the pieces are checked to be wired to each other.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../../analysis/cli/compare';
import { drawSample, makePopulation, sampleCsv, SIMULATED_DESIGN } from '../../../analysis/simulate';
import { varIndex } from '../../../analysis/simulate/variables';
import { AnalysisError, COMPARISON_CSV_COLUMNS } from '../../../analysis';

const dir = mkdtempSync(join(tmpdir(), 'jha-compare-'));
const pop = makePopulation(2026, { psus: 1200 });
const wave1 = drawSample(pop, 1, { n: 2500 });
const wave2 = drawSample(pop, 2, { n: 2500 });
// Planted change: a third of wave 2's households without a burglary get one.
// The catalogue reads the raw screener and period (5 years: yes, last time: past 12 months).
const burglary = varIndex('vic_burglary_12m'), screener = varIndex('vic_burglary_5y'), when = varIndex('vic_burglary_when');
let planted = 0;
wave2.records.forEach((rec, i) => {
  if (rec[burglary] === 0 && rec[screener] !== 8 && rec[screener] !== 9 && i % 3 === 0) { rec[burglary] = 1; rec[screener] = 1; rec[when] = 1; planted++; }
});
const w1 = join(dir, 'wave1.csv'), w2 = join(dir, 'wave2.csv'), design = join(dir, 'design.json');
writeFileSync(w1, sampleCsv(wave1));
// Wave 2 as Excel writes it under a comma-decimal locale: the report must read it all the same.
writeFileSync(w2, sampleCsv(wave2).replace(/,/g, ';').replace(/(\d)\.(\d)/g, '$1,$2'));
writeFileSync(design, JSON.stringify(SIMULATED_DESIGN));
const only = 'VIC_HH_PREV_burglary,VIC_HH_PREV_car_theft';

interface Line { [k: string]: string }
function parse(csv: string): Line[] {
  const [head, ...rows] = csv.trim().split('\n');
  const cols = head.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, k) => [cols[k], v])));
}

describe('analyze compare: two waves with a planted change', () => {
  it('finds the planted rise in burglary (significant, about the planted size) and no change in car theft', async () => {
    expect(planted).toBeGreaterThan(200);
    const r = await runCompare({ survey: [`2019=${w1}`, `2023=${w2}`], design: [design], only, out: join(dir, 'c.csv') });
    const lines = parse(r.output as string);
    expect(Object.keys(lines[0])).toEqual([...COMPARISON_CSV_COLUMNS]);
    const total = (ind: string, survey: string) => lines.find((l) => l.indicator === ind && l.domain === '' && l.survey === survey)!;
    const b19 = total('VIC_HH_PREV_burglary', '2019'), b23 = total('VIC_HH_PREV_burglary', '2023');
    expect(b19.difference).toBe('');
    const diff = Number(b23.difference);
    expect(diff).toBeCloseTo(Number(b23.estimate) - Number(b19.estimate), 10);
    expect(Number(b23.difference_se)).toBeCloseTo(Math.hypot(Number(b19.se), Number(b23.se)), 10);
    expect(Number(b23.difference_df)).toBe(Number(b19.df) + Number(b23.df) - 1);
    expect(b23.significant).toBe('true');
    expect(Number(b23.p_value)).toBeLessThan(1e-6);
    // About a third of the non-victims became victims: the prevalence rises by ~30 points.
    expect(diff).toBeGreaterThan(20);
    expect(diff).toBeLessThan(40);
    const car = total('VIC_HH_PREV_car_theft', '2023');
    expect(car.significant).toBe('false');
    expect(r.differences).toBe(lines.filter((l) => l.difference !== '').length);
  }, 60_000);

  it('by region, in HTML with charts in Macedonian and in XLSX', async () => {
    const html = await runCompare({ survey: [`2019=${w1}`, `2023=${w2}`], design: [design, design], by: ['region'], only, lang: 'mk', out: join(dir, 'c.html') });
    const text = html.output as string;
    expect(text).toContain('<html lang="mk"');
    expect(text).toContain('Споредба на анкетите');
    expect(text).toContain('Разлики во однос на 2019 — 2023');
    expect(text).toContain('<svg');
    expect(text).toMatch(/Анкета: 2023/);
    const srLatn = await runCompare({ survey: [`2019=${w1}`, `2023=${w2}`], design: [design], only, lang: 'sr-Latn', out: join(dir, 'c.html') });
    expect(srLatn.output as string).toContain('Poređenje anketa');
    const xlsx = await runCompare({ survey: [`2019=${w1}`, `2023=${w2}`], design: [design], only, lang: 'sq', out: join(dir, 'c.xlsx') });
    expect(Buffer.from(xlsx.output as Uint8Array).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('refuses one survey, a bad label, two labels alike and a mismatched number of designs', async () => {
    const fails = (req: Parameters<typeof runCompare>[0], re: RegExp) => expect(runCompare(req)).rejects.toThrow(re);
    await fails({ survey: [`a=${w1}`], design: [design], out: 'x.csv' }, /at least two surveys/);
    await fails({ survey: [w1, `b=${w2}`], design: [design], out: 'x.csv' }, /LABEL=FILE/);
    await fails({ survey: [`a=${w1}`, `a=${w2}`], design: [design], out: 'x.csv' }, /labelled "a"/);
    await fails({ survey: [`a=${w1}`, `b=${w2}`, `c=${w2}`], design: [design, design], out: 'x.csv' }, /one per survey \(3\)/);
    await fails({ survey: [`a=${w1}`, `b=${w2}`], design: [design], out: 'x.pdf' }, /\.csv, \.xlsx or \.html/);
    await expect(runCompare({ survey: [`a=${w1}`, `b=${w2}`], design: [design], out: 'x.csv', lang: 'de' })).rejects.toBeInstanceOf(AnalysisError);
    expect(readFileSync(design, 'utf8')).toContain('weight');
  });
});
