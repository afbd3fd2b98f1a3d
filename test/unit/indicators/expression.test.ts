import { describe, expect, it } from 'vitest';
import { ExpressionEvaluator, ExpressionError, expressionVariables, parseExpression } from '../../../analysis/indicators';
import type { Column, DataTable } from '../../../analysis/io';

function table(cols: Record<string, (number | null)[] | string[]>): DataTable {
  const columns = new Map<string, Column>();
  let rowCount = 0;
  for (const [name, values] of Object.entries(cols)) {
    rowCount = values.length;
    if (typeof values[0] === 'string') {
      const levels = [...new Set(values as string[])];
      columns.set(name, { kind: 'category', name, levels, codes: Int32Array.from(values as string[], (v) => levels.indexOf(v)) });
    } else {
      columns.set(name, { kind: 'number', name, values: Float64Array.from(values as (number | null)[], (v) => (v === null ? NaN : v)) });
    }
  }
  return { rowCount, names: Object.keys(cols), columns };
}

const t = table({ a: [1, 2, null, 997], b: [5, 0, 3, 1], who: ['police', 'doctor', 'police', 'nurse'] });
const evalExpr = (src: string, params: Record<string, number> = {}): number[] => Array.from(new ExpressionEvaluator(t, params).evaluate(parseExpression(src)));

describe('indicator expression language', () => {
  it('compares, and a comparison with a missing value is false', () => {
    expect(evalExpr('a == 1')).toEqual([1, 0, 0, 0]);
    expect(evalExpr('a != 1')).toEqual([0, 1, 0, 1]);
    expect(evalExpr('not (a == 1)')).toEqual([0, 1, 1, 1]);
    expect(evalExpr('a >= 2 and b > 0')).toEqual([0, 0, 0, 1]);
    expect(evalExpr('a == 1 or b == 3')).toEqual([1, 0, 1, 0]);
  });
  it('tests membership with in / not in, on numbers and on text', () => {
    expect(evalExpr('a in [1, 997]')).toEqual([1, 0, 0, 1]);
    expect(evalExpr('a not in [1, 997]')).toEqual([0, 1, 0, 0]);
    expect(evalExpr("who in ['police', 'nurse']")).toEqual([1, 0, 1, 1]);
    expect(evalExpr("who == 'doctor'")).toEqual([0, 1, 0, 0]);
  });
  it('propagates missing values through arithmetic and min, and if() picks per row', () => {
    const v = evalExpr('min(a, cap) * 2 + 1', { cap: 5 });
    expect(v.slice(0, 2)).toEqual([3, 5]);
    expect(Number.isNaN(v[2])).toBe(true);
    expect(v[3]).toBe(11);
    expect(evalExpr('if(a == 1, b, 0)')).toEqual([5, 0, 0, 0]);
    expect(evalExpr('coalesce(a, -1)')).toEqual([1, 2, -1, 997]);
    expect(evalExpr('missing(a)')).toEqual([0, 0, 1, 0]);
    expect(evalExpr('max(b, 2) - -1')).toEqual([6, 3, 4, 3]);
  });
  it('keeps precedence: not > and > or, * before +', () => {
    expect(evalExpr('1 + 2 * 3 == 7')).toEqual([1, 1, 1, 1]);
    expect(evalExpr('b == 5 or b == 0 and a == 1')).toEqual([1, 0, 0, 0]);
  });
  it('lists the variables it reads, parameters excluded', () => {
    expect(expressionVariables(parseExpression('if(x == 1, min(y, cap), 0) and z in [1]'), new Set(['cap'])).sort()).toEqual(['x', 'y', 'z']);
  });
  it('rejects bad syntax with the column, and never evaluates code', () => {
    expect(() => parseExpression('a == ')).toThrow(ExpressionError);
    expect(() => parseExpression('a === 1')).toThrow(/"=" at column 5/);
    expect(() => parseExpression('process.exit(1)')).toThrow(ExpressionError);
    expect(() => parseExpression('eval(1)')).toThrow(/unknown function "eval"/);
    expect(() => parseExpression('if(1, 2)')).toThrow(/3 arguments/);
    expect(() => parseExpression('a in [b]')).toThrow(/literal/);
  });
  it('names an unknown column when evaluated', () => {
    expect(() => evalExpr('nope == 1')).toThrow(/column "nope" not found/);
  });
});
