/**
 * The indicator expression language: a tiny, safe language over microdata variables, parsed into
 * a syntax tree and evaluated column-wise (never `eval`'d).
 *
 *   expr    := or
 *   or      := and ('or' and)*
 *   and     := not ('and' not)*
 *   not     := 'not' not | compare
 *   compare := sum (('=='|'!='|'<'|'<='|'>'|'>=') sum | ['not'] 'in' '[' literal (',' literal)* ']')?
 *   sum     := product (('+'|'-') product)*
 *   product := unary (('*'|'/') unary)*
 *   unary   := '-' unary | primary
 *   primary := number | 'text' | null | true | false | name | name '(' expr (',' expr)* ')' | '(' expr ')'
 *
 * Functions: `min(a, b, …)`, `max(a, b, …)`, `if(cond, then, else)`, `missing(x)` (1 when x is
 * missing), `coalesce(x, y)` (x, or y where x is missing).
 *
 * Missing values (NaN) follow three simple rules, chosen so that skip patterns read naturally:
 * arithmetic with a missing value is missing; a comparison or `in` with a missing value is false;
 * `and`/`or`/`not`/`if` treat missing as false. Booleans are the numbers 1 and 0.
 */
import { AnalysisError } from '../errors';
import type { CategoryColumn, DataTable } from '../io/table';
import { categoryValues, numericValues, parseNumberText } from '../io/table';
import { binaryColumns, compareWithConstant, inColumn, isCompare, SCALAR, type BinaryOp } from './columnwise';

export type Literal = number | string;
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type ArithOp = '+' | '-' | '*' | '/';
export type FunctionName = 'min' | 'max' | 'if' | 'missing' | 'coalesce';

export type Expr =
  | { type: 'number'; value: number }
  | { type: 'text'; value: string }
  | { type: 'var'; name: string }
  | { type: 'not'; arg: Expr }
  | { type: 'neg'; arg: Expr }
  | { type: 'logic'; op: 'and' | 'or'; left: Expr; right: Expr }
  | { type: 'compare'; op: CompareOp; left: Expr; right: Expr }
  | { type: 'in'; arg: Expr; values: Literal[]; negated: boolean }
  | { type: 'arith'; op: ArithOp; left: Expr; right: Expr }
  | { type: 'call'; name: FunctionName; args: Expr[] };

const FUNCTIONS: Record<FunctionName, [number, number]> = {
  min: [1, Infinity], max: [1, Infinity], if: [3, 3], missing: [1, 1], coalesce: [2, 2],
};

/**
 * A syntax error in an expression, with the 1-based column where it was found: an AnalysisError
 * with code `bad-expression` (and its name), so every caller classifies it by the code.
 */
export class ExpressionError extends AnalysisError {
  constructor(message: string, readonly source: string, readonly column: number) {
    super('bad-expression', `${message} at column ${column} of "${source}"`);
  }
}

type Token =
  | { kind: 'num'; value: number; at: number }
  | { kind: 'str'; value: string; at: number }
  | { kind: 'id'; value: string; at: number }
  | { kind: 'op'; value: string; at: number }
  | { kind: 'end'; at: number };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (/[0-9.]/.test(ch)) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
      if (!m) throw new ExpressionError('bad number', src, i + 1);
      tokens.push({ kind: 'num', value: Number(m[0]), at: i });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
      tokens.push({ kind: 'id', value: m![0], at: i });
      i += m![0].length;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const end = src.indexOf(ch, i + 1);
      if (end < 0) throw new ExpressionError('unterminated text', src, i + 1);
      tokens.push({ kind: 'str', value: src.slice(i + 1, end), at: i });
      i = end + 1;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['==', '!=', '<=', '>='].includes(two)) { tokens.push({ kind: 'op', value: two, at: i }); i += 2; continue; }
    if ('<>+-*/()[],'.includes(ch)) { tokens.push({ kind: 'op', value: ch, at: i }); i++; continue; }
    throw new ExpressionError(`unexpected "${ch}"`, src, i + 1);
  }
  tokens.push({ kind: 'end', at: src.length });
  return tokens;
}

