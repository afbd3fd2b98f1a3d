// Public-use file on a hand-made file of eight respondents; every expected number below is
// computed by hand from the definitions (config.ts, risk.ts), and the released file's
// k-anonymity is recomputed here by brute force, independently of the module.
import { describe, expect, it } from 'vitest';
import { individualRisk, makePuf, parsePufConfig, type TextTable } from '../../../analysis/disclosure';

const data: TextTable = {
  columns: ['id', 'interviewer', 'sex', 'region', 'age', 'income_eur', 'education', 'comment', 'weight'],
  rows: [
    ['1', 'ana', 'M', 'A', '34', '800', '1', 'fine', '10'],
    ['2', 'ana', 'M', 'A', '36', '950', '2', '', '10'],
    ['3', 'ivo', 'F', 'A', '52', '700', '2', 'called back', '10'],
    ['4', 'ivo', 'F', 'B', '47', '5200', '3', '', '10'],
    ['5', 'ana', 'F', 'B', '41', '1200', '3', '', '10'],
    ['6', 'ivo', 'M', 'B', '70', '600', '1', '', '10'],
    ['7', 'ana', 'F', 'A', '29', '400', '2', '', '10'],
    ['8', 'ivo', 'M', 'C', '63', undefined, '4', '', '10'],
  ],
};

const config = parsePufConfig({
  drop: ['id', 'interviewer'], freeText: ['comment'],
  recode: [{ variable: 'age', breaks: [18, 35, 65], labels: ['18-34', '35-64', '65+'] }],
  topCode: [{ variable: 'income_eur', max: 3000 }],
  keyVariables: ['sex', 'region'], k: 2, weight: 'weight',
  pram: { seed: 20251202, variables: [{ variable: 'education', matrix: { 4: { 3: 1 } } }] },
});

/** Independent check: for each record, how many records agree on every key (missing matches any). */
function bruteForceFk(t: TextTable, keys: string[]): number[] {
  const idx = keys.map((k) => t.columns.indexOf(k));
  return t.rows.map((a) => t.rows.filter((b) => idx.every((j) => a[j] === undefined || b[j] === undefined || a[j] === b[j])).length);
}

describe('public-use file', () => {
  const { table, report } = makePuf(data, config);
  const cell = (row: number, name: string): string | undefined => table.rows[row][table.columns.indexOf(name)];

  it('removes direct identifiers and free text', () => {
    expect(table.columns).toEqual(['sex', 'region', 'age', 'income_eur', 'education', 'weight']);
    expect(report.removed).toEqual(['id', 'interviewer', 'comment']);
  });

  it('recodes and top-codes', () => {
    expect(table.rows.map((r) => r[2])).toEqual(['18-34', '35-64', '35-64', '35-64', '35-64', '65+', '18-34', '35-64']);
    expect(report.recoded).toEqual({ age: 8 });
    expect(cell(3, 'income_eur')).toBe('3000');
    expect(report.topCoded).toEqual({ income_eur: 1 });
    // mean of the 7 incomes: 9850/7 before, (9850 − 5200 + 3000)/7 after
    expect(report.topCodedMeans.income_eur.before).toBeCloseTo(9850 / 7, 12);
    expect(report.topCodedMeans.income_eur.after).toBeCloseTo(7650 / 7, 12);
  });

  it('reaches 2-anonymity with one suppression (region of the only man in B; the man in C then matches him)', () => {
    // Before: (M,A) 2, (F,A) 2, (F,B) 2, (M,B) 1, (M,C) 1 → 2 uniques, 2 violations.
    expect([report.risk.original.sampleUniques, report.risk.original.kViolations]).toEqual([2, 2]);
    expect(report.suppressed).toEqual({ sex: 0, region: 1 });
    expect(cell(5, 'region')).toBeUndefined();
    expect(cell(7, 'region')).toBe('C');
    expect([report.risk.released.sampleUniques, report.risk.released.kViolations]).toEqual([0, 0]);
    const fk = bruteForceFk(table, ['sex', 'region']);
    expect(fk).toEqual([3, 3, 2, 2, 2, 4, 2, 2]);
    expect(Math.min(...fk)).toBeGreaterThanOrEqual(2);
  });

  it("computes sdcMicro's individual risk (weights 10: p = f/F = 0.1)", () => {
    const p = 0.1, odds = p / (1 - p);
    const r1 = odds * Math.log(1 / p); // f = 1: 0.2558427…
    const r2 = odds - odds * odds * Math.log(1 / p); // f = 2: 0.0826840…
    expect(individualRisk(1, 10)).toBeCloseTo(0.25584278811044947, 14);
    expect(individualRisk(2, 20)).toBeCloseTo(r2, 14);
    expect(individualRisk(3, 30)).toBeCloseTo(0.1 / (3 - 0.9), 14);
    expect(individualRisk(1, 1)).toBe(1); // sample = population for the key: certain
    expect(report.risk.original.expectedReidentifications).toBeCloseTo(6 * r2 + 2 * r1, 12);
    expect(report.risk.original.maxRisk).toBeCloseTo(r1, 12);
    expect(report.risk.original.highRisk).toBe(2);
    // Released: f = 3, 3, 2, 2, 2, 4, 2, 2
    expect(report.risk.released.expectedReidentifications).toBeCloseTo(2 * (0.1 / 2.1) + 5 * r2 + 0.1 / 3.1, 12);
  });

  it('applies PRAM with its matrix and seed, reproducibly', () => {
    expect(cell(7, 'education')).toBe('3');
    // education 1,2,2,3,3,1,2,4 → the 4 becomes 3: distributions differ by 1/8 in two codes, TV = ½ (1/8 + 1/8)
    expect(report.pram).toEqual({ seed: 20251202, changed: { education: 1 }, matrices: { education: { 4: { 3: 1 } } }, totalVariation: { education: 0.125 } });
    const mixed = parsePufConfig({ pram: { seed: 7, variables: [{ variable: 'education', matrix: { 1: { 1: 0.5, 2: 0.5 }, 2: { 2: 0.8, 1: 0.2 }, 3: { 3: 1 } } }] } });
    const a = makePuf(data, mixed), b = makePuf(data, mixed);
    expect(a.table.rows).toEqual(b.table.rows);
    expect(a.table.rows.map((r) => r[6]).filter((v) => v === '3')).toHaveLength(2);
  });

  it('refuses configurations that cannot be applied, saying where', () => {
    expect(() => parsePufConfig({ k: 1 })).toThrow(/k: /);
    expect(() => parsePufConfig({ keyVariables: ['sex'], extra: true })).toThrow(/disclosure configuration/);
    expect(() => parsePufConfig({ pram: { seed: 1, variables: [{ variable: 'education', matrix: { 1: { 1: 0.5, 2: 0.4 } } }] } })).toThrow('pram education: row 1 sums to 0.9, not 1');
    expect(() => parsePufConfig({ recode: [{ variable: 'age', breaks: [30, 20] }] })).toThrow(/breaks must increase/);
    expect(() => makePuf(data, parsePufConfig({ keyVariables: ['sex', 'religion'] }))).toThrow('key variable religion: no such column in the data');
    expect(() => makePuf(data, parsePufConfig({ keyVariables: ['education'], pram: { seed: 1, variables: [{ variable: 'education', matrix: { 1: { 1: 1 } } }] } }))).toThrow(/is a key variable/);
    expect(() => makePuf(data, parsePufConfig({ topCode: [{ variable: 'sex', max: 1 }] }))).toThrow('row 1, sex: "M" is not a number');
  });
});
