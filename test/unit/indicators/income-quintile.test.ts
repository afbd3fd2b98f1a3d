// Income quintiles for the income breakdown of the SDG indicators (analysis/indicators/income.ts).
// The limits are R's, computed by
//   d <- data.frame(y = c(50, 120, 120, 300, 80, 410, 260, 900, 35, 150), w = c(3, 1, 2, 1, 2, 1, 4, 1, 2, 3))
//   coef(svyquantile(~y, svydesign(ids = ~1, weights = ~w, data = d), c(.2, .4, .6, .8), qrule = "math"))
//   #  50 120 150 260
// and by hand: sorted, the cumulative weights are 35:2, 50:5, 80:7, 120:10, 150:13, 260:17, 300:18, 410:19, 900:20
// of 20, so the first values whose share reaches .2, .4, .6, .8 are 50, 120, 150, 260.
import { describe, expect, it } from 'vitest';
import { incomeQuintiles, weightedQuintileLimits, withIncomeQuintile, runIndicators, parseCatalogue, standardCatalogue } from '../../../analysis/indicators';
import { parseDesignSpec } from '../../../analysis/design-spec';
import type { Column, ColumnKind, DataTable } from '../../../analysis/io';

const Y = [50, 120, 120, 300, 80, 410, 260, 900, 35, 150];
const W = [3, 1, 2, 1, 2, 1, 4, 1, 2, 3];

describe('income quintiles', () => {
  it('limits are the weighted quintiles of R svyquantile(qrule = "math")', () => {
    expect(weightedQuintileLimits(Float64Array.from(Y), Float64Array.from(W))).toEqual([50, 120, 150, 260]);
  });

  it('each row gets 1 + the number of limits it exceeds (a value equal to a limit stays below it); no amount, no quintile', () => {
    const y = Float64Array.from([...Y, NaN]);
    const q = incomeQuintiles(y, Float64Array.from([...W, 5]));
    expect(Array.from(q.subarray(0, 10))).toEqual([1, 2, 2, 5, 2, 5, 4, 5, 1, 3]);
    expect(q[10]).toBeNaN();
    // Equal weights, ten distinct values: two per fifth.
    const even = incomeQuintiles(Float64Array.from([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]), new Float64Array(10).fill(1));
    expect(Array.from(even)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('the column is formed per household member (hh_income ÷ hh_size), refusals without a quintile', () => {
    const num = (name: string, v: number[]): [string, Column] => [name, { kind: 'number', name, values: Float64Array.from(v) }];
    const table: DataTable = { rowCount: 4, names: ['hh_income', 'hh_size'], columns: new Map([num('hh_income', [400, 300, NaN, 1000]), num('hh_size', [4, 1, 2, 2])]) };
    // Per member 100, 300, —, 500, each a third of the answers: F̂ = 1/3, 2/3, 1, so the limits are 100, 300, 300, 500
    // and the quintiles 1, 2, —, 4 (with three distinct values, fifths 3 and 5 stay empty).
    const col = withIncomeQuintile(table, Float64Array.from([1, 1, 1, 1])).columns.get('hh_income_q');
    expect(col?.kind).toBe('category');
    if (col?.kind !== 'category') return;
    expect(Array.from(col.codes, (c) => (c < 0 ? null : col.levels[c]))).toEqual(['1', '2', null, '4']);
  });

  it('an indicator run derives the breakdown from the amount when the data have no hh_income_q column', async () => {
    const rows = 10;
    const values: Record<string, number[]> = {
      weight: W, hh_income: Y.map((y) => 2 * y), hh_size: new Array<number>(rows).fill(2),
      svc_health_used: new Array<number>(rows).fill(1),
      svc_health_sat: [1, 3, 1, 3, 1, 3, 1, 3, 1, 3],
    };
    const load = (columns: (header: readonly string[]) => Record<string, ColumnKind>): Promise<DataTable> => {
      const kinds = columns(Object.keys(values));
      expect(kinds.hh_income).toBe('number');
      const map = new Map<string, Column>(Object.keys(kinds).map((name) => [name, { kind: 'number', name, values: Float64Array.from(values[name]) } as Column]));
      return Promise.resolve({ rowCount: rows, names: Object.keys(values), columns: map });
    };
    const catalogue = parseCatalogue({ ...standardCatalogue(), indicators: standardCatalogue().indicators.filter((i) => i.id === 'SDG16_6_2_health') });
    const run = await runIndicators(load, { design: parseDesignSpec({ weight: 'weight' }), catalogue, by: [['hh_income_q']] });
    // Quintile 1 = rows 1 and 9 (y 50, 35): satisfied r1 (1, w 3), r9 (1, w 2) → 100 %. Quintile 4 = row 7 (260, w 4, satisfied) → 100 %.
    // Quintile 3 = row 10 (150, dissatisfied) → 0 %. Quintile 5 = rows 4, 6, 8 (300, 410, 900): r4 3, r6 3, r8 3 → 0 %.
    // Quintile 2 = rows 2, 3, 5 (120, 120, 80): r2 dissatisfied (w 1), r3 satisfied (w 2), r5 satisfied (w 2) → 4/5.
    const byQ = Object.fromEntries(run.estimates.filter((e) => e.domain.hh_income_q !== undefined).map((e) => [e.domain.hh_income_q, e.estimate]));
    // The whole population: satisfied 3 + 2 + 2 + 4 + 2 = 13 of 20.
    expect(run.estimates.find((e) => Object.keys(e.domain).length === 0)?.estimate).toBeCloseTo(65, 6);
    expect(byQ).toEqual({ 1: expect.closeTo(100, 6), 2: expect.closeTo(80, 6), 3: expect.closeTo(0, 6), 4: expect.closeTo(100, 6), 5: expect.closeTo(0, 6) });
  });
});