/** Parses an expression; throws `ExpressionError` on a syntax error. */
export function parseExpression(src: string): Expr {
  const tokens = tokenize(src);
  let p = 0;
  const peek = (): Token => tokens[p];
  const isOp = (v: string): boolean => { const t = peek(); return t.kind === 'op' && t.value === v; };
  const isWord = (v: string): boolean => { const t = peek(); return t.kind === 'id' && t.value === v; };
  const fail = (what: string): never => { throw new ExpressionError(what, src, peek().at + 1); };
  const expectOp = (v: string): void => { if (!isOp(v)) fail(`expected "${v}"`); p++; };

  const literal = (): Literal => {
    const t = peek();
    let sign = 1;
    if (t.kind === 'op' && t.value === '-') { sign = -1; p++; }
    const u = peek();
    if (u.kind === 'num') { p++; return sign * u.value; }
    if (u.kind === 'str' && sign === 1) { p++; return u.value; }
    return fail('expected a number or a text literal');
  };
  const primary = (): Expr => {
    const t = peek();
    if (t.kind === 'num') { p++; return { type: 'number', value: t.value }; }
    if (t.kind === 'str') { p++; return { type: 'text', value: t.value }; }
    if (t.kind === 'op' && t.value === '(') { p++; const e = or(); expectOp(')'); return e; }
    if (t.kind === 'id') {
      p++;
      if (t.value === 'null') return { type: 'number', value: NaN };
      if (t.value === 'true') return { type: 'number', value: 1 };
      if (t.value === 'false') return { type: 'number', value: 0 };
      if (['and', 'or', 'not', 'in'].includes(t.value)) { p--; return fail(`unexpected "${t.value}"`); }
      if (isOp('(')) {
        if (!(t.value in FUNCTIONS)) { p--; return fail(`unknown function "${t.value}"`); }
        const name = t.value as FunctionName;
        p++;
        const args: Expr[] = [or()];
        while (isOp(',')) { p++; args.push(or()); }
        expectOp(')');
        const [lo, hi] = FUNCTIONS[name];
        if (args.length < lo || args.length > hi) throw new ExpressionError(`${name}() takes ${lo === hi ? lo : `${lo} or more`} arguments`, src, t.at + 1);
        return { type: 'call', name, args };
      }
      return { type: 'var', name: t.value };
    }
    return fail('expected a value');
  };
  const unary = (): Expr => {
    if (isOp('-')) { p++; return { type: 'neg', arg: unary() }; }
    return primary();
  };
  const product = (): Expr => {
    let left = unary();
    while (isOp('*') || isOp('/')) { const op = (peek() as { value: string }).value as ArithOp; p++; left = { type: 'arith', op, left, right: unary() }; }
    return left;
  };
  const sum = (): Expr => {
    let left = product();
    while (isOp('+') || isOp('-')) { const op = (peek() as { value: string }).value as ArithOp; p++; left = { type: 'arith', op, left, right: product() }; }
    return left;
  };
  const compare = (): Expr => {
    const left = sum();
    for (const op of ['==', '!=', '<', '<=', '>', '>='] as const) {
      if (isOp(op)) { p++; return { type: 'compare', op, left, right: sum() }; }
    }
    let negated = false;
    if (isWord('not') && tokens[p + 1]?.kind === 'id' && (tokens[p + 1] as { value: string }).value === 'in') { negated = true; p++; }
    if (isWord('in')) {
      p++;
      expectOp('[');
      const values: Literal[] = [literal()];
      while (isOp(',')) { p++; values.push(literal()); }
      expectOp(']');
      return { type: 'in', arg: left, values, negated };
    }
    if (negated) fail('expected "in"');
    return left;
  };
  const not = (): Expr => {
    if (isWord('not')) { p++; return { type: 'not', arg: not() }; }
    return compare();
  };
  const and = (): Expr => {
    let left = not();
    while (isWord('and')) { p++; left = { type: 'logic', op: 'and', left, right: not() }; }
    return left;
  };
  const or = (): Expr => {
    let left = and();
    while (isWord('or')) { p++; left = { type: 'logic', op: 'or', left, right: and() }; }
    return left;
  };
  const tree = or();
  if (peek().kind !== 'end') fail('unexpected text after the expression');
  return tree;
}

/** The variable names an expression reads (parameters excluded). */
export function expressionVariables(expr: Expr, params: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  const walk = (e: Expr): void => {
    switch (e.type) {
      case 'var': if (!params.has(e.name)) out.add(e.name); break;
      case 'not': case 'neg': walk(e.arg); break;
      case 'in': walk(e.arg); break;
      case 'logic': case 'compare': case 'arith': walk(e.left); walk(e.right); break;
      case 'call': e.args.forEach(walk); break;
      default: break;
    }
  };
  walk(expr);
  return [...out];
}

