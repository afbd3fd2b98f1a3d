/**
 * Income quintiles, the income breakdown the SDG metadata ask for (16.6.2: "income (or expenditure)
 * quintiles"; 16.5.1 and 16.1.3: "income"). The questionnaires record the household's net monthly
 * income in the national currency (`hh_income`, surveys/src/household.ts); the quintile is formed at
 * analysis, from the weighted distribution the sample estimates, never from fixed bands:
 *
 *   y_i = hh_income_i / hh_size_i                                  income per household member
 *   F̂(t) = Σ_{i: y_i ≤ t} w_i / Σ_i w_i                            over the rows with a y (person weights)
 *   q_k = min { y_i : F̂(y_i) ≥ k/5 },  k = 1, …, 4                 the weighted quintile limits
 *   hh_income_q_i = 1 + #{ k : y_i > q_k }                         1 = poorest fifth … 5 = richest
 *
 * q_k is R's `svyquantile(~y, design, c(.2, .4, .6, .8), qrule = "math")` (the inverse of the
 * weighted distribution function). A household that gave no amount ("don't know", refused) has no
 * quintile: it is left out of a breakdown by income, as any missing by-variable is. Per member, not
 * per equivalent adult: the roster's ages would allow an equivalence scale, but the metadata do not
 * prescribe one and a per-capita figure is what an office can reproduce from its own tables.
 */
import { numericValues, type Column, type DataTable } from '../io/table';

/** The derived by-variable and the columns it is made from. */
export const INCOME_QUINTILE = 'hh_income_q';
export const INCOME_SOURCES = ['hh_income', 'hh_size'] as const;

/** Whether a header allows deriving the income quintile (and does not carry one already). */
export function incomeQuintileDerivable(header: ReadonlySet<string>): boolean {
  return !header.has(INCOME_QUINTILE) && INCOME_SOURCES.every((c) => header.has(c));
}

/** The weighted quintile limits q_1…q_4 of y over the rows where y and w are observed (NaN if none). */
export function weightedQuintileLimits(y: Float64Array, w: Float64Array): number[] {
  const rows: number[] = [];
  let total = 0;
  for (let i = 0; i < y.length; i++) {
    if (Number.isFinite(y[i]) && Number.isFinite(w[i]) && w[i] > 0) { rows.push(i); total += w[i]; }
  }
  if (rows.length === 0) return [NaN, NaN, NaN, NaN];
  rows.sort((a, b) => y[a] - y[b]);
  const limits: number[] = [];
  let cumulative = 0, j = 0, last = NaN;
  for (let k = 1; k <= 4; k++) {
    // Take whole groups of tied values until the cumulative share reaches k/5: the last value taken is q_k.
    while (j < rows.length && cumulative / total < k / 5 - 1e-12) {
      last = y[rows[j]];
      while (j < rows.length && y[rows[j]] === last) cumulative += w[rows[j++]];
    }
    limits.push(last);
  }
  return limits;
}

/** The quintile (1…5) of each row, NaN where y is missing. */
export function incomeQuintiles(y: Float64Array, w: Float64Array): Float64Array {
  const q = weightedQuintileLimits(y, w);
  return Float64Array.from(y, (v) => (Number.isFinite(v) ? 1 + q.filter((limit) => v > limit).length : NaN));
}

/** Adds `hh_income_q` (a category column, levels "1"…"5") computed from `hh_income`, `hh_size` and the weights. */
export function withIncomeQuintile(table: DataTable, weights: Float64Array): DataTable {
  const income = numericValues(table, 'hh_income'), size = numericValues(table, 'hh_size');
  const perMember = Float64Array.from(income, (v, i) => (v >= 0 && size[i] > 0 ? v / size[i] : NaN));
  const quintile = incomeQuintiles(perMember, weights);
  const levels = ['1', '2', '3', '4', '5'];
  const column: Column = { kind: 'category', name: INCOME_QUINTILE, codes: Int32Array.from(quintile, (v) => (Number.isFinite(v) ? v - 1 : -1)), levels };
  const columns = new Map(table.columns);
  columns.set(INCOME_QUINTILE, column);
  return { rowCount: table.rowCount, names: [...table.names, INCOME_QUINTILE], columns };
}
