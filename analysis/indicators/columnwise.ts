/**
 * The expression language's operations on whole columns. `SCALAR` states what each operation
 * does to one pair of values (missing = NaN: arithmetic propagates it, a comparison with it is
 * false, `and`/`or` read it as false); the column loops below do exactly that, one loop per
 * operation, so that every loop is a tight monomorphic one instead of a call of a closure per
 * row (the indicator catalogue evaluates some 400 operations on 100,000 rows).
 */
import type { CompareOp } from './expression';

export type BinaryOp = '+' | '-' | '*' | '/' | CompareOp | 'and' | 'or' | 'min' | 'max' | 'coalesce';

const truthy = (x: number): boolean => x !== 0 && !Number.isNaN(x);
const missing = (a: number, b: number): boolean => Number.isNaN(a) || Number.isNaN(b);

export const SCALAR: Readonly<Record<BinaryOp, (a: number, b: number) => number>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => (b === 0 ? NaN : a / b),
  '==': (a, b) => (missing(a, b) ? 0 : a === b ? 1 : 0),
  '!=': (a, b) => (missing(a, b) ? 0 : a !== b ? 1 : 0),
  '<': (a, b) => (missing(a, b) ? 0 : a < b ? 1 : 0),
  '<=': (a, b) => (missing(a, b) ? 0 : a <= b ? 1 : 0),
  '>': (a, b) => (missing(a, b) ? 0 : a > b ? 1 : 0),
  '>=': (a, b) => (missing(a, b) ? 0 : a >= b ? 1 : 0),
  and: (a, b) => (truthy(a) && truthy(b) ? 1 : 0),
  or: (a, b) => (truthy(a) || truthy(b) ? 1 : 0),
  min: (a, b) => (missing(a, b) ? NaN : Math.min(a, b)),
  max: (a, b) => (missing(a, b) ? NaN : Math.max(a, b)),
  coalesce: (a, b) => (Number.isNaN(a) ? b : a),
};

type Loop = (a: Float64Array, b: Float64Array, out: Float64Array) => void;

// `x === x` is false only for NaN; comparisons with NaN are false, so <, <=, >, >= and == need no test.
const LOOPS: Readonly<Record<BinaryOp, Loop>> = {
  '+': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] + b[i]; },
  '-': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] - b[i]; },
  '*': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] * b[i]; },
  '/': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = b[i] === 0 ? NaN : a[i] / b[i]; },
  '==': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] === b[i] ? 1 : 0; },
  '!=': (a, b, o) => { for (let i = 0; i < o.length; i++) { const x = a[i], y = b[i]; o[i] = x !== y && x === x && y === y ? 1 : 0; } },
  '<': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] < b[i] ? 1 : 0; },
  '<=': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] <= b[i] ? 1 : 0; },
  '>': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] > b[i] ? 1 : 0; },
  '>=': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] >= b[i] ? 1 : 0; },
  and: (a, b, o) => { for (let i = 0; i < o.length; i++) { const x = a[i], y = b[i]; o[i] = x !== 0 && x === x && y !== 0 && y === y ? 1 : 0; } },
  or: (a, b, o) => { for (let i = 0; i < o.length; i++) { const x = a[i], y = b[i]; o[i] = (x !== 0 && x === x) || (y !== 0 && y === y) ? 1 : 0; } },
  min: (a, b, o) => { for (let i = 0; i < o.length; i++) { const x = a[i], y = b[i]; o[i] = x !== x || y !== y ? NaN : Math.min(x, y); } },
  max: (a, b, o) => { for (let i = 0; i < o.length; i++) { const x = a[i], y = b[i]; o[i] = x !== x || y !== y ? NaN : Math.max(x, y); } },
  coalesce: (a, b, o) => { for (let i = 0; i < o.length; i++) { const x = a[i]; o[i] = x !== x ? b[i] : x; } },
};

type ScalarLoop = (a: Float64Array, b: number, out: Float64Array) => void;

/** Column against a constant (`x == 1`, the commonest test in the catalogue); b is not NaN. */
const COMPARE_CONSTANT: Readonly<Record<CompareOp, ScalarLoop>> = {
  '==': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] === b ? 1 : 0; },
  '!=': (a, b, o) => { for (let i = 0; i < o.length; i++) { const x = a[i]; o[i] = x !== b && x === x ? 1 : 0; } },
  '<': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] < b ? 1 : 0; },
  '<=': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] <= b ? 1 : 0; },
  '>': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] > b ? 1 : 0; },
  '>=': (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = a[i] >= b ? 1 : 0; },
};

/** a < b is b > a: a constant on the left flips the comparison. */
const FLIPPED: Readonly<Record<CompareOp, CompareOp>> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

export const isCompare = (op: BinaryOp): op is CompareOp => op in COMPARE_CONSTANT;

/** `column op constant` (or `constant op column` with `constantFirst`) into `out`, a zeroed column. */
export function compareWithConstant(op: CompareOp, column: Float64Array, constant: number, constantFirst: boolean, out: Float64Array): Float64Array {
  if (Number.isNaN(constant)) return out; // a comparison with a missing value is false
  COMPARE_CONSTANT[constantFirst ? FLIPPED[op] : op](column, constant, out);
  return out;
}

/** `a op b` row by row into `out`. */
export function binaryColumns(op: BinaryOp, a: Float64Array, b: Float64Array, out: Float64Array): Float64Array {
  LOOPS[op](a, b, out);
  return out;
}

/**
 * 1 where the value is one of `values` (never for a missing value), or where it is not with
 * `negated`; `out` is a zeroed column.
 */
export function inColumn(a: Float64Array, values: readonly number[], negated: boolean, out: Float64Array): Float64Array {
  const list = values.filter((v) => !Number.isNaN(v));
  for (const v of list) for (let i = 0; i < a.length; i++) if (a[i] === v) out[i] = 1;
  if (negated) for (let i = 0; i < a.length; i++) { const x = a[i]; out[i] = x === x ? 1 - out[i] : 0; }
  return out;
}
