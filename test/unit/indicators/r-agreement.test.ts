// Indicator estimates against R `survey` 4.1.1 on a small hand-made stratified cluster sample.
// Expected values: test/fixtures/make-indicator-fixtures.R → test/fixtures/indicators/expected.json;
// each case's R call is in the test name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../analysis/io';
import { buildDesigns, domainKey, estimateIndicators, parseCatalogue, standardCatalogue, type Catalogue } from '../../../analysis/indicators';
import { parseDesignSpec } from '../../../analysis/design-spec';

interface Case { design: 'plain' | 'poststratify' | 'rake'; indicator: string; domain: string; estimate: number; se: number; ci_low: number; ci_high: number; df: number; call: string }
const expected = JSON.parse(readFileSync('test/fixtures/indicators/expected.json', 'utf8')) as { cases: Case[] };

const text = ['stratum', 'psu', 'region', 'sex'];
const bytes = new Uint8Array(readFileSync('test/fixtures/indicators/small.csv'));
const header = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(10))).split(',').map((h) => h.replace(/"/g, ''));
const table = readCsv(bytes, { columns: Object.fromEntries(header.map((h) => [h, text.includes(h) ? 'category' : 'number'])) });

const standard = standardCatalogue();
const catalogue: Catalogue = parseCatalogue({
  ...standard,
  indicators: [...standard.indicators, {
    ...standard.indicators.find((i) => i.id === 'VIC_INC_burglary')!,
    id: 'TEST_RATIO', type: 'ratio', scale: 1, numerator: 'if(vic_burglary_12m == 1, min(vic_burglary_times, 5), 0)', denominator: 'vic_burglary_12m',
  }],
});
const base = { weight: 'weight', weight_hh: 'weight_hh', strata: 'stratum', psu: 'psu' };
const calibrations = {
  plain: {},
  poststratify: { calibration: { method: 'poststratify', variables: ['region', 'sex'], totals: [
    { cell: { region: 'North', sex: '1' }, total: 21000 }, { cell: { region: 'North', sex: '2' }, total: 23000 },
    { cell: { region: 'South', sex: '1' }, total: 18000 }, { cell: { region: 'South', sex: '2' }, total: 19500 }] } },
  rake: { calibration: { method: 'rake', margins: [
    { variable: 'region', totals: { North: 44000, South: 37500 } }, { variable: 'sex', totals: { 1: 39000, 2: 42500 } }] } },
};
const ids = [...new Set(expected.cases.map((c) => c.indicator))];
const estimatesBy = Object.fromEntries(Object.entries(calibrations).map(([name, extra]) => [name,
  estimateIndicators(table, catalogue, buildDesigns(table, parseDesignSpec({ ...base, ...extra })), { by: [['region'], ['sex']], only: ids })]));
const scale = new Map(catalogue.indicators.map((i) => [i.id, i.scale]));

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('indicators agree with R survey', () => {
  it('covers prevalence, domain prevalence, mean, incidence and ratio, on plain and calibrated designs', () => {
    expect(new Set(expected.cases.map((c) => c.design))).toEqual(new Set(['plain', 'poststratify', 'rake']));
    expect(ids).toEqual(expect.arrayContaining(['VIC_HH_PREV_burglary', 'VIC_REP_assault', 'SDG16_5_1', 'COR_FREQ', 'VIC_INC_burglary', 'TEST_RATIO']));
  });
  for (const c of expected.cases) {
    it(`${c.indicator} [${c.domain || 'all'}, ${c.design}] = R ${c.call}`, () => {
      const e = estimatesBy[c.design].find((x) => x.indicator === c.indicator && domainKey(x.domain) === c.domain);
      expect(e, 'estimate present').toBeDefined();
      const s = scale.get(c.indicator)!;
      expect(rel(e!.estimate / s, c.estimate)).toBeLessThan(1e-9);
      expect(rel(e!.se / s, c.se)).toBeLessThan(1e-9);
      expect(e!.df).toBe(c.df);
      expect(Math.abs(e!.ciLow / s - c.ci_low)).toBeLessThan(1e-6);
      expect(Math.abs(e!.ciHigh / s - c.ci_high)).toBeLessThan(1e-6);
    });
  }
});
