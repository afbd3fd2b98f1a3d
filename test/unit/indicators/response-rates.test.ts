// AAPOR Standard Definitions rates checked against hand computation (fractions written out).
import { describe, expect, it } from 'vitest';
import { countDispositions, dispositionCategory, responseRates, responseRatesBy, responseRatesCsv } from '../../../analysis/response-rates';

// A textbook case list: I=400, P=50, R=150, NC=100, O=20, UH=60, UO=40, NE=80.
const codes = [
  ...Array(400).fill('1.1'), ...Array(50).fill('1.2'), ...Array(100).fill('2.11'), ...Array(50).fill('2.12'),
  ...Array(70).fill('2.24'), ...Array(30).fill('2.21'), ...Array(20).fill('2.31'), ...Array(60).fill('3.11'),
  ...Array(40).fill('3.21'), ...Array(80).fill('4.6'),
];

describe('AAPOR outcome rates', () => {
  it('maps final disposition codes to categories', () => {
    expect(['1.1', '1.2', '2.112', '2.25', '2.32', '3.19', '3.9', '4.51'].map(dispositionCategory)).toEqual(['I', 'P', 'R', 'NC', 'O', 'UH', 'UO', 'NE']);
    expect(dispositionCategory('5.1')).toBeUndefined();
    expect(() => countDispositions(['1.1', 'x'])).toThrow(/row 2: "x"/);
  });
  it('computes RR1–RR6, COOP1–4, REF1–3, CON1–3 with AAPOR e = eligible share of known cases', () => {
    const r = responseRates(countDispositions(codes));
    expect(r.counts).toEqual({ I: 400, P: 50, R: 150, NC: 100, O: 20, UH: 60, UO: 40, NE: 80 });
    // e = (I+P+R+NC+O)/(I+P+R+NC+O+NE) = 720/800
    expect(r.e).toBeCloseTo(0.9, 12);
    const want: Record<string, number> = {
      RR1: 400 / 820, RR2: 450 / 820, RR3: 400 / 810, RR4: 450 / 810, RR5: 400 / 720, RR6: 450 / 720,
      COOP1: 400 / 620, COOP2: 450 / 620, COOP3: 400 / 600, COOP4: 450 / 600,
      REF1: 150 / 820, REF2: 150 / 810, REF3: 150 / 720,
      CON1: 620 / 820, CON2: 620 / 810, CON3: 620 / 720,
    };
    for (const [k, v] of Object.entries(want)) expect(r.rates[k as keyof typeof r.rates], k).toBeCloseTo(v, 12);
  });
  it('uses a given e', () => {
    const r = responseRates(countDispositions(codes), 0.5);
    expect(r.rates.RR3).toBeCloseTo(400 / (720 + 50), 12);
    expect(() => responseRates(r.counts, 1.5)).toThrow(/between 0 and 1/);
  });
  it('splits by group and writes CSV', () => {
    const region = codes.map((_, i) => (i % 2 === 0 ? 'north' : 'south'));
    const rows = responseRatesBy(codes, [{ name: 'region', values: region }]);
    expect(rows.map((r) => r.group)).toEqual([{}, { region: 'north' }, { region: 'south' }]);
    expect(rows[1].cases + rows[2].cases).toBe(codes.length);
    const csv = responseRatesCsv(rows).trim().split('\n');
    expect(csv[0]).toBe('group,cases,I,P,R,NC,O,UH,UO,NE,e,RR1,RR2,RR3,RR4,RR5,RR6,COOP1,COOP2,COOP3,COOP4,REF1,REF2,REF3,CON1,CON2,CON3');
    expect(csv[1].startsWith(',900,400,50,150,100,20,60,40,80,0.9,')).toBe(true);
    expect(csv[2].startsWith('region=north,')).toBe(true);
  });
});
