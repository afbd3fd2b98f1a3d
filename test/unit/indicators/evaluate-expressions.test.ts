// Column-wise evaluation (one loop per operation, analysis/indicators/columnwise.ts) against the
// same expressions evaluated one row at a time with the row's values as constants (the SCALAR
// rules): every catalogue expression and some hand-written ones, on data full of missing values.
import { describe, expect, it } from 'vitest';
import { ExpressionEvaluator, compileCatalogue, indicatorVariables, parseExpression, standardCatalogue, type Expr } from '../../../analysis/indicators';
import type { Column, DataTable } from '../../../analysis/io';

const ROWS = 60;
const VALUES = [NaN, 0, 1, 2, 3, 4, 5, 7.5, -1, 997];

function randomTable(names: readonly string[]): DataTable {
  let s = 12345;
  const next = (): number => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 2 ** 32; };
  const columns = new Map<string, Column>();
  for (const name of names) {
    columns.set(name, { kind: 'number', name, values: Float64Array.from({ length: ROWS }, () => VALUES[Math.floor(next() * VALUES.length)]) });
  }
  return { rowCount: ROWS, names, columns };
}

/** The same values as text levels (canonical spellings), as the CLI reads indicator variables. */
function asText(t: DataTable): DataTable {
  return {
    ...t,
    columns: new Map([...t.columns].map(([name, col]): [string, Column] => {
      const values = col.kind === 'number' ? col.values : new Float64Array(t.rowCount);
      const levels = [...new Set(Array.from(values).filter((v) => !Number.isNaN(v)).map(String))];
      return [name, { kind: 'category', name, levels, codes: Int32Array.from(values, (v) => (Number.isNaN(v) ? -1 : levels.indexOf(String(v)))) }];
    })),
  };
}

/** Row i alone: every variable a constant, so only the scalar rules apply. */
function rowByRow(table: DataTable, expr: Expr, params: Record<string, number>): number[] {
  const single: DataTable = { rowCount: 1, names: [], columns: new Map() };
  return Array.from({ length: ROWS }, (_, i) => {
    const constants: Record<string, number> = { ...params };
    for (const [name, col] of table.columns) if (col.kind === 'number') constants[name] = col.values[i];
    return new ExpressionEvaluator(single, constants).evaluate(expr)[0];
  });
}

function expectSame(actual: number[], expected: number[]): void {
  expect(actual.map((v) => (Number.isNaN(v) ? 'NA' : v))).toEqual(expected.map((v) => (Number.isNaN(v) ? 'NA' : v)));
}

describe('column-wise expression evaluation agrees with row-by-row evaluation', () => {
  const indicators = compileCatalogue(standardCatalogue());
  const table = randomTable([...new Set(indicators.flatMap(indicatorVariables))]);

  it('on every expression of the standard catalogue', () => {
    for (const ind of indicators) {
      const params = ind.params ?? {};
      const ev = new ExpressionEvaluator(table, params);
      for (const expr of [ind.universeExpr, ...(ind.numeratorExpr ? [ind.numeratorExpr] : []), ...(ind.denominatorExpr ? [ind.denominatorExpr] : [])]) {
        expectSame(Array.from(ev.evaluate(expr)), rowByRow(table, expr, params));
      }
    }
  });

  it('on every operator, with constants on either side and missing constants, on numbers and on text levels', () => {
    const t = randomTable(['a', 'b']);
    const sources = [
      'a + b', 'a - 2', '3 * b', 'a / b', 'a / 0', '1 / a',
      'a == b', 'a != b', 'a < b', 'a <= 2', '2 < a', '2 >= a', 'a > b', 'a >= b', 'a != 1', '1 != a', 'a == null', 'null != b',
      'a and b', 'a or 0', '1 and b', 'not a', '-a',
      'a in [1, 2, 997]', 'a not in [0, 1]', 'a in [-1, 7.5]', 'b not in [4]',
      'min(a, b)', 'max(a, 3, b)', 'min(a, null)', 'coalesce(a, b)', 'coalesce(a, 9)', 'coalesce(null, b)',
      'if(a, b, 0)', 'if(a > 2, 1, b)', 'missing(a)', 'missing(a + b) or a == 997',
    ];
    const coded = asText(t);
    for (const src of sources) {
      const expr = parseExpression(src);
      expectSame(Array.from(new ExpressionEvaluator(t).evaluate(expr)), rowByRow(t, expr, {}));
      expectSame(Array.from(new ExpressionEvaluator(coded).evaluate(expr)), rowByRow(t, expr, {}));
    }
  });

  it('on text-coded columns (as the CLI reads them), the same as on numbers: comparisons go level by level', () => {
    const coded = asText(table);
    for (const ind of indicators) {
      const numeric = new ExpressionEvaluator(table, ind.params ?? {}), text = new ExpressionEvaluator(coded, ind.params ?? {});
      for (const expr of [ind.universeExpr, ...(ind.numeratorExpr ? [ind.numeratorExpr] : []), ...(ind.denominatorExpr ? [ind.denominatorExpr] : [])]) {
        expectSame(Array.from(text.evaluate(expr)), Array.from(numeric.evaluate(expr)));
      }
    }
    const bad: DataTable = { rowCount: 2, names: ['q'], columns: new Map([['q', { kind: 'category', name: 'q', levels: ['1', 'abc'], codes: Int32Array.from([0, 1]) }]]) };
    expect(() => new ExpressionEvaluator(bad).evaluate(parseExpression('q == 1'))).toThrow(/"abc" is not a number/);
    expect(Array.from(new ExpressionEvaluator(bad).evaluate(parseExpression("q == 'abc'")))).toEqual([0, 1]);
  });
});
