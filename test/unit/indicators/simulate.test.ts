import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../analysis/io';
import {
  drawSample, makePopulation, populationTruth, sampleCsv, sampleTable, SIMULATED_DESIGN, dispositionsCsv, REGIONS, SIMULATED_COUNTRY,
} from '../../../analysis/simulate';
import { regionCodes } from '../../../analysis/profiles';
import { buildDesigns, compileCatalogue, estimateIndicators, standardCatalogue } from '../../../analysis/indicators';
import { parseDesignSpec } from '../../../analysis/design-spec';

// The default population (3000 PSUs); 8000 interviews take about a third of its PSUs.
const population = makePopulation(11);
const sample = drawSample(population, 5, { n: 8000 });
const table = sampleTable(sample);
const col = (name: string): Float64Array => {
  const c = table.columns.get(name)!;
  if (c.kind !== 'number') throw new Error(name);
  return c.values;
};

/** The codes of a choice question in a questionnaire file (read from the file, not through the product's code). */
function questionnaireCodes(file: string, name: string): string[] {
  let codes: string[] | undefined;
  const walk = (node: unknown): void => {
    if (codes || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(walk); return; }
    const q = node as { name?: string; choices?: { value: string | number }[] };
    if (q.name === name && Array.isArray(q.choices)) { codes = q.choices.map((c) => String(c.value)); return; }
    Object.values(node).forEach(walk);
  };
  walk(JSON.parse(readFileSync(file, 'utf8')));
  if (!codes) throw new Error(`${name} not in ${file}`);
  return codes;
}

describe('simulator', () => {
  it('codes region, sex and urban as the questionnaires do', () => {
    // The simulated regions are regions of one country profile, offered by every questionnaire.
    const profileRegions = regionCodes(SIMULATED_COUNTRY);
    for (const code of REGIONS) expect(profileRegions, code).toContain(code);
    for (const file of ['surveys/victimization.json', 'surveys/corruption.json', 'surveys/safety.json']) {
      expect(questionnaireCodes(file, 'region'), file).toEqual(expect.arrayContaining([...REGIONS]));
    }
    const region = table.columns.get('region')!;
    expect(region.kind).toBe('category');
    if (region.kind === 'category') expect([...new Set(Array.from(region.codes, (c) => region.levels[c]))].sort()).toEqual([...REGIONS].sort());
    for (const name of ['sex', 'urban']) {
      const codes = new Set(questionnaireCodes('surveys/victimization.json', name));
      const seen = new Set(Array.from(col(name), String));
      expect([...seen].sort(), name).toEqual([...codes].sort());
    }
    const lines = dispositionsCsv(sample).trim().split('\n').slice(1);
    expect(new Set(lines.map((l) => l.split(',')[1]))).toEqual(new Set(REGIONS));
  });

  it('is reproducible from its seeds', () => {
    const small = drawSample(population, 5, { n: 1500 });
    const again = drawSample(makePopulation(11), 5, { n: 1500 });
    expect(sampleCsv(again)).toBe(sampleCsv(small));
    expect(sampleCsv(drawSample(population, 6, { n: 1500 }))).not.toBe(sampleCsv(small));
  }, 60_000);

  it('follows the questionnaires\' skip patterns', () => {
    const car = col('hh_car'), carTheft = col('vic_car_theft_5y'), carTheft12 = col('vic_car_theft_12m');
    const burg12 = col('vic_burglary_12m'), burgWhere = col('vic_burglary_where'), burgTimes = col('vic_burglary_times');
    const contactPolice = col('brb_contact_police'), paidPolice = col('brb_paid_police'), paidAny = col('brb_paid_any'), form = col('brb_last_form');
    let nonOwners = 0;
    for (let i = 0; i < table.rowCount; i++) {
      if (car[i] === 2) { nonOwners++; expect(carTheft[i]).toBeNaN(); expect(carTheft12[i]).toBe(0); }
      if (burg12[i] !== 1) { expect(burgWhere[i]).toBeNaN(); expect(burgTimes[i]).toBeNaN(); } else expect(burgTimes[i]).toBeGreaterThanOrEqual(1);
      if (contactPolice[i] !== 1) expect(paidPolice[i]).toBeNaN();
      if (paidAny[i] !== 1) expect(form[i]).toBeNaN();
    }
    expect(nonOwners).toBeGreaterThan(100);
  });

  it('weights add up to the population, with unequal weights and one adult per household', () => {
    const w = col('weight_hh'), wp = col('weight'), k = col('hh_eligible');
    const sum = w.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum / population.householdCount - 1)).toBeLessThan(0.05);
    for (let i = 0; i < w.length; i++) expect(wp[i]).toBeCloseTo(w[i] * k[i], 9);
    expect(Math.max(...w) / Math.min(...w)).toBeGreaterThan(1.5);
    const dispositions = dispositionsCsv(sample).trim().split('\n');
    expect(dispositions.length - 1).toBeGreaterThan(table.rowCount);
    expect(dispositions.filter((l) => l.endsWith(',1.1')).length).toBe(table.rowCount);
  });

  it('recovers the population truth of every indicator within 4 SE (whole population, read back from CSV)', () => {
    const catalogue = standardCatalogue();
    const truth = populationTruth(population, compileCatalogue(catalogue), [[]]);
    const csv = new TextEncoder().encode(sampleCsv(sample));
    const header = sampleCsv(sample).slice(0, 20000).split('\n')[0].split(',');
    const read = readCsv(csv, { columns: Object.fromEntries(header.map((h) => [h, ['region', 'stratum', 'psu', 'case_id', 'interviewer', 'brb_last_official', 'disposition'].includes(h) ? 'category' : 'number'])) });
    const estimates = estimateIndicators(read, catalogue, buildDesigns(read, parseDesignSpec(SIMULATED_DESIGN)), { by: [] });
    expect(estimates.length).toBe(catalogue.indicators.length);
    const far = estimates.filter((e) => !(Math.abs(e.estimate - truth[e.indicator]['']) <= 4 * e.se))
      .map((e) => `${e.indicator}: ${e.estimate} vs ${truth[e.indicator]['']} (se ${e.se})`);
    expect(far).toEqual([]);
    for (const e of estimates) expect(e.se, e.indicator).toBeGreaterThan(0);
    // A mean-of-shares' truth is the mean of its components' population shares (SDG 16.6.2, 4.c estimate 2).
    const means = catalogue.indicators.filter((d) => d.type === 'mean-of-shares');
    expect(means.length).toBe(4);
    for (const m of means) {
      const shares = m.components!.map((id) => truth[id]['']);
      expect(Math.abs(truth[m.id][''] - shares.reduce((a, b) => a + b, 0) / shares.length), m.id).toBeLessThan(1e-9);
    }
  }, 240_000);
});