/** A value during evaluation: a constant, a numeric column, or a text column (for text comparisons). */
type Value = number | Float64Array | CategoryColumn;

/** Evaluates expressions over one table, caching each column's numeric view. */
export class ExpressionEvaluator {
  private readonly categories = new Map<string, CategoryColumn>();
  /** Columns allocated during the current evaluation. */
  private readonly allocated: Float64Array[] = [];

  /**
   * `numbers` caches each column's numeric view; share it between evaluators of one table.
   * `spare` holds the intermediate columns of finished evaluations for reuse (they would
   * otherwise be garbage: ~100 MB per catalogue run on 100,000 rows); share it too.
   */
  constructor(
    private readonly table: DataTable,
    private readonly params: Readonly<Record<string, number>> = {},
    private readonly numbers: Map<string, Float64Array> = new Map(),
    private readonly spare: Float64Array[] = [],
  ) {}

  /** Evaluates to one number per row (NaN = missing). */
  evaluate(expr: Expr): Float64Array {
    const v = this.toNumbers(this.value(expr));
    this.release(v);
    return v;
  }

  /** Evaluates a condition to a 0/1 mask (missing = 0). */
  mask(expr: Expr): Uint8Array {
    const v = this.toNumbers(this.value(expr));
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = v[i] !== 0 && !Number.isNaN(v[i]) ? 1 : 0;
    this.release();
    return out;
  }

  /** A zeroed column for a result, reused from `spare` when one is there. */
  private column0(): Float64Array {
    const reused = this.spare.pop();
    const out = reused && reused.length === this.n ? reused.fill(0) : new Float64Array(this.n);
    this.allocated.push(out);
    return out;
  }

  /** The evaluation is over: its columns, except the one handed out, become spare. */
  private release(result?: Float64Array): void {
    for (const a of this.allocated) if (a !== result) this.spare.push(a);
    this.allocated.length = 0;
  }

  private get n(): number { return this.table.rowCount; }

  private column(name: string): Value {
    if (name in this.params) return this.params[name];
    const col = this.table.columns.get(name);
    if (col?.kind === 'category') return this.category(name);
    return this.numeric(name);
  }

  private numeric(name: string): Float64Array {
    let v = this.numbers.get(name);
    if (!v) { v = numericValues(this.table, name); this.numbers.set(name, v); }
    return v;
  }

  private category(name: string): CategoryColumn {
    let v = this.categories.get(name);
    if (!v) { v = categoryValues(this.table, name); this.categories.set(name, v); }
    return v;
  }

  private toNumbers(v: Value): Float64Array {
    if (typeof v === 'number') return this.column0().fill(v);
    if (v instanceof Float64Array) return v;
    return this.numeric(v.name);
  }

  private map(v: Value, f: (x: number) => number): Value {
    if (typeof v === 'number') return f(v);
    const a = this.toNumbers(v);
    const out = this.column0();
    for (let i = 0; i < a.length; i++) out[i] = f(a[i]);
    return out;
  }

  /** A binary operation on constants or columns (see `columnwise.ts` for the semantics). */
  private zip(l: Value, r: Value, op: BinaryOp): Value {
    if (typeof l === 'number' && typeof r === 'number') return SCALAR[op](l, r);
    if (isCompare(op) && typeof l === 'number') return compareWithConstant(op, this.toNumbers(r), l, true, this.column0());
    if (isCompare(op) && typeof r === 'number') return compareWithConstant(op, this.toNumbers(l), r, false, this.column0());
    const a = this.toNumbers(l), b = this.toNumbers(r);
    return binaryColumns(op, a, b, this.column0());
  }

  /** Rows of a text column whose level (text, and index k) satisfies `test`, as 0/1; missing rows 0. */
  private levelTest(c: CategoryColumn, test: (level: string, k: number) => boolean): Float64Array {
    const ok = c.levels.map(test);
    const out = this.column0();
    for (let i = 0; i < out.length; i++) { const k = c.codes[i]; out[i] = k >= 0 && ok[k] ? 1 : 0; }
    return out;
  }

  private value(e: Expr): Value {
    switch (e.type) {
      case 'number': return e.value;
      case 'text': {
        const n = Number(e.value);
        return e.value.trim() !== '' && !Number.isNaN(n) ? n : NaN;
      }
      case 'var': return this.column(e.name);
      case 'neg': return this.map(this.value(e.arg), (x) => -x);
      case 'not': return this.map(this.value(e.arg), (x) => (x !== 0 && !Number.isNaN(x) ? 0 : 1));
      case 'logic': {
        const l = this.value(e.left), r = this.value(e.right);
        return this.zip(l, r, e.op);
      }
      case 'compare': return this.compare(e.op, e.left, e.right);
      case 'in': {
        const arg = this.value(e.arg);
        const neg = e.negated;
        if (typeof arg === 'object' && !(arg instanceof Float64Array)) {
          // A level matches a listed text, or a listed number by value: "1,1" (a decimal comma, as
          // Excel writes the AAPOR code 1.1 under the region's settings) is 1.1.
          const set = new Set(e.values.map(String));
          const listed = e.values.filter((v): v is number => typeof v === 'number');
          const byNumber = (level: string): boolean => { const n = parseNumberText(level); return n !== undefined && listed.includes(n); };
          return this.levelTest(arg, (level) => (set.has(level) || (listed.length > 0 && byNumber(level))) !== neg);
        }
        const numbers = e.values.map(Number);
        if (typeof arg === 'number') return Number.isNaN(arg) ? 0 : numbers.includes(arg) !== neg ? 1 : 0;
        return inColumn(this.toNumbers(arg), numbers, neg, this.column0());
      }
      case 'arith': {
        const l = this.value(e.left), r = this.value(e.right);
        return this.zip(l, r, e.op);
      }
      case 'call': return this.call(e.name, e.args.map((a) => this.value(a)));
      default: {
        const never: never = e;
        throw new AnalysisError('bad-option', `unknown expression node ${JSON.stringify(never)}`);
      }
    }
  }

  private compare(op: CompareOp, left: Expr, right: Expr): Value {
    const l = this.value(left), r = this.value(right);
    const isCat = (v: Value): v is CategoryColumn => typeof v === 'object' && !(v instanceof Float64Array);
    if ((op === '==' || op === '!=') && isCat(l) && right.type === 'text') {
      return this.levelTest(l, (level) => (level === right.value) === (op === '=='));
    }
    if ((op === '==' || op === '!=') && isCat(r) && left.type === 'text') {
      return this.levelTest(r, (level) => (level === left.value) === (op === '=='));
    }
    // A text column against a number: compare each level once, not a numeric copy of the column.
    const levels = (c: CategoryColumn): (number | undefined)[] => c.levels.map(parseNumberText);
    if (isCat(l) && typeof r === 'number') {
      const v = levels(l);
      if (!v.includes(undefined)) return this.levelTest(l, (_, k) => SCALAR[op](v[k]!, r) === 1);
    }
    if (isCat(r) && typeof l === 'number') {
      const v = levels(r);
      if (!v.includes(undefined)) return this.levelTest(r, (_, k) => SCALAR[op](l, v[k]!) === 1);
    }
    // (A level that is not a number falls through: the column's numeric view reports it.)
    return this.zip(l, r, op);
  }

  private call(name: FunctionName, args: Value[]): Value {
    switch (name) {
      case 'min': return args.reduce((a, b) => this.zip(a, b, 'min'));
      case 'max': return args.reduce((a, b) => this.zip(a, b, 'max'));
      case 'missing': return this.map(args[0], (x) => (Number.isNaN(x) ? 1 : 0));
      case 'coalesce': return this.zip(args[0], args[1], 'coalesce');
      case 'if': {
        const [c, a, b] = args;
        if (typeof c === 'number') return c !== 0 && !Number.isNaN(c) ? a : b;
        const cond = this.toNumbers(c), av = this.toNumbers(a), bv = this.toNumbers(b);
        const out = this.column0();
        for (let i = 0; i < out.length; i++) { const t = cond[i]; out[i] = t !== 0 && !Number.isNaN(t) ? av[i] : bv[i]; }
        return out;
      }
      default: {
        const never: never = name;
        throw new AnalysisError('bad-option', `unknown function ${String(never)}`);
      }
    }
  }
}
